"""The default persuasion-technique detector: per-language cue rules plus language-independent ones.

Fills ``analysis.techniques`` with SemEval-2023 Task 3 labels. Every finding carries the rule that
fired (``by``), why (``explanation``) and a confidence that reflects the rule's measured precision.
The trainable detector (``fonte.analyze.trained``) runs after this one and merges its own findings.
"""

from __future__ import annotations

from fonte.analyze.technique_rules import cues, repetition
from fonte.analyze.technique_rules.context import ArticleContext
from fonte.analyze.technique_rules.terms import fold
from fonte.model import Analysis, Span, Technique

#: Neighbouring loaded words closer than this (same sentence) are reported as one phrase.
MERGE_GAP = 30
SCARE_QUOTE_CONFIDENCE = 0.15  # measured: most short quoted terms are not doubt
# A quotation mark between two loaded words means two voices: never one phrase.
QUOTE_MARKS = frozenset('"“”«»„‘’‹›')


def _scare_quotes(analysis: Analysis) -> list[Span]:
    # The quotations analyser owns the decision of what is speech; without it there are none.
    try:
        from fonte.analyze.quotes import scare_quotes
    except (ImportError, AttributeError):
        return []
    try:
        return list(scare_quotes(analysis))
    except Exception:  # noqa: BLE001 - a failing optional helper must not cost the other findings
        return []


def _scare_quote_findings(analysis: Analysis) -> list[Technique]:
    found = []
    for s in _scare_quotes(analysis):
        found.append(Technique("Doubt", s.text, s.start, s.end, SCARE_QUOTE_CONFIDENCE,
                               f'"{s.text.strip(chr(34))}" is put in quotation marks without anyone being quoted, '
                               "which distances the writer from the term", "rule:scare-quotes"))
    return found


def _merge_neighbours(found: list[Technique], mergeable: frozenset[str], ctx: ArticleContext) -> list[Technique]:
    """Join findings of one mergeable rule that sit a few characters apart in one sentence."""
    merged: list[Technique] = []
    last_of: dict[str, int] = {}
    for t in sorted(found, key=lambda t: (t.start, t.end)):
        i = last_of.get(t.by)
        if t.by in mergeable and i is not None:
            prev = merged[i]
            gap = t.start - prev.end
            between = ctx.text[prev.end:t.start]
            if (0 <= gap <= MERGE_GAP and ctx.sentence_at(prev.start).end >= t.end
                    and not any(ch in QUOTE_MARKS for ch in between)):
                start, end = prev.start, max(prev.end, t.end)
                merged[i] = Technique(prev.technique, ctx.text[start:end], start, end,
                                      max(prev.confidence, t.confidence),
                                      prev.explanation + "; " + t.explanation, prev.by)
                continue
        last_of[t.by] = len(merged)
        merged.append(t)
    return merged


def _dedupe(found: list[Technique]) -> list[Technique]:
    best: dict[tuple[str, int, int], Technique] = {}
    for t in found:
        key = (t.technique, t.start, t.end)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    return sorted(best.values(), key=lambda t: (t.start, t.end, t.technique))


def detect(analysis: Analysis) -> list[Technique]:
    """The default detector's findings for an analysed article (language and sentences known)."""
    rules = cues.language_rules(analysis.language) if analysis.language != "und" else None
    folded = fold(analysis.text)
    matches = cues.find(rules, analysis.text, folded) if rules is not None else None
    ctx = ArticleContext.of(analysis, folded, matches.actors if matches else ())
    found = repetition.find(ctx)
    if rules is not None:
        found += _merge_neighbours(cues.apply(rules, ctx, matches), rules.mergeable, ctx)
    found += _scare_quote_findings(analysis)
    return _dedupe(found)


def run(analysis: Analysis, options) -> None:
    analysis.techniques.extend(detect(analysis))
