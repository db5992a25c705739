"""The article at a glance: short plain-language lines in English, and the technique overview.

Runs last and only reads what the other analysers found; an empty field gives no line.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from operator import attrgetter
from typing import Any

from fonte.model import Analysis, Technique

#: How many examples a line quotes, and how long each may be.
EXAMPLES = 3
EXAMPLE_CHARS = 60
#: A side that holds at least this share of quoted words dominates the voices.
DOMINANT_SIDE = 0.75
#: The technique rules' explanations quote the label word first and name its actor in brackets.
_LABEL_WORD = re.compile(r'"([^"]+)"')
_LABEL_ACTOR = re.compile(r"\bactor \((?!an actor\))([^()]+)\)")
#: Narratives below this confidence stay out of the summary (they remain in the record).
NARRATIVE_CONFIDENCE = 0.45


def _category(label: str) -> tuple[str, str]:
    # The taxonomy module belongs to the renderers; without it, the label is its own category.
    try:
        from fonte.taxonomy import technique
    except ImportError:
        return label, label.replace("_", " ")
    info = technique(label)
    return info.category, info.category_name


def _readable(label: str) -> str:
    try:
        from fonte.taxonomy import technique
    except ImportError:
        return label.replace("_", " ").lower()
    return technique(label).name.lower()


def _covered(spans: list[tuple[int, int]]) -> int:
    """Characters covered by the union of ``spans``."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def technique_overview(analysis: Analysis) -> dict[str, Any]:
    """Techniques by count, and the share of the text each technique and category covers."""
    size = max(len(analysis.text), 1)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for t in analysis.techniques:
        spans[t.technique].append((t.start, t.end))
    by_technique = {}
    cat_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    cat_names: dict[str, str] = {}
    cat_counts: Counter[str] = Counter()
    for label, found in sorted(spans.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        key, name = _category(label)
        by_technique[label] = {"count": len(found), "share": round(_covered(found) / size, 4), "category": key}
        cat_spans[key] += found
        cat_names[key] = name
        cat_counts[key] += len(found)
    by_category = {
        key: {"name": cat_names[key], "count": cat_counts[key], "share": round(_covered(cat_spans[key]) / size, 4)}
        for key in sorted(cat_spans, key=lambda k: (-cat_counts[k], k))
    }
    return {"total": len(analysis.techniques), "by_technique": by_technique, "by_category": by_category,
            "share": round(_covered([s for v in spans.values() for s in v]) / size, 4)}


def _examples(found: list[Technique]) -> str:
    seen: list[str] = []
    for t in found:
        text = " ".join(t.text.split())
        text = text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…"
        if text not in seen:
            seen.append(text)
            if len(seen) == EXAMPLES:  # later findings cannot change the first examples
                break
    return ", ".join(f'"{s}"' for s in seen)


def _labelled(analysis: Analysis, t: Technique) -> tuple[str | None, str]:
    """(actor, label word) of a name-calling finding: from its explanation, else its span and entities."""
    word = _LABEL_WORD.search(t.explanation)
    label = word.group(1) if word else " ".join(t.text.split())
    actor = _LABEL_ACTOR.search(t.explanation)
    if actor:
        return actor.group(1), label
    # A label rule names no actor; an entity mentioned inside the span, away from the label, is its target.
    at = t.text.find(label)
    for entity in analysis.entities:
        for m in entity.mentions:
            inside = t.start <= m.start and m.end <= t.end
            if inside and (at < 0 or not t.start + at <= m.start < t.start + at + len(label)):
                return m.text, label
    return None, label


def _label_line(analysis: Analysis, found: list[Technique]) -> str:
    seen: list[tuple[str | None, str]] = []
    for t in found:
        pair = _labelled(analysis, t)
        if pair not in seen:
            seen.append(pair)
    seen.sort(key=lambda pair: pair[0] is None)  # labels with a named target tell more
    return "labels " + ", ".join(f'{actor} "{label}"' if actor else f'"{label}"' for actor, label in seen[:EXAMPLES])


def _repetition_lines(analysis: Analysis, found: list[Technique]) -> list[str]:
    title = analysis.article.title
    # A repeated phrase is found many times with the same text: each text is normalised once.
    normalised = {text: " ".join(text.lower().split()) for text in {t.text for t in found}}
    keys = [normalised[t.text] for t in found]
    groups: dict[str, int] = Counter(keys)
    lines = []
    title_key = " ".join(title.text.lower().split()) if title else None
    for text, count in groups.most_common(EXAMPLES):
        if count < 2:
            continue
        if title and text == title_key:
            lines.append(f"repeats its headline {count} times")
        else:
            lines.append(f'repeats "{_examples([t for t, key in zip(found, keys) if key == text])[1:-1]}" {count} times')
    return lines


def most_confident_first(techniques: list[Technique]) -> list[Technique]:
    """``techniques`` by confidence, highest first, then by start: two stable sorts (a reversed sort
    keeps ties in order), no key tuple built per finding."""
    ranked = sorted(techniques, key=attrgetter("start"))
    ranked.sort(key=attrgetter("confidence"), reverse=True)
    return ranked


def _technique_lines(analysis: Analysis) -> list[str]:
    by_label: dict[str, list[Technique]] = defaultdict(list)
    for t in most_confident_first(analysis.techniques):
        by_label[t.technique].append(t)
    lines = _repetition_lines(analysis, by_label.pop("Repetition", []))
    if "Name_Calling-Labeling" in by_label:
        lines.append(_label_line(analysis, by_label.pop("Name_Calling-Labeling")))
    if "Loaded_Language" in by_label:
        found = by_label.pop("Loaded_Language")
        lines.append(f"uses emotionally loaded wording ({len(found)}): {_examples(found)}")
    if "Exaggeration-Minimisation" in by_label:
        lines.append(f"exaggerates or minimises: {_examples(by_label.pop('Exaggeration-Minimisation'))}")
    rest = sorted(by_label.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    if rest:
        lines.append("also: " + ", ".join(f"{_readable(label)} ({len(found)})" for label, found in rest))
    return lines


def _own_words(speaker: dict[str, Any]) -> int:
    kinds = speaker.get("kinds") or {}
    return kinds.get("direct", 0) + kinds.get("partial", 0)


def _direct_line(speakers: list[dict[str, Any]]) -> str | None:
    """Who speaks in their own words, when two speakers at most do; the rest only in paraphrase."""
    direct = [s for s in speakers if _own_words(s)]
    if sum(_own_words(s) for s in direct) < 2:
        return None
    # A state quoted as a body ("Moscow says") speaks with the voice of its people quoted alongside.
    people = [s for s in direct if s.get("type") != "country"]
    states = [s for s in direct if s.get("type") == "country" and any(p.get("side") == s.get("side") for p in people)]
    voices = [s for s in direct if s not in states]
    if len(voices) > 2:
        return None
    line = f"all direct quotations come from {len(voices)} speaker{'s' if len(voices) > 1 else ''} (" \
        + ", ".join(s["name"] for s in voices) + ")"
    if states:
        line += ", besides " + ", ".join(s["name"] for s in states) + " speaking as a state"
    direct_sides = {s.get("side") for s in direct}
    others = [s["name"] for s in speakers if not _own_words(s) and s.get("side") not in direct_sides]
    if others:
        line += f"; the other side appears only in indirect speech ({', '.join(others[:EXAMPLES])})"
    return line


def _voice_lines(voices: dict[str, Any]) -> list[str]:
    speakers = [s for s in voices.get("speakers") or [] if s.get("name")]
    if not speakers:
        return []
    lines = []
    if voices.get("one_sided"):
        direct = [s for s in speakers if _own_words(s)] or speakers
        sides = list(dict.fromkeys(s["side"] for s in direct if s.get("side")))
        lines.append(f"quotations come from one side only ({', '.join(sides)})" if sides
                     else "quotations come from one side only")
    direct_line = _direct_line(speakers)
    if direct_line:
        lines.append(direct_line)
    if lines:
        return lines
    sides: dict[str, int] = voices.get("sides") or {}
    total = sum(sides.values())
    if total and len(sides) > 1:
        side, words = max(sides.items(), key=lambda kv: kv[1])
        if words / total >= DOMINANT_SIDE:
            who = ", ".join(s["name"] for s in speakers if s.get("side") == side)
            return [f"{round(100 * words / total)}% of quoted words come from one side ({side}: {who})"]
    names = ", ".join(s["name"] for s in speakers[:EXAMPLES])
    return [f"quotes {len(speakers)} speaker{'s' if len(speakers) > 1 else ''} ({names})"]


def _citation_lines(analysis: Analysis) -> list[str]:
    state = list(dict.fromkeys(c.outlet.name for c in analysis.citations if c.outlet.state_affiliated))
    other = list(dict.fromkeys(c.outlet.name for c in analysis.citations if not c.outlet.state_affiliated))
    lines = []
    if state:
        lines.append("cites state-affiliated media: " + ", ".join(state))
    if other:
        lines.append("cites: " + ", ".join(other))
    return lines


def _narrative_lines(analysis: Analysis) -> list[str]:
    return [f'echoes the narrative "{n.subnarrative or n.narrative}"' + (f" ({n.narrative})" if n.subnarrative else "")
            for n in analysis.narratives if n.confidence >= NARRATIVE_CONFIDENCE][:EXAMPLES]


def summarise(analysis: Analysis) -> list[str]:
    """Plain-language lines on how the article persuades, whom it quotes and cites."""
    return (_technique_lines(analysis) + _voice_lines(analysis.voices or {})
            + _citation_lines(analysis) + _narrative_lines(analysis))


def run(analysis: Analysis, options) -> None:
    analysis.summary.extend(summarise(analysis))
