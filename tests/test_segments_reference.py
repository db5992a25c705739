"""Sentence splitting: the fast path gives the spans of the straightforward per-boundary loop."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import segments
from fonte.analyze.segments import split_sentences
from fonte.model import Span


def _reference(text: str, lang: str, offset: int = 0) -> list[Span]:
    """Every candidate boundary checked with a regular expression, every sentence trimmed char by char."""
    abbrevs = segments._abbreviations(lang)
    inside = segments._quoted_ranges(text)
    starts = [a for a, _ in inside]
    spans, start = [], 0
    for m in re.finditer(r"[.!?…]+[" + re.escape(segments._CLOSERS) + r"]*(?=\s)", text):
        if segments._inside(inside, starts, m.start()):
            continue
        following = re.compile(r"\s*(\S)").match(text, m.end())
        if following is not None and not _reference_boundary(text, m.end(), following.group(1), abbrevs):
            continue
        spans.append(_trimmed(text, start, m.end(), offset))
        start = m.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text), offset))
    return [s for s in spans if s.text]


def _reference_boundary(text: str, end: int, nxt: str, abbrevs: frozenset[str]) -> bool:
    if nxt.islower() or nxt in ",;:":
        return False
    bare_end = end
    while bare_end > 0 and text[bare_end - 1] in segments._CLOSERS:
        bare_end -= 1
    punct = text[end - 1] if text[end - 1] in ".!?…" else text[bare_end - 1]
    if punct == ".":
        word = re.search(r"[\w.]+\.$", text[:bare_end])
        word = word.group()[:-1] if word else None
        if word:
            if word.lower().rstrip(".") in abbrevs or word.lower() in abbrevs:
                return False
            if len(word) == 1 and word.isupper():
                return False
            if word.isdigit() and nxt.isdigit():
                return False
    return True


def _trimmed(text: str, start: int, end: int, offset: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start + offset, end + offset, text[start:end])


_PIECES = st.sampled_from(
    ["Mr", "Dr", "sig", "J", "3", "5", "word", "Word", "é", "É", "_", ".", "..", "!", "?", "…", " ", "  ", "\n",
     "\t", "\u00a0", "«", "»", "“", "”", "„", "‘", "’", '"', "'", "(", ")", ",", ";", ":", "-"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(["en", "it", "de", "ru"]), st.integers(0, 50))
def test_segments_split_matches_the_reference(text, lang, offset):
    assert split_sentences(text, lang, offset) == _reference(text, lang, offset)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_segments_split_matches_the_reference_on_any_text(text):
    assert split_sentences(text, "en") == _reference(text, "en")


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.text(max_size=20))
def test_segments_span_shortcut_builds_the_dataclass_span(start, end, text):
    built, plain = segments._span(start, end, text), Span(start, end, text)
    assert built == plain and hash(built) == hash(plain) and vars(built) == vars(plain)
    assert list(vars(built)) == list(vars(plain)) and built.to_dict() == plain.to_dict()
