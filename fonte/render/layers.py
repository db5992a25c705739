"""Overlapping findings flattened into non-overlapping segments of the text.

Findings overlap freely (a loaded word inside a quotation inside a narrative's evidence); HTML
elements cannot. The text is cut at every finding's start and end, and each piece carries the set
of findings that cover it, so the page can show all of them without breaking nesting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Mark:
    """One finding's extent: ``fid`` indexes the caller's list of findings."""

    start: int
    end: int
    fid: int


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    fids: tuple[int, ...]  # the findings covering the whole segment, ascending


def split(length: int, marks: Iterable[Mark], cuts: Iterable[int] = ()) -> list[Segment]:
    """Cut ``[0, length)`` into consecutive segments at every mark edge and every extra cut.

    Marks are clipped to the text; empty ones are ignored. Runs in O(boundaries + total coverage).
    """
    starting: dict[int, list[int]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    bounds = {0, length}
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start >= end:
            continue
        starting[start].append(m.fid)
        ending[end].append(m.fid)
        bounds.update((start, end))
    bounds.update(c for c in cuts if 0 <= c <= length)
    ordered = sorted(bounds)
    active: set[int] = set()
    segments = []
    for here, nxt in zip(ordered, ordered[1:]):
        active.difference_update(ending.get(here, ()))
        active.update(starting.get(here, ()))
        segments.append(Segment(here, nxt, tuple(sorted(active))))
    return segments
