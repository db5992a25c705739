"""A case-insensitive pattern matched once per article, then looked up range by range.

``PatternHits(pattern, text, folded).finditer(lo, hi)`` returns what ``pattern.finditer(text, lo, hi)``
returns, without searching every range again: the pattern runs once, without ``re.IGNORECASE``, over
the article lower-cased with its offsets kept (several times faster in Python's engine), and each hit
is matched again on the real text, so the match objects are the pattern's own. Where a lookup could
differ from a search of the range alone (a hit across the range's ends, a word going on past its end,
a character the lower-cased text does not match as ``re.IGNORECASE`` would), the range is searched.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from fonte.analyze.technique_rules.terms import fold
from fonte.model import Span

#: What the cue patterns' word-boundary lookarounds test: a hit may end at a range end only before none of these.
_WORD_GOES_ON = re.compile(r"[\w’'-]")
# Keyed by id: hashing a compiled pattern hashes its whole code (tens of KB for a cue alternation).
# The patterns are cached per language and live as long as the process.
#: id(pattern) -> the same without re.IGNORECASE, for folded text
_LOWER: dict[int, re.Pattern[str]] = {}
#: id(pattern) -> character -> whether the folded text matches it as re.IGNORECASE matches the character
_SAFE: dict[int, dict[str, bool]] = {}


def _lower(pattern: re.Pattern[str]) -> re.Pattern[str]:
    lower = _LOWER.get(id(pattern))
    if lower is None:
        lower = _LOWER[id(pattern)] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return lower


def _folds_alike(pattern: re.Pattern[str], chars: set[str]) -> bool:
    """Every character of ``chars``, folded, equals exactly the pattern's literals it matches case-insensitively.

    Not so for a few letters with extra case equivalents ("ſ" matches "s" under re.IGNORECASE, its fold does not).
    """
    known = _SAFE.setdefault(id(pattern), {})
    for ch in chars:
        safe = known.get(ch)
        if safe is None:
            literals = {c for c in pattern.pattern if c.isalpha()}
            low = fold(ch)
            safe = all((low == y) == bool(re.fullmatch(re.escape(y), ch, re.IGNORECASE)) for y in literals)
            known[ch] = safe
        if not safe:
            return False
    return True


class PatternHits:
    """One pattern's hits in one text, for range lookups."""

    def __init__(self, pattern: re.Pattern[str], text: str, folded: str, chars: set[str]) -> None:
        self.pattern = pattern
        self.text = text
        self.starts: list[int] | None = None  # None: search every range
        if len(folded) == len(text) and _folds_alike(pattern, chars):
            hits = list(_lower(pattern).finditer(folded))
            self.starts = [m.start() for m in hits]
            self.ends = [m.end() for m in hits]

    def finditer(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The matches ``self.pattern.finditer(self.text, lo, hi)`` yields."""
        starts, text = self.starts, self.text
        if starts is None:
            return list(self.pattern.finditer(text, lo, hi))
        ends = self.ends
        i = bisect_left(starts, lo)
        if i > 0 and ends[i - 1] > lo:
            return list(self.pattern.finditer(text, lo, hi))  # a hit across the start: the range may hold others
        j = bisect_left(starts, hi, i)
        if j == i and (hi >= len(text) or not _WORD_GOES_ON.match(text, hi)):
            return []  # the common case: no hit, and no word cut at the range's end that could end one
        if (j > i and ends[j - 1] > hi) or (hi < len(text) and _WORD_GOES_ON.match(text, hi)):
            return list(self.pattern.finditer(text, lo, hi))  # a hit across the end, or a word cut there
        found = []
        for k in range(i, j):
            m = self.pattern.match(text, starts[k], hi)
            if m is None or m.end() != ends[k]:
                return list(self.pattern.finditer(text, lo, hi))
            found.append(m)
        return found

    def touched(self, los: list[int], his: list[int]) -> set[int] | None:
        """Indexes of the ranges ``[los[k], his[k])`` (sorted, disjoint) that a hit starts in or runs into.

        Any other range whose end cuts no word gets nothing from ``finditer``. None: every range may.
        """
        starts = self.starts
        if starts is None:
            return None
        out: set[int] = set()
        for a, b in zip(starts, self.ends):
            k = bisect_right(los, a) - 1
            if k >= 0 and a < his[k]:
                out.add(k)
            k += 1
            while k < len(los) and los[k] < b:  # a hit running over a range's start
                out.add(k)
                k += 1
        return out


class ArticleHits:
    """``PatternHits`` of several patterns over one text, each made at its first lookup."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.chars = set(text)
        self._hits: dict[int, PatternHits] = {}  # by id(pattern)

    def of(self, pattern: re.Pattern[str]) -> PatternHits:
        hits = self._hits.get(id(pattern))
        if hits is None:
            hits = self._hits[id(pattern)] = PatternHits(pattern, self.text, self.folded, self.chars)
        return hits

    def finditer(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        return self.of(pattern).finditer(lo, hi)

    def busy(self, patterns: list[re.Pattern[str]], ranges: list[Span]) -> list[bool]:
        """Per range (sorted, disjoint): whether a lookup of some pattern within it may find anything.

        False guarantees ``finditer(pattern, lo, hi)`` is empty for every ``[lo, hi)`` inside the range
        that ends where the range ends: the few ranges holding a cue are found in one pass over the hits,
        and the others skipped.
        """
        text, n = self.text, len(self.text)
        los = [r.start for r in ranges]
        his = [r.end for r in ranges]
        if any(his[k] > los[k + 1] for k in range(len(los) - 1)) or any(lo > hi for lo, hi in zip(los, his)):
            return [True] * len(ranges)  # not sorted and disjoint: no shortcut
        # A range whose end cuts a word is searched on its own by finditer: it may hold a hit the text has not.
        busy = [hi < n and _WORD_GOES_ON.match(text, hi) is not None for hi in his]
        for pattern in patterns:
            touched = self.of(pattern).touched(los, his)
            if touched is None:
                return [True] * len(ranges)
            for k in touched:
                busy[k] = True
        return busy
