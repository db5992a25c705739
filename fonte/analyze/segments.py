"""Sentence segmentation that survives abbreviations, initials, numbers and quotations."""

from __future__ import annotations

import re
from functools import cache

from fonte.lang import resource
from fonte.model import Analysis, Span

_OPENERS = "“«„‘‹\"'([¿¡"
_CLOSERS = "”»“’›\"')]"
# A candidate boundary: terminal punctuation, any closing marks, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›"}
#: A quotation longer than this is not kept in one sentence.
MAX_QUOTE_SENTENCE = 600


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower() for a in resource(lang, "segments").get("abbreviations", []))


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside balanced quotation marks (unbalanced marks are ignored)."""
    ranges = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack and i - start <= MAX_QUOTE_SENTENCE:
                ranges.append((start, i))
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch == '"':
            stack.append(('"', i))
        if len(stack) > 8:  # runaway nesting: an unbalanced text, stop trusting it
            stack.clear()
    return ranges


def _is_boundary(text: str, end: int, abbrevs: frozenset[str]) -> bool:
    rest = text[end:].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    if nxt.islower() or nxt in ",;:":
        return False
    punct = text[end - 1] if text[end - 1] in ".!?…" else text[:end].rstrip(_CLOSERS)[-1]
    if punct == ".":
        m = _WORD_BEFORE.search(text[:end].rstrip(_CLOSERS))
        if m:
            word = m.group(1)
            if word.lower().rstrip(".") in abbrevs or word.lower() in abbrevs:
                return False
            if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
                return False
            if word.isdigit() and nxt.isdigit():
                return False
    return True


def split_sentences(text: str, lang: str, offset: int = 0) -> list[Span]:
    """Sentences of one block of ``text``; spans are shifted by ``offset``."""
    abbrevs = _abbreviations(lang)
    inside = _quoted_ranges(text)
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if any(a < m.start() < b - 1 for a, b in inside):
            continue
        if not _is_boundary(text, end, abbrevs):
            continue
        spans.append(_trim(text, start, end, offset))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text), offset))
    return [s for s in spans if s.text]


def _trim(text: str, start: int, end: int, offset: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start + offset, end + offset, text[start:end])


def run(analysis: Analysis, options) -> None:
    a = analysis.article
    blocks = ([a.title] if a.title else []) + a.headings + a.paragraphs
    sentences: list[Span] = []
    for block in sorted(blocks, key=lambda s: s.start):
        sentences.extend(split_sentences(block.text, analysis.language, block.start))
    analysis.sentences = sentences
