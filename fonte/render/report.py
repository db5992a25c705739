"""What a report says about one analysis, independent of the format that shows it.

The text, Markdown and HTML renderers all draw from these functions, so that every format
reports the same facts in the same order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from fonte import taxonomy
from fonte.analyze.reading import count_words
from fonte.model import Analysis, Quote

#: Quoted text longer than this is shortened in tables (the HTML page shows it in full in place).
QUOTE_PREVIEW_CHARS = 90


@dataclass(frozen=True)
class SpeakerRow:
    name: str
    quotes: int
    words: int
    side: str | None


@dataclass(frozen=True)
class TechniqueCount:
    label: str
    name: str
    category: str
    category_name: str
    count: int


def shorten(text: str, limit: int = QUOTE_PREVIEW_CHARS) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"


def reading_time_line(analysis: Analysis) -> str:
    """Measured reading time, and the stated one when the article states it."""
    rt = analysis.reading_time or {}
    if "minutes" not in rt:
        return "not measured"
    line = f"{rt['minutes']:g} min measured"
    stated = rt.get("stated_minutes", analysis.article.stated_reading_minutes)
    if stated is not None:
        line += f", {stated} min stated"
    return line


def header_facts(analysis: Analysis) -> list[tuple[str, str]]:
    """The report's header as (label, value) pairs."""
    a = analysis.article
    facts = [
        ("Title", a.title.text if a.title else "(no title)"),
        ("Language", analysis.language),
        ("Words", str(analysis.words or count_words(analysis.text))),
        ("Reading time", reading_time_line(analysis)),
    ]
    if analysis.readability:
        facts.append(("Readability", f"{analysis.readability.get('score')} ({analysis.readability.get('index')})"))
    if analysis.outlet:
        facts.append(("Outlet", outlet_label(analysis.outlet.name, analysis.outlet.state_affiliated)))
    if a.published:
        facts.append(("Published", a.published))
    if a.author:
        facts.append(("Author", a.author))
    source = a.source.url or a.source.path
    if source:
        facts.append(("Source", source))
    return facts


def outlet_label(name: str, state_affiliated: bool | None) -> str:
    return f"{name} (state-affiliated)" if state_affiliated else name


def speaker_name(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker else "(unknown)"


def speaker_rows(analysis: Analysis) -> list[SpeakerRow]:
    """Who speaks and how much: from ``analysis.voices`` when the voices analyser filled it, else from the quotes."""
    listed = analysis.voices.get("speakers") if analysis.voices else None
    if listed:
        return [
            SpeakerRow(str(s.get("name")), int(s.get("quotes", 0)), int(s.get("words", 0)), s.get("side"))
            for s in listed
        ]
    quotes: Counter[str] = Counter()
    words: Counter[str] = Counter()
    sides: dict[str, str | None] = {}
    for q in analysis.quotes:
        name = speaker_name(q)
        quotes[name] += 1
        words[name] += count_words(q.text)
        sides.setdefault(name, q.speaker.side if q.speaker else None)
    return [SpeakerRow(n, quotes[n], words[n], sides[n]) for n, _ in words.most_common()]


def technique_counts(analysis: Analysis) -> list[TechniqueCount]:
    """Techniques found, most frequent first."""
    counts = Counter(t.technique for t in analysis.techniques)
    rows = []
    for label, n in counts.most_common():
        info = taxonomy.technique(label)
        rows.append(TechniqueCount(label, info.name, info.category, info.category_name, n))
    return rows


def category_counts(analysis: Analysis) -> list[tuple[str, str, int]]:
    """(category key, category name, techniques found) for every category, taxonomy order."""
    counts = Counter(taxonomy.category_of(t.technique) for t in analysis.techniques)
    rows = [(key, name, counts[key]) for key, name in taxonomy.categories().items()]
    if counts[taxonomy.UNKNOWN_CATEGORY]:
        rows.append((taxonomy.UNKNOWN_CATEGORY, "Other", counts[taxonomy.UNKNOWN_CATEGORY]))
    return rows


def technique_coverage(analysis: Analysis) -> dict[str, Any]:
    """The summary analyser's technique overview: share of the text covered, overall and per category."""
    from fonte.analyze.summary import technique_overview

    return technique_overview(analysis)


def coverage_line(analysis: Analysis) -> str:
    """E.g. "techniques cover 12.5% of the text"."""
    return f"techniques cover {100 * technique_coverage(analysis)['share']:.1f}% of the text"


def entity_id(wikidata: str | None, iso: str | None) -> str:
    """The identifiers an entity is linked to, e.g. ``Q7747`` or ``Q159 / RU``; empty when unlinked."""
    return " / ".join(x for x in (wikidata, iso) if x)


def voices_note(analysis: Analysis) -> str | None:
    """The voices analyser's verdict on balance, when it gave one."""
    v: dict[str, Any] = analysis.voices or {}
    if v.get("note"):
        return str(v["note"])
    if v.get("one_sided"):
        return "all quotations come from one side"
    return None
