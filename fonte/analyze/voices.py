"""Who gets to speak: quotations and quoted words per speaker and per side."""

from __future__ import annotations

import re
from typing import Any

from fonte.model import Analysis, Quote

_WORDS = re.compile(r"[^\W_][\w’'\-]*")
#: one_sided needs at least this many attributed quotations.
MIN_QUOTES_ONE_SIDED = 2


def _nested(quotes: list[Quote]) -> set[int]:
    """Indexes of quotes lying inside another quote of the same speaker (partials in indirects)."""
    inside = set()
    for i, q in enumerate(quotes):
        for j in range(i - 1, max(-1, i - 4), -1):  # quotes are in text order; enclosing ones are close
            p = quotes[j]
            if p.start <= q.start and q.end <= p.end and p.speaker == q.speaker:
                inside.add(i)
                break
    return inside


def summarise(quotes: list[Quote]) -> dict[str, Any]:
    """The voices record: speakers with quote and word counts, words per side, one-sidedness."""
    speakers: dict[str, dict[str, Any]] = {}
    sides: dict[str, int] = {}
    nested = _nested(quotes)
    unattributed = 0
    for i, q in enumerate(quotes):
        if q.speaker is None:
            unattributed += 1
            continue
        words = 0 if i in nested else len(_WORDS.findall(q.text))
        entry = speakers.setdefault(
            q.speaker.name,
            {"name": q.speaker.name, "wikidata": q.speaker.wikidata, "quotes": 0, "words": 0, "kinds": {},
             "side": q.speaker.side},
        )
        entry["quotes"] += 1
        entry["words"] += words
        entry["kinds"][q.kind] = entry["kinds"].get(q.kind, 0) + 1
        if q.speaker.side:
            sides[q.speaker.side] = sides.get(q.speaker.side, 0) + words
    ranked = sorted(speakers.values(), key=lambda s: (-s["words"], -s["quotes"], s["name"]))
    attributed = sum(s["quotes"] for s in ranked)
    quote_sides = {s["side"] for s in ranked if s["side"]}
    one_sided = attributed >= MIN_QUOTES_ONE_SIDED and len(quote_sides) == 1 and all(s["side"] for s in ranked)
    return {
        "speakers": ranked,
        "sides": dict(sorted(sides.items(), key=lambda kv: -kv[1])),
        "one_sided": one_sided,
        "note": _note(ranked, sides, one_sided, unattributed),
    }


def _note(ranked: list[dict[str, Any]], sides: dict[str, int], one_sided: bool, unattributed: int) -> str:
    if not ranked:
        return "no attributed quotations" + (f" ({unattributed} unattributed)" if unattributed else "")
    names = ", ".join(s["name"] for s in ranked[:3]) + (" and others" if len(ranked) > 3 else "")
    parts = [f"{sum(s['quotes'] for s in ranked)} quotations from {len(ranked)} speakers ({names})"]
    total = sum(sides.values())
    if total:
        top, words = max(sides.items(), key=lambda kv: kv[1])
        parts.append(f"{round(100 * words / total)}% of quoted words from {top}")
    if one_sided:
        parts.append("every quotation comes from one side")
    if unattributed:
        parts.append(f"{unattributed} unattributed")
    return "; ".join(parts)


def run(analysis: Analysis, options) -> None:
    analysis.voices = summarise(analysis.quotes)
