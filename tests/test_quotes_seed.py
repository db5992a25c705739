"""The canonical example: every quotation of the seed with its speaker."""

from __future__ import annotations

import json
from pathlib import Path

from fonte.model import Entity
from quotes_builder import analysed, other, person

#: Bare role nouns are left out of the hand-made entities: the quotes analyser must resolve them.
BARE_ROLES = {"il presidente", "il capo di stato"}


def seed_entities(shared: Path) -> list[Entity]:
    gold = json.loads((shared / "gold" / "seed.it.json").read_text(encoding="utf-8"))
    out = []
    for e in gold["entities"]:
        surfaces = [s for s in e["surface"] if s.lower() not in BARE_ROLES and s != e["name"]]
        if e["type"] == "person":
            out.append(person(e["name"], *surfaces, wikidata=e.get("wikidata")))
        else:
            out.append(other(e["name"], e["type"], *surfaces, iso=e.get("iso")))
    return out


def test_quotes_seed_finds_every_quotation_with_its_speaker(seed_text: str, shared: Path) -> None:
    gold = json.loads((shared / "gold" / "seed.it.json").read_text(encoding="utf-8"))
    a = analysed(seed_text, "it", *seed_entities(shared))
    for g in gold["quotes"]:
        if g.get("optional"):
            continue
        accepted = {g["speaker"], *g.get("speaker_accept", [])}
        hits = [q for q in a.quotes if q.text == g["text"] or (g["text"] in q.text and q.kind == "indirect")]
        assert hits, g["text"]
        assert any(q.speaker and q.speaker.name in accepted for q in hits), g["text"]
