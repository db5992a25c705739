"""Near-duplicate groups: who published first, who republished, what changed; unrelated texts apart."""

from __future__ import annotations

import fonte
from fonte.corpus import dedup
from fonte.corpus.store import Store

BODY = [
    "The regional council approved the new water plan on Tuesday after a long debate.",
    "The plan moves two reservoirs and rebuilds forty kilometres of pipes before 2027.",
    "Opposition members said the cost estimate ignores the rising price of steel.",
    "The president of the council replied that the figures were checked by auditors.",
    "Work on the first reservoir is expected to begin in the autumn.",
]
OTHER = [
    "The regional council discussed water prices on Tuesday, but no vote was taken.",
    "Farmers asked for lower tariffs during the dry months and a new irrigation fund.",
    "A decision on the tariffs is expected next month, the council said.",
]


def _store_article(store, title, sentences, published, outlet):
    an = fonte.analyze_text(title + "\n\n" + " ".join(sentences), language="en")
    an.article.published = published
    an.article.site_name = outlet
    store.add_analyses([an])


def test_dedup_groups_copy_with_new_headline_and_boilerplate(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        _store_article(store, "Council copies plan", BODY[:4] + ["Subscribe to our newsletter for more news."], "2024-05-02", "Copier")
        _store_article(store, "Council approves water plan", BODY, "2024-05-01", "Original")
        _store_article(store, "Water prices debated", OTHER, "2024-05-01", "Other")
        assert dedup.update(store) == 1
        rows = store.con.execute(
            "SELECT a.outlet, d.role, d.headline_changed, d.added_sentences, d.dropped_sentences, d.diff "
            "FROM duplicates d JOIN articles a ON a.id = d.article_id ORDER BY d.role DESC"
        ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [("Original", "original"), ("Copier", "copy")]
    copy = rows[1]
    assert copy[2] is True and copy[3] == 1 and copy[4] == 1
    assert "+ Subscribe to our newsletter for more news." in copy[5]
    assert f"- {BODY[4]}" in copy[5]


def test_dedup_groups_is_incremental(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        _store_article(store, "Council approves water plan", BODY, None, "Original")
        assert dedup.update(store) == 0
        assert dedup.update(store) == 0  # nothing new: nothing hashed, nothing found
        _store_article(store, "Water plan approved", BODY[:3] + BODY[4:], None, "Later")
        assert dedup.update(store) == 1
        assert store.con.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 2
        # undated: the one ingested first is the original
        role = store.con.execute(
            "SELECT d.role FROM duplicates d JOIN articles a ON a.id = d.article_id WHERE a.outlet = 'Original'"
        ).fetchone()[0]
    assert role == "original"


def test_dedup_groups_same_topic_is_not_a_duplicate():
    texts = {1: "Council approves water plan\n\n" + " ".join(BODY), 2: "Water prices debated\n\n" + " ".join(OTHER)}
    assert dedup.find_pairs(texts) == {}


def test_dedup_groups_containment_finds_a_trimmed_italian_copy():
    full = (
        "Il consiglio regionale ha approvato martedì il nuovo piano per l'acqua dopo un lungo dibattito. "
        "Il piano sposta due serbatoi e rifà quaranta chilometri di tubature entro il 2027. "
        "L'opposizione sostiene che la stima dei costi ignora l'aumento del prezzo dell'acciaio. "
        "Il presidente del consiglio ha risposto che le cifre sono state verificate."
    )
    trimmed = full.rsplit(". ", 2)[0] + "."
    assert list(dedup.find_pairs({1: full, 2: trimmed})) == [(1, 2)]
