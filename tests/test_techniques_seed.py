"""The canonical example: the default detector against the hand-made gold (read from ../shared)."""

from __future__ import annotations

import json
import re

from fonte import analyze_text


def _share(a: tuple[int, int], b: tuple[int, int]) -> float:
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / (a[1] - a[0])


def test_techniques_seed_span_f1_with_partial_credit(shared, seed_text):
    gold = json.loads((shared / "gold" / "seed.it.json").read_text(encoding="utf-8"))
    analysis = analyze_text(seed_text, language="it")
    preds = [(t.technique, (t.start, t.end)) for t in analysis.techniques]
    golds = [(g["technique"], [m.span() for m in re.finditer(re.escape(g["text"]), analysis.text)], g.get("optional", False))
             for g in gold["techniques"]]
    precision = [max((_share(p, o) for label, occ, _ in golds if label == tech for o in occ), default=0.0)
                 for tech, p in preds]
    recall = [best for label, occ, optional in golds
              if (best := max((_share(o, p) for tech, p in preds if tech == label for o in occ), default=0.0)) or not optional]
    p, r = sum(precision) / len(precision), sum(recall) / len(recall)
    assert 2 * p * r / (p + r) >= 0.5


def test_techniques_seed_finds_the_repeated_headline_isterica_and_satelliti(seed_text):
    analysis = analyze_text(seed_text, language="it")
    headline = analysis.article.title.text
    repeats = [t for t in analysis.techniques if t.technique == "Repetition" and t.text == headline]
    assert len(repeats) == 3
    found = {(t.technique, t.text) for t in analysis.techniques}
    assert ("Loaded_Language", "isterica") in found
    assert any(label == "Name_Calling-Labeling" and "satelliti" in text for label, text in found)
    assert any(label == "Name_Calling-Labeling" and "isterica" in text for label, text in found)
    assert "repeats its headline 3 times" in analysis.summary
