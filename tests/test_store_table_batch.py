"""Rows built where articles are analysed (``TableBatch``) are stored as the analyses themselves would be."""

from __future__ import annotations

import fonte
from fonte.corpus.store import ARROW_SCHEMAS, Store, TableBatch, analyses_to_batch, analyses_to_tables
from fonte.model import Citation, Outlet, Quote, Speaker

_AGENCY = Outlet("Agenzia Uno", "agenziauno.example", "IT", True)
_DAILY = Outlet("Quotidiano Due", "quotidianodue.example", "IT", False)


def _analysis(body: str, *outlets: Outlet):
    an = fonte.analyze_text(f"Il ponte riapre\n\n{body}", language="it")
    an.quotes = [Quote("direct", an.text[:5], 0, 5, speaker=Speaker("Mario Rossi"), by="test")]
    an.citations = [Citation(outlet, an.text[:5], 0, 5, by="test") for outlet in outlets]
    return an


def _stored(store: Store) -> dict[str, list[tuple]]:
    return {
        "articles": store.con.execute("SELECT seq, text FROM articles ORDER BY seq").fetchall(),
        "quotes": store.con.execute("SELECT article_id, text FROM quotes ORDER BY article_id").fetchall(),
        "citations": store.con.execute("SELECT article_id, outlet FROM citations ORDER BY article_id, citation").fetchall(),
        "outlets": store.con.execute("SELECT name FROM outlets ORDER BY name").fetchall(),
    }


def test_table_batch_drops_a_repeated_text_with_exactly_its_own_findings(tmp_path):
    first = _analysis("Il ponte sul fiume riapre lunedì, ha detto il sindaco.", _AGENCY)
    other = _analysis("La scuola del paese chiude per lavori, ha detto la preside.", _AGENCY, _DAILY)
    again = _analysis("Il ponte sul fiume riapre lunedì, ha detto il sindaco.", _DAILY)  # same text, other outlet
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_batch(analyses_to_batch([first, other, again])) == 2
        rows = _stored(store)
    assert [text for _, text in rows["articles"]] == [first.text, other.text]
    assert [seq for seq, _ in rows["articles"]] == [0, 1]
    assert len(rows["quotes"]) == 2
    assert sorted(outlet for _, outlet in rows["citations"]) == ["Agenzia Uno", "Agenzia Uno", "Quotidiano Due"]
    assert rows["outlets"] == [("Agenzia Uno",), ("Quotidiano Due",)]


def test_table_batch_skips_texts_already_stored_and_numbers_on(tmp_path):
    first = _analysis("Il ponte sul fiume riapre lunedì, ha detto il sindaco.")
    other = _analysis("La scuola del paese chiude per lavori, ha detto la preside.")
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_analyses([first]) == 1
        assert store.add_batch(analyses_to_batch([first, other])) == 1
        rows = _stored(store)
    assert rows["articles"] == [(0, first.text), (1, other.text)]


def test_table_batch_concat_keeps_each_articles_rows_with_it(tmp_path):
    analyses = [
        _analysis("Il ponte sul fiume riapre lunedì, ha detto il sindaco.", _AGENCY),
        _analysis("La scuola del paese chiude per lavori, ha detto la preside.", _AGENCY, _DAILY),
        _analysis("Il ponte sul fiume riapre lunedì, ha detto il sindaco."),
    ]
    whole = analyses_to_tables(analyses)
    joined = TableBatch.concat([analyses_to_batch(analyses[:1]), analyses_to_batch(analyses[1:])])
    assert joined.hashes == analyses_to_batch(analyses).hashes
    parts = joined.tables_for()
    for name in ARROW_SCHEMAS:
        drop = {"ingested_at"}
        assert parts[name].drop_columns([c for c in drop if c in parts[name].column_names]).to_pylist() == \
            whole[name].drop_columns([c for c in drop if c in whole[name].column_names]).to_pylist(), name
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_batch(joined) == 2
        assert len(_stored(store)["citations"]) == 3


def test_analyses_to_batch_reads_a_generator_and_counts_rows_per_article():
    built = []

    def analyses():
        for body in ("Il ponte sul fiume riapre lunedì.", "La scuola chiude per lavori."):
            an = _analysis(body)
            built.append(an.text)
            yield an

    batch = analyses_to_batch(analyses())
    assert batch.tables["articles"].column("text").to_pylist() == built
    assert batch.counts["quotes"] == [1, 1]
