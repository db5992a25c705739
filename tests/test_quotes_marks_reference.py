"""The mark-by-mark scan gives what the original character-by-character scan gave, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import quote_marks as qm
from fonte.model import Span

ALPHABET = "".join(sorted(qm.MARKS)) + "ab É1 ,.:\n\u00a0"


def reference_scan(text: str, blocks: list[Span]) -> tuple[list[qm.QuotedSpan], list[str]]:
    """The scan as first written: every character of every block visited in Python."""
    found: list[qm.QuotedSpan] = []
    warnings: list[str] = []
    group = 0
    carried = None
    for b, block in enumerate(blocks):
        lo, hi = block.start, block.end
        stack: list[tuple[str, int, int]] = []
        if carried:
            stack.append((text[lo], lo, carried[1]))
        skip_first, carried = bool(stack), None
        for i in range(lo, hi):
            ch = text[i]
            if ch not in qm.MARKS or (skip_first and i == lo):
                continue
            closer = qm._match(stack, ch) if qm._can_close(text, i, lo, hi) else -1
            if closer >= 0:
                for mark, at, _ in stack[closer + 1 :]:
                    if mark not in qm._SINGLE:
                        warnings.append(f"quotes: unbalanced {mark} at offset {at}")
                mark, at, grp = stack[closer]
                del stack[closer:]
                start, end = qm._inner(text, at + 1, i)
                if end > start:
                    found.append(qm.QuotedSpan(start, end, at, i, closer, grp))
            elif ch in qm._CLOSERS_OF and qm._can_open(text, i, lo, hi):
                if len(stack) >= qm.MAX_DEPTH:
                    warnings.append(f"quotes: quotation marks nested too deep at offset {i}")
                    del stack[0]
                group += 1
                stack.append((ch, i, group))
        carried = qm._carry(text, blocks, b, stack, found, warnings)
    return found, warnings


def paragraphs(text: str) -> list[Span]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append(Span(pos, pos + len(part), part))
        pos += len(part) + 2
    return spans


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_quotes_marks_scan_equals_the_character_by_character_scan(text: str) -> None:
    blocks = paragraphs(text)
    assert qm._scan(text, blocks) == reference_scan(text, blocks)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200), st.lists(st.integers(0, 200), max_size=6))
def test_quotes_marks_scan_equals_the_reference_on_blocks_cut_anywhere(text: str, cuts: list[int]) -> None:
    points = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    blocks = [Span(a, b, text[a:b]) for a, b in zip(points, points[1:])]
    assert qm._scan(text, blocks) == reference_scan(text, blocks)


def test_quotes_marks_reference_finds_the_pairs() -> None:
    # Guards the reference itself: a broken copy that found nothing would let any scan pass.
    text = "«a» “b ‘c’” „d“"
    found, _ = reference_scan(text, paragraphs(text))
    assert [text[q.start : q.end] for q in found] == ["a", "c", "b ‘c’", "d"]
