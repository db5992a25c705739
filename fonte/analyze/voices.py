"""Who gets to speak: quotations and quoted words per speaker and per side.

Direct and partial quotations (the speaker's own words in marks) weigh apart from indirect
speech (the article's paraphrase): ``one_sided`` and ``direct_speakers`` read only the former.
"""

from __future__ import annotations

from typing import Any

from fonte.analyze.quotes import word_count
from fonte.kb import actors
from fonte.model import Analysis, Quote

#: one_sided needs at least this many attributed direct or partial quotations.
MIN_QUOTES_ONE_SIDED = 2
#: Quotations in the speaker's own words; "indirect" is the article's paraphrase.
OWN_WORDS = ("direct", "partial")


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


def organisation_side(name: str, wikidata: str | None, day: str | None) -> str | None:
    """The international organisation a person heads per the KB (on ``day``, else their latest office)."""
    person = actors.lookup(wikidata or name) or (actors.lookup(name) if wikidata else None)
    if person is None or person.type != "person":
        return None
    offices = [o for o in person.offices if o.held_on(day)] if day else sorted(
        person.offices, key=lambda o: o.start)[-1:]
    for office in offices:
        body = actors.knowledge_base().actors.get(office.of)
        if body is not None and body.country is None:  # a state's own bodies (a central bank) stay its side
            return body.name
    return None


def summarise(quotes: list[Quote], day: str | None = None) -> dict[str, Any]:
    """The voices record: speakers with quote and word counts, words per side, one-sidedness.

    ``day`` (ISO date the article was published) picks the office a speaker held; without it a
    person counts by their latest office.
    """
    speakers: dict[str, dict[str, Any]] = {}
    sides: dict[str, int] = {}
    nested = _nested(quotes)
    unattributed = 0
    for i, q in enumerate(quotes):
        if q.speaker is None:
            unattributed += 1
            continue
        words = 0 if i in nested else word_count(q.text)
        entry = speakers.get(q.speaker.name)
        if entry is None:
            side = organisation_side(q.speaker.name, q.speaker.wikidata, day) or q.speaker.side
            entry = speakers[q.speaker.name] = {"name": q.speaker.name, "wikidata": q.speaker.wikidata, "quotes": 0,
                                                "words": 0, "kinds": {}, "side": side,
                                                "type": q.speaker.type}
        entry["quotes"] += 1
        entry["words"] += words
        entry["kinds"][q.kind] = entry["kinds"].get(q.kind, 0) + 1
        if entry["side"]:
            sides[entry["side"]] = sides.get(entry["side"], 0) + words
    ranked = sorted(speakers.values(), key=lambda s: (-s["words"], -s["quotes"], s["name"]))
    direct = [s for s in ranked if _own_words(s)]
    direct_sides = {s["side"] for s in direct}
    one_sided = (sum(_own_words(s) for s in direct) >= MIN_QUOTES_ONE_SIDED and len(direct_sides) == 1
                 and None not in direct_sides)
    return {
        "speakers": ranked,
        "sides": dict(sorted(sides.items(), key=lambda kv: -kv[1])),
        "one_sided": one_sided,
        "direct_speakers": [s["name"] for s in direct],
        "indirect_only": [s["name"] for s in ranked if not _own_words(s)],
        "note": _note(ranked, sides, one_sided, unattributed),
    }


def _own_words(speaker: dict[str, Any]) -> int:
    """How many of a speaker's quotations are in their own words."""
    return sum(speaker["kinds"].get(kind, 0) for kind in OWN_WORDS)


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
        parts.append("every direct quotation comes from one side")
    indirect = [s["name"] for s in ranked if not _own_words(s)]
    if indirect and any(_own_words(s) for s in ranked):
        parts.append("quoted only in indirect speech: " + ", ".join(indirect[:3]))
    if unattributed:
        parts.append(f"{unattributed} unattributed")
    return "; ".join(parts)


def run(analysis: Analysis, options) -> None:
    analysis.voices = summarise(analysis.quotes, analysis.article.published)
