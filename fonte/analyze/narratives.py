"""Narratives of the SemEval-2025 Task 10 taxonomy, found by cues that co-occur with the actors they need.

A cue in ``fonte/lang/<code>/narratives.toml`` names a narrative and subnarrative (checked against
``fonte/data/narratives.toml``), the words that signal it, and the actors that must appear in the same
sentence (words, or entities by canonical name). Only narratives with evidence spans are reported.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fonte.analyze.technique_rules import cues as technique_cues
from fonte.analyze.technique_rules.terms import Lexicon, LexiconScan, fold
from fonte.errors import DataError
from fonte.lang import resource
from fonte.model import Analysis, Narrative, Span

TAXONOMY = Path(__file__).resolve().parents[1] / "data" / "narratives.toml"
#: An actor further than this from its cue (same sentence) is not what the cue speaks about.
ACTOR_REACH = 120
MAX_CONFIDENCE = 0.9


@cache
def taxonomy() -> dict[str, tuple[str, ...]]:
    """Narrative name -> its subnarratives, across both domains."""
    with TAXONOMY.open("rb") as fh:
        data = tomllib.load(fh)
    return {n["name"]: tuple(n["subnarratives"]) for n in data["narrative"]}


@dataclass(frozen=True)
class NarrativeCue:
    id: str
    narrative: str
    subnarrative: str | None
    cue: Lexicon
    near: Lexicon | None
    entities: frozenset[str]
    confidence: float


@cache
def cues(lang: str) -> tuple[NarrativeCue, ...]:
    """The narrative cues of one language, validated against the taxonomy."""
    known = taxonomy()
    found = []
    for i, raw in enumerate(resource(lang, "narratives").get("cue", [])):
        narrative, sub = raw["narrative"], raw.get("subnarrative")
        if narrative not in known or (sub is not None and sub not in known[narrative]):
            raise DataError(f"narratives.toml ({lang}): cue {i + 1} names {narrative!r} / {sub!r}, not in the taxonomy")
        found.append(NarrativeCue(
            id=f"rule:{lang}:narrative:{raw.get('name', i + 1)}",
            narrative=narrative,
            subnarrative=sub,
            cue=Lexicon(raw.get("terms", []), raw.get("patterns", [])),
            near=Lexicon(raw["near"]) if raw.get("near") else None,
            entities=frozenset(raw.get("entities", [])),
            confidence=float(raw.get("confidence", 0.4)),
        ))
    return tuple(found)


@cache
def cue_lexicons(lang: str) -> tuple[list[Lexicon], tuple[int | None, ...]]:
    """All cue words of one language and the actor words near them, as scanned in an article.

    With them, per cue, the index of its actor words among them (None: no actor words, or words the
    scan cannot find as their own ``finditer`` does, searched apart).
    """
    rules = cues(lang)
    lexicons = [c.cue for c in rules]
    near_at: list[int | None] = []
    for rule in rules:
        if rule.near is not None and rule.near.scans_like_finditer():
            near_at.append(len(lexicons))
            lexicons.append(rule.near)
        else:
            near_at.append(None)
    return lexicons, tuple(near_at)


@cache
def _cue_scan(lang: str) -> tuple[LexiconScan, tuple[int | None, ...]]:
    """The scan of ``cue_lexicons``, sharing its pass over an article with the technique cues' scan."""
    lexicons, near_at = cue_lexicons(lang)
    return LexiconScan(lexicons, sharing=technique_cues.language_rules(lang).scan.lexicons), near_at


def _sentence_of(analysis: Analysis, starts: list[int], offset: int) -> Span:
    if not analysis.sentences:
        return analysis.span(0, len(analysis.text))
    return analysis.sentences[max(bisect_right(starts, offset) - 1, 0)]


def _actors(analysis: Analysis, rule: NarrativeCue, folded: str, near: list[re.Match[str]] | None) -> list[tuple[int, int]]:
    """Where the cue's actors are named (``near``: the matches of its actor words, when the scan found them)."""
    if near is None and rule.near is not None:
        near = list(rule.near.finditer(analysis.text, folded))
    spans = [m.span() for m in near or ()]
    spans += [(m.start, m.end) for e in analysis.entities if e.name in rule.entities for m in e.mentions]
    return sorted(spans)


def detect(analysis: Analysis) -> list[Narrative]:
    if analysis.language == "und":
        return []
    text = analysis.text
    starts = [s.start for s in analysis.sentences]
    grouped: dict[tuple[str, str | None], Narrative] = {}
    folded = fold(text)
    scan, near_at = _cue_scan(analysis.language)
    matches = scan.finditer_each(text, folded)
    for rule, rule_matches, near in zip(cues(analysis.language), matches, near_at):
        actors = None
        for m in rule_matches:
            if actors is None:
                actors = _actors(analysis, rule, folded, None if near is None else matches[near])
            sentence = _sentence_of(analysis, starts, m.start())
            near = [a for a in actors if sentence.start <= a[0] and a[1] <= sentence.end
                    and abs(a[0] - m.start()) <= ACTOR_REACH and not (a[0] < m.end() and m.start() < a[1])]
            if (rule.near or rule.entities) and not near:
                continue
            actor = min(near, key=lambda a: abs(a[0] - m.start())) if near else m.span()
            start, end = min(m.start(), actor[0]), max(m.end(), actor[1])
            evidence = analysis.span(start, end)
            key = (rule.narrative, rule.subnarrative)
            found = grouped.get(key)
            cue = text[m.start():m.end()]
            why = f'"{cue}" next to "{text[actor[0]:actor[1]]}"' if near else f'"{cue}"'
            if found is None:
                grouped[key] = Narrative(rule.narrative, rule.subnarrative, [evidence], rule.confidence,
                                         f"cue {why}", rule.id)
            else:
                overlapping = [e for e in found.evidence if e.start < end and start < e.end]
                if overlapping:  # one stretch of text is one piece of evidence, however many cues
                    start = min([start] + [e.start for e in overlapping])
                    end = max([end] + [e.end for e in overlapping])
                    found.evidence = [e for e in found.evidence if e not in overlapping]
                found.evidence.append(analysis.span(start, end))
                found.evidence.sort(key=lambda e: e.start)
                # Independent cues for one narrative make it likelier, never certain.
                found.confidence = min(MAX_CONFIDENCE, 1 - (1 - found.confidence) * (1 - rule.confidence))
                found.explanation += f"; cue {why}"
    return sorted(grouped.values(), key=lambda n: (-n.confidence, n.evidence[0].start))


def run(analysis: Analysis, options) -> None:
    analysis.narratives.extend(detect(analysis))
