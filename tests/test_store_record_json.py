"""The stored record's JSON (orjson) parses to exactly what the standard encoder's JSON parses to."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import fonte
from fonte.corpus.store import Store, analyses_to_tables, record_json


def _standard(value) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False))


ARTICLES = {
    "it": "Il sindaco: «Riapriamo il porto»\n\n«Riapriremo il porto entro l'estate», ha detto il sindaco "
    "Luca Bianchi, citato dall'ANSA. Il costo è di 3,5 milioni di euro, più del previsto.",
    "en": "Council votes on bridge — again\n\n“We will not wait another year,” said councillor Mary O'Neill "
    "on Tuesday, according to Reuters. The repairs cost £4.2m 🌉.",
    "ru": "Мэр открыл новый мост\n\n«Мост откроется в пятницу», — заявил мэр Иван Соколов, сообщает ТАСС.",
}


def test_store_record_json_parses_like_the_standard_encoders_on_analyses():
    for language, text in ARTICLES.items():
        record = fonte.analyze_text(text, language=language).to_dict()
        assert json.loads(record_json(record)) == _standard(record), language


def test_store_record_column_holds_the_record_json(tmp_path):
    an = fonte.analyze_text(ARTICLES["ru"], language="ru")
    assert analyses_to_tables([an])["articles"].column("record")[0].as_py() == record_json(an.to_dict()).decode()
    with Store(tmp_path / "c.duckdb") as store:
        store.add_analyses([an])
        stored = store.con.execute("SELECT record FROM articles").fetchone()[0]
    assert json.loads(stored) == _standard(an.to_dict())
    assert "Иван Соколов" in stored  # UTF-8 as it is, not \u escapes


def test_store_record_json_falls_back_on_the_standard_encoder_where_orjson_refuses():
    for value in ({"count": 2**70}, {1: "a non-string key"}, {"text": "half a pair \ud800"}):
        assert record_json(value) == json.dumps(value, ensure_ascii=False)


_FINITE = st.floats(allow_nan=False, allow_infinity=False)
_LEAVES = st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | _FINITE | st.text()
_TREES = st.recursive(
    _LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)


@given(_TREES)
def test_store_record_json_parses_like_the_standard_encoders_on_any_tree(tree):
    assert json.loads(record_json(tree)) == _standard(tree)
