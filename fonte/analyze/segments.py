"""Sentence segmentation that survives abbreviations, initials, numbers and quotations."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from fonte.lang import resource
from fonte.model import Analysis, Span

_OPENERS = "“«„‘‹\"'([¿¡"
_CLOSERS = "”»“’›\"')]"
# A candidate boundary: terminal punctuation, any closing marks, then whitespace. Spelt [.!?…][.!?…]*
# rather than [.!?…]+: a pattern that opens with a class lets the engine skip to those marks in C.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›"}
_QUOTE_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values()) + '"') + "]")
#: The marks without "’", which only closes a "‘": in a text without "‘" it changes nothing, and it is
#: mostly an apostrophe (l’Europa, don’t), 40 % of the marks of real articles.
_QUOTE_MARK_BUT_APOSTROPHE = re.compile(_QUOTE_MARK.pattern.replace("’", ""))
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
#: A quotation longer than this is not kept in one sentence.
MAX_QUOTE_SENTENCE = 600


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower() for a in resource(lang, "segments").get("abbreviations", []))


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside balanced quotation marks (unbalanced marks are ignored), sorted and disjoint."""
    ranges = []
    stack: list[tuple[str, int]] = []
    marks = _QUOTE_MARK if "‘" in text else _QUOTE_MARK_BUT_APOSTROPHE
    for mark in marks.finditer(text):  # only the marks, not every character: speed
        i, ch = mark.start(), mark.group()
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


def _inside(ranges: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls strictly inside one of the sorted, disjoint quoted ``ranges``."""
    i = bisect_left(starts, pos) - 1  # the last range opening before pos: only it can hold pos
    return i >= 0 and pos < ranges[i][1] - 1


def _word_before(text: str, end: int) -> str | None:
    """The run of word characters and dots before the full stop at ``end - 1`` (what ``[\\w.]+\\.$`` finds)."""
    if end < 2 or text[end - 1] != ".":
        return None
    start = end - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end - 1] if start < end - 1 else None


def _is_boundary(text: str, end: int, abbrevs: frozenset[str]) -> bool:
    # A boundary is followed by whitespace; mostly one space, then the next sentence.
    nxt = text[end + 1 : end + 2]
    if not nxt or nxt.isspace():
        following = _NEXT_VISIBLE.match(text, end)
        if following is None:
            return True
        nxt = following.group(1)
    if nxt.islower() or nxt in ",;:":
        return False
    # The mark is the last character unless closing marks follow it (always at least one mark precedes).
    bare_end = end
    while bare_end > 0 and text[bare_end - 1] in _CLOSERS:
        bare_end -= 1
    punct = text[end - 1] if text[end - 1] in ".!?…" else text[bare_end - 1]
    if punct == ".":
        word = _word_before(text, bare_end)
        if word:
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
    spans: list[Span] = []
    start = 0
    inside: list[tuple[int, int]] | None = None  # computed at the first candidate boundary only
    for m in _BOUNDARY.finditer(text):
        if inside is None:
            inside = _quoted_ranges(text) if _QUOTE_MARK.search(text) else []
            inside_starts = [a for a, _ in inside]
        end = m.end()
        if inside and _inside(inside, inside_starts, m.start()):
            continue
        if not _is_boundary(text, end, abbrevs):
            continue
        _append_trimmed(spans, text, start, end, offset)
        start = end
    if start < len(text):
        _append_trimmed(spans, text, start, len(text), offset)
    return spans


def _span(start: int, end: int, text: str, _new=object.__new__) -> Span:
    """``Span(start, end, text)`` without the frozen dataclass's ``__init__`` (three guarded
    ``object.__setattr__`` calls: half the time of a sentence's span); the same fields in the same order."""
    span = _new(Span)
    fields = span.__dict__
    fields["start"] = start
    fields["end"] = end
    fields["text"] = text
    return span


def _append_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    """Append ``text[start:end]`` without surrounding whitespace, unless nothing is left."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped:
        start += len(piece) - len(stripped) + offset
        stripped = stripped.rstrip()
        spans.append(_span(start, start + len(stripped), stripped))


def run(analysis: Analysis, options) -> None:
    a = analysis.article
    blocks = ([a.title] if a.title else []) + a.headings + a.paragraphs
    sentences: list[Span] = []
    for block in sorted(blocks, key=lambda s: s.start):
        sentences.extend(split_sentences(block.text, analysis.language, block.start))
    analysis.sentences = sentences
