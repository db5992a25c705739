"""Reading the corpus: read-only SQL, top lists, export, the Python API, outlet profiles, stories."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import fonte
from fonte.cli import main
from fonte.corpus import stories
from fonte.corpus.api import Corpus
from fonte.corpus.store import Store
from fonte.errors import UsageError
from fonte.model import Citation, Entity, Mention, Outlet, Quote, Speaker, Technique


def _article(store, text, lang, published, outlet, entities, speaker=None, state=None):
    an = fonte.analyze_text(text, language=lang)
    an.article.published = published
    an.article.site_name = outlet
    for name, qid in entities:
        start = an.text.find(name.split()[-1])
        an.entities.append(Entity(name, "person" if qid != "Q38" else "country", wikidata=qid,
                                  mentions=[Mention(start, start + 2, an.text[start : start + 2])], by="test"))
    if speaker:
        an.quotes.append(Quote("indirect", an.text[:10], 0, 10, speaker=Speaker(speaker), by="test"))
    if state is not None:
        an.citations.append(Citation(Outlet("Agency", "agency.example", state_affiliated=state), an.text[:4], 0, 4, by="test"))
    an.techniques.append(Technique("Loaded_Language", an.text[:3], 0, 3, 0.7, "test", "test"))
    store.add_analyses([an])


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        _article(store, "Rossi incontra Bianchi a Roma\n\nIl ministro Rossi ha incontrato Bianchi per parlare del porto.",
                 "it", "2024-05-01", "Giornale", [("Mario Rossi", "Q1001"), ("Anna Bianchi", "Q1002"), ("Italy", "Q38")],
                 speaker="Mario Rossi", state=True)
        _article(store, "Rossi meets Bianchi in Rome\n\nMinister Rossi met Bianchi to discuss the harbour.",
                 "en", "2024-05-02", "Daily", [("Mario Rossi", "Q1001"), ("Anna Bianchi", "Q1002"), ("Italy", "Q38")],
                 speaker="Anna Bianchi", state=False)
        _article(store, "Rossi again\n\nRossi spoke with Bianchi weeks later about taxes.",
                 "en", "2024-06-20", "Daily", [("Mario Rossi", "Q1001"), ("Anna Bianchi", "Q1002")])
        _article(store, "Festival opens\n\nThe music festival opened with a concert.", "en", "2024-05-01", "Daily", [])
    return path


def test_corpus_query_refuses_writes(corpus):
    with Corpus(corpus) as c, pytest.raises(UsageError, match="read-only"):
        c.frame("DELETE FROM articles")
    assert main(["query", "DROP TABLE articles", "--db", str(corpus)]) == 2


def test_corpus_query_frame_from_table_or_sql(corpus):
    with Corpus(corpus) as c:
        assert len(c.frame("articles")) == 4
        frame = c.frame("SELECT language, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1")
    assert isinstance(frame, pd.DataFrame) and frame.to_dict("records") == [{"language": "en", "n": 3}, {"language": "it", "n": 1}]


def test_corpus_query_top_filters_by_date_and_language(corpus):
    with Corpus(corpus) as c:
        speakers = c.top("speakers", language="en")
        outlets = c.top("outlets", since="2024-05-02", until="2024-05-31")
    assert speakers["speaker"].tolist() == ["Anna Bianchi"]
    assert outlets.to_dict("records") == [{"outlet": "Daily", "count": 1, "articles": 1}]


def test_corpus_query_outlet_profile(corpus):
    with Corpus(corpus) as c:
        profiles = c.outlet_profiles().set_index("outlet")
    assert profiles.loc["Giornale", "state_citation_share"] == 1.0
    assert profiles.loc["Daily", "state_citation_share"] == 0.0
    assert profiles.loc["Daily", "languages"] == "en"
    assert profiles.loc["Giornale", "quotes_most"] == "Mario Rossi (1)"


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_corpus_query_export_formats(corpus, tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    assert main(["export", "quotes", "--format", fmt, "--output", str(out), "--db", str(corpus)]) == 0
    if fmt == "parquet":
        assert len(pd.read_parquet(out)) == 2
    elif fmt == "csv":
        assert len(pd.read_csv(out)) == 2
    else:
        assert [json.loads(line)["speaker"] for line in out.read_text().splitlines()] == ["Mario Rossi", "Anna Bianchi"]


def test_corpus_query_export_unknown_table_is_refused(corpus, tmp_path):
    assert main(["export", "passwords", "--output", str(tmp_path / "x"), "--db", str(corpus)]) == 2


def test_corpus_query_stories_link_languages_within_the_window(corpus):
    with Store(corpus) as store:
        assert stories.build(store) == 1
        members = store.con.execute(
            "SELECT a.language FROM story_articles s JOIN articles a ON a.id = s.article_id ORDER BY a.published"
        ).fetchall()
        timeline = stories.timeline(store, store.con.execute("SELECT story_id FROM stories").fetchone()[0])
    assert [m[0] for m in members] == ["it", "en"]  # the June article is outside the 3-day window
    assert [(t["speaker"], t["language"]) for t in timeline] == [("Mario Rossi", "it"), ("Anna Bianchi", "en")]


def test_corpus_query_story_label_ranks_tied_entities_by_name(tmp_path):
    names = {"Zeno Ferri": "Q901", "Bruno Neri": "Q902", "Alba Conti": "Q903", "Dario Galli": "Q904"}
    with Store(tmp_path / "c.duckdb") as store:
        for text, lang in (("Il porto riapre\n\nZeno Ferri, Bruno Neri, Alba Conti e Dario Galli al porto.", "it"),
                           ("Port reopens\n\nZeno Ferri, Bruno Neri, Alba Conti and Dario Galli at the port.", "en")):
            an = fonte.analyze_text(text, language=lang)
            an.article.published = "2024-05-01T10:00:00"
            an.entities = [  # the same four people in both, each once: a four-way tie
                Entity(name, "person", wikidata=qid, mentions=[Mention(s, s + len(name), name)], by="test")
                for name, qid in names.items() for s in [an.text.index(name)]
            ]
            store.add_analyses([an])
        assert stories.build(store) == 1
        label, key_entities = store.con.execute("SELECT label, key_entities FROM stories").fetchone()
    assert label == "Alba Conti, Bruno Neri, Dario Galli"
    assert json.loads(key_entities) == ["Alba Conti", "Bruno Neri", "Dario Galli", "Zeno Ferri"]


def test_corpus_query_missing_database_is_a_clear_error(tmp_path, capsys):
    assert main(["top", "outlets", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such database" in capsys.readouterr().err
