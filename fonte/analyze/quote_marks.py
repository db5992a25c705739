"""Quotation marks paired in one linear pass with a small stack, in every common style.

Handles “…”, «…», „…“, »…«, "…", ‘…’, ‚…‘, ‹…›, ”…” (closing mark used as opener), quotes that run
over several paragraphs (an opening mark at each paragraph start, the closing one only at the end),
and unbalanced or runaway marks (reported, never fatal).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from fonte.model import Span

#: mark -> the marks that may close it, when it opens.
_CLOSERS_OF: dict[str, str] = {
    "“": "”“\"",
    "”": "”“",
    "„": "“”",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹",
    '"': '"”',  # mixed marks in real text: "…”
    "‘": "’‘",
    "‚": "‘’",
    "'": "'",
}
#: Marks that close but never open ("’" is far more often an apostrophe than an opener).
_CLOSE_ONLY = "’"
MARKS = frozenset(_CLOSERS_OF) | frozenset(_CLOSE_ONLY)
#: Finds the marks for the pairing loop, which then visits only them, not every character: speed. A "’" before
#: a letter or digit ("l’Italia", "don’t": the commonest mark) can neither close nor open, and is passed over.
_MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + r"](?:(?<!’)|(?![^\W_]))")
#: Single marks double as apostrophes: an unclosed one is dropped silently.
_SINGLE = frozenset("‘‚'’‹›")
#: Deeper nesting than this is a broken text: the oldest entry is forgotten (keeps the scan linear).
MAX_DEPTH = 6
_TRIM = " \t\n\u00a0\u202f\u2009,"


@dataclass(frozen=True)
class QuotedSpan:
    """The inner text of one pair of marks (one piece per paragraph for a multi-paragraph quote)."""

    start: int  # inner text, marks and surrounding blanks excluded
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the piece runs to its paragraph end
    depth: int  # 0 for an outermost quote
    group: int  # pieces of one multi-paragraph quote share a group number


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    nxt = text[i + 1] if i + 1 < hi else ""
    prev = text[i - 1] if i > lo else ""
    return bool(nxt) and not nxt.isspace() and not prev.isalnum() or (
        # French style: « followed by a blank.
        text[i] == "«" and not prev.isalnum()
    )


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    return (bool(prev) and not prev.isspace() or text[i] in "»«") and not nxt.isalnum()


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


#: The last scan's text, blocks and result: the quotes analyser and ``scare_quotes`` scan the same article.
_last: tuple[str, list[Span], list[QuotedSpan], list[str]] | None = None


def scan(text: str, blocks: list[Span]) -> tuple[list[QuotedSpan], list[str]]:
    """Every quoted span in ``blocks`` (paragraphs, in order) and warnings about unresolved marks."""
    global _last
    last = _last  # read once: another thread may replace it
    if last is None or last[0] is not text or last[1] != blocks:
        last = _last = (text, list(blocks), *_scan(text, blocks))
    return list(last[2]), list(last[3])


def _block_marks(text: str, marks: list[int], lo: int, hi: int) -> list[int]:
    """What ``_MARK.finditer(text, lo, hi)`` finds, from the marks of the whole text.

    Only a "’" ending the block reads differently: the block's search sees nothing after it, the text's
    sees the letter that may follow.
    """
    found = marks[bisect_left(marks, lo) : bisect_left(marks, hi)]
    if lo < hi < len(text) and text[hi - 1] == "’" and text[hi].isalnum():
        found.append(hi - 1)
    return found


def _scan(text: str, blocks: list[Span]) -> tuple[list[QuotedSpan], list[str]]:
    found: list[QuotedSpan] = []
    warnings: list[str] = []
    group = 0
    carried: tuple[str, int] | None = None  # an outer quote that continues into the next block
    # One search of the whole text, not one per block: most blocks hold no mark and are passed over.
    marks = [m.start() for m in _MARK.finditer(text)]
    for b, block in enumerate(blocks):
        lo, hi = block.start, block.end
        block_marks = _block_marks(text, marks, lo, hi)
        if not block_marks and not carried:
            continue  # nothing opens, closes or carries on here
        stack: list[tuple[str, int, int]] = []  # (opening mark, offset, group)
        if carried:  # _carry saw this block open with the same mark
            stack.append((text[lo], lo, carried[1]))
        skip_first, carried = bool(stack), None
        for i in block_marks:
            ch = text[i]
            if skip_first and i == lo:
                continue
            closer = _match(stack, ch) if _can_close(text, i, lo, hi) else -1
            if closer >= 0:
                for mark, at, _ in stack[closer + 1 :]:
                    if mark not in _SINGLE:
                        warnings.append(f"quotes: unbalanced {mark} at offset {at}")
                mark, at, grp = stack[closer]
                del stack[closer:]
                start, end = _inner(text, at + 1, i)
                if end > start:
                    found.append(QuotedSpan(start, end, at, i, closer, grp))
            elif ch in _CLOSERS_OF and _can_open(text, i, lo, hi):
                if len(stack) >= MAX_DEPTH:
                    warnings.append(f"quotes: quotation marks nested too deep at offset {i}")
                    del stack[0]
                group += 1
                stack.append((ch, i, group))
        carried = _carry(text, blocks, b, stack, found, warnings)
    return found, warnings


def _match(stack: list[tuple[str, int, int]], ch: str) -> int:
    """Index of the innermost open mark that ``ch`` closes, or -1."""
    for k in range(len(stack) - 1, -1, -1):
        if ch in _CLOSERS_OF[stack[k][0]]:
            return k
    return -1


def _carry(
    text: str,
    blocks: list[Span],
    b: int,
    stack: list[tuple[str, int, int]],
    found: list[QuotedSpan],
    warnings: list[str],
) -> tuple[int, int] | None:
    """Close a block with marks still open: a multi-paragraph quote carries on, the rest is reported."""
    opened = [entry for entry in stack if entry[0] not in _SINGLE]
    if not opened:
        return None
    mark, at, grp = opened[0]
    block = blocks[b]
    start, end = _inner(text, at + 1, block.end)
    nxt = blocks[b + 1] if b + 1 < len(blocks) else None
    continues = nxt is not None and nxt.end > nxt.start and text[nxt.start] == mark
    if end > start and continues:
        found.append(QuotedSpan(start, end, at, None, 0, grp))
        return at, grp
    warnings.append(f"quotes: unclosed {mark} at offset {at}")
    if end > start:
        # The quote most likely runs to the paragraph end; kept with a lower confidence.
        found.append(QuotedSpan(start, end, at, None, 0, grp))
    return None
