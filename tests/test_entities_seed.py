"""The canonical example: entity F1 against the hand annotation in ../shared/gold."""

from __future__ import annotations

import json

import fonte
from fonte.analyze.pipeline import Options


def test_seed_entities_f1_qids_and_iso(shared, seed_text):
    gold = json.loads((shared / "gold" / "seed.it.json").read_text(encoding="utf-8"))["entities"]
    analysis = fonte.analyze_text(seed_text, language="it", options=Options(skip=frozenset({"techniques", "trained", "narratives"})))
    found = {e.name: e for e in analysis.entities}
    expected = {g["name"] for g in gold}
    true_positives = len(expected & set(found))
    f1 = 2 * true_positives / (len(expected) + len(found))
    assert f1 >= 0.9, sorted(set(found) ^ expected)
    for g in gold:
        e = found.get(g["name"])
        if e is None:  # a miss is already counted in F1
            continue
        assert e.type == g["type"]
        if g.get("wikidata"):
            assert e.wikidata == g["wikidata"]
        if g.get("iso"):
            assert e.iso == g["iso"]
