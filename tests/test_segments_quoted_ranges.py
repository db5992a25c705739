"""Quoted ranges found over the quotation marks alone (apostrophes skipped where they close nothing)
are those of a scan of every character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import segments


def _reference_quoted_ranges(text: str) -> list[tuple[int, int]]:
    marks = set(segments._PAIRS) | set(segments._PAIRS.values()) | {'"'}
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch not in marks:
            continue
        if stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack and i - start <= segments.MAX_QUOTE_SENTENCE:
                ranges.append((start, i))
        elif ch in segments._PAIRS or ch == '"':
            stack.append((segments._PAIRS.get(ch, '"'), i))
        if len(stack) > 8:
            stack.clear()
    return ranges


_PIECES = st.sampled_from(["a", "l’a", "’", "‘", "“", "”", "„", "«", "»", "‹", "›", '"', " ", ".", "x" * 300])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_segments_quoted_ranges_match_a_scan_of_every_character(text):
    assert segments._quoted_ranges(text) == _reference_quoted_ranges(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_segments_quoted_ranges_match_a_scan_of_every_character_on_any_text(text):
    assert segments._quoted_ranges(text) == _reference_quoted_ranges(text)
