"""A case-insensitive pattern matched once per article, then looked up range by range.

``PatternHits(pattern, text, folded).finditer(lo, hi)`` returns what ``pattern.finditer(text, lo, hi)``
returns, without searching every range again: the pattern runs once, without ``re.IGNORECASE``, over
the article lower-cased with its offsets kept (several times faster in Python's engine), and each hit
is matched again on the real text, so the match objects are the pattern's own. Where a lookup could
differ from a search of the range alone (a hit across the range's ends, a word cut at its end,
a character the lower-cased text does not match as ``re.IGNORECASE`` would), the range is searched.

``ArticleHits(text, together)`` runs the patterns of ``together`` declared with ``by_letter`` (the
speech cues) in one pass: the engine enters its matcher at each character that can end a word, not at
every character, and there tries only the patterns with alternatives opening with the next letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from fonte.analyze.technique_rules.terms import fold
from fonte.model import Span

#: Besides letters and digits, what the cue patterns' word-boundary lookarounds (``[\w’'-]``) count as a word.
_WORD_MARKS = "_’'-"


def _cuts_word(text: str, hi: int) -> bool:
    """A range ending at ``hi`` cuts a word: searched alone it may hold a hit that the whole text has not.

    The cue patterns look past a hit only after a word character (the word-end test), so a range end
    after a blank or a mark ("said “", "told reporters that") cuts nothing.
    """
    if not 0 < hi < len(text):
        return False
    before, after = text[hi - 1], text[hi]
    # ``[\w’'-]`` without a regex call: \w is what str.isalnum() accepts, and "_"
    return (after.isalnum() or after in _WORD_MARKS) and (before.isalnum() or before in _WORD_MARKS)


_NONE: frozenset[int] = frozenset()  # shared by the ranges no pattern is near
# Keyed by id: hashing a compiled pattern hashes its whole code (tens of KB for a cue alternation).
# The patterns are cached per language and live as long as the process.
#: id(pattern) -> the same without re.IGNORECASE, for folded text
_LOWER: dict[int, re.Pattern[str]] = {}
#: id(pattern) -> character -> whether the folded text matches it as re.IGNORECASE matches the character
_SAFE: dict[int, dict[str, bool]] = {}
#: id(pattern) -> the letters it matches literally
_LITERALS: dict[int, set[str]] = {}
#: Escapes of character classes: their letters are no literals ("\w" matches no "w" in particular).
_CLASS_ESCAPES = frozenset("wWsSdDbB")


def _lower(pattern: re.Pattern[str]) -> re.Pattern[str]:
    lower = _LOWER.get(id(pattern))
    if lower is None:
        lower = _LOWER[id(pattern)] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return lower


def _folds_alike(pattern: re.Pattern[str], text: str) -> bool:
    """Every character of ``text``, folded, equals exactly the pattern's literals it matches case-insensitively.

    Not so for a few letters with extra case equivalents ("ſ" matches "s" under re.IGNORECASE, its fold does not).
    The characters of every text seen are judged once per pattern; a text is then searched for the bad ones.
    """
    known = _SAFE.setdefault(id(pattern), {})
    if len(_SEEN) > MAX_ALPHABET:
        chars: Iterable[str] = set(text)  # a script of thousands of characters: judge this text's own
    elif len(known) < len(_SEEN):
        chars = list(_SEEN)
    else:
        chars = ()
    for ch in chars:
        if ch not in known:
            literals = _literals(pattern)
            low = fold(ch)
            known[ch] = all((low == y) == _matches_ignoring_case(y, ch) for y in literals)
    if chars or id(pattern) not in _BAD:
        _BAD[id(pattern)] = [ch for ch, safe in known.items() if not safe]
    return not any(ch in text for ch in _BAD[id(pattern)])


@lru_cache(maxsize=1 << 16)  # every pattern of every language asks about the same letters and characters
def _matches_ignoring_case(letter: str, ch: str) -> bool:
    """Whether ``re.IGNORECASE`` matches the literal ``letter`` to the character ``ch``."""
    return bool(re.fullmatch(re.escape(letter), ch, re.IGNORECASE))


#: Every character of the texts seen (up to MAX_ALPHABET), and a pattern finding any other.
_SEEN: set[str] = set()
_UNSEEN: re.Pattern[str] | None = None
#: id(pattern) -> the characters seen that it does not fold alike
_BAD: dict[int, list[str]] = {}
#: Beyond this many distinct characters the characters are collected text by text.
MAX_ALPHABET = 3000


def _learn(text: str) -> None:
    """Add the characters of ``text`` to those seen: the test of folding is then one search per pattern."""
    global _UNSEEN
    if len(_SEEN) > MAX_ALPHABET or (_UNSEEN is not None and _UNSEEN.search(text) is None):
        return  # the common case: nothing new
    new = set(text) if _UNSEEN is None else set(_UNSEEN.findall(text))
    if new:
        _SEEN.update(new)
        _UNSEEN = re.compile("[^" + "".join(re.escape(c) for c in sorted(_SEEN)) + "]")


#: The word-start test every speech-cue pattern opens with, and the characters that pass it before them.
WORD_START = r"(?<![\w’'-])"
_BEFORE_WORD = r"[^\w’'-]"


def _listed_before_word() -> str:
    r"""``_BEFORE_WORD`` in a form the engine scans for faster: a class of listed characters and a lookbehind.

    Scanning for ``[^\w’'-]`` tests the Unicode category of every character. The class leaves out the word
    characters of the Latin, Greek and Cyrillic blocks by code point, so most of them fail a table lookup; the
    lookbehind then turns away the consumed character where it is a word character of another script.
    """
    word = [ch for ch in map(chr, range(0x530)) if re.fullmatch(_BEFORE_WORD, ch) is None]
    runs: list[list[str]] = []
    for ch in word:
        if runs and ord(ch) == ord(runs[-1][1]) + 1:
            runs[-1][1] = ch
        else:
            runs.append([ch, ch])
    listed = "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in runs)
    return f"[^{listed}’]{WORD_START}"


_BEFORE_WORD_LISTED = _listed_before_word()
#: id(pattern) -> first letter -> the pattern's alternatives opening with it, without it (``by_letter``)
_LETTERS: dict[int, dict[str, str]] = {}
#: id(pattern) -> first letter -> every character its alternatives may go on with, where that is known
_SECOND: dict[int, dict[str, str]] = {}
#: ids of patterns run together -> (the pass after a word-start character, the pass at the text start,
#: letter -> (index of the pattern, its group) for the patterns with alternatives opening with the letter)
_TOGETHER: dict[tuple[int, ...], tuple[re.Pattern[str], re.Pattern[str], dict[str, list[tuple[int, int]]]]] = {}


def by_letter(pattern: re.Pattern[str], table: dict[str, str], second: dict[str, str] | None = None) -> None:
    """Declare ``pattern`` as ``WORD_START`` and, for each letter of ``table``, the letter and what follows it.

    The alternatives of other letters cannot match where the pattern's first letter is one: patterns so
    declared can be matched together, entering at each word start only the patterns of its first letter.
    ``second``: for some letters, every character (folded) that the letter's alternatives can go on with.
    """
    _LETTERS[id(pattern)] = table
    _SECOND[id(pattern)] = second or {}


def _together(patterns: list[re.Pattern[str]]) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, list[tuple[int, int]]]]:
    """One pass for several declared patterns: at a word start, one alternative per first letter.

    The alternative of a letter tries what may follow it in every pattern as a lookahead (group g holds
    the pattern's match less its first letter) and succeeds when any pattern matched. The lookahead
    holds an empty alternative rather than being optional (``(?=(…))?``): the same groups, without the
    engine's repeat bookkeeping at every word start. Where every pattern of the letter declared the
    characters that can come second, a class of them goes first: most words ("the", "of", "is") fail it
    and skip the lookaheads, which cost most of the scan.
    """
    key = tuple(map(id, patterns))
    found = _TOGETHER.get(key)
    if found is None:
        groups: dict[str, list[tuple[int, int]]] = {}
        branches, g = [], 0
        letters = sorted({letter for p in patterns for letter in _LETTERS[id(p)]})
        for letter in letters:
            tries, some = "", "(?!)"
            second: set[str] | None = set()
            for k, p in enumerate(patterns):
                rest = _LETTERS[id(p)].get(letter)
                if rest is not None:
                    g += 1
                    groups.setdefault(letter, []).append((k, g))
                    tries += f"(?=({rest})|)"  # always passes; group g set where the pattern matched
                    chars = _SECOND.get(id(p), {}).get(letter)
                    second = None if second is None or chars is None else second | set(chars)
            for _, n in reversed(groups[letter]):
                some = f"(?({n})|{some})"  # at least one pattern matched here
            guard = "(?=[" + "".join(map(re.escape, sorted(second))) + "])" if second else ""
            branches.append(re.escape(letter) + guard + tries + some)
        body = "(?:" + "|".join(branches) + ")"
        found = _TOGETHER[key] = (re.compile(_BEFORE_WORD_LISTED + body), re.compile(body), groups)
    return found


def _scan_together(patterns: list[re.Pattern[str]], folded: str) -> list[list[tuple[int, int]]]:
    """Each pattern's (start, end) hits in ``folded`` as its own ``finditer`` gives them."""
    after, at_start, groups = _together(patterns)
    places = [(m, m.start() + 1) for m in after.finditer(folded)]
    first = at_start.match(folded)  # the text start passes the word-start test too
    if first is not None:
        places.insert(0, (first, 0))
    hits: list[list[tuple[int, int]]] = [[] for _ in patterns]
    ends = [0] * len(patterns)
    for m, at in places:
        for k, g in groups[folded[at]]:
            end = m.end(g)
            if end >= 0 and at >= ends[k]:  # finditer goes on after a hit: one inside it is none of its own
                hits[k].append((at, end))
                ends[k] = end
    return hits


def _literals(pattern: re.Pattern[str]) -> set[str]:
    """The letters of the pattern's source outside class escapes; with any other escape of a letter, every letter."""
    literals = _LITERALS.get(id(pattern))
    if literals is None:
        source, literals, i = pattern.pattern, set(), 0
        while i < len(source):
            if source[i] == "\\" and i + 1 < len(source):
                if source[i + 1].isalpha() and source[i + 1] not in _CLASS_ESCAPES:
                    literals = {c for c in source if c.isalpha()}  # "\x57", "\N{…}": a letter in disguise
                    break
                i += 2
                continue
            if source[i].isalpha():
                literals.add(source[i])
            i += 1
        _LITERALS[id(pattern)] = literals
    return literals


class PatternHits:
    """One pattern's hits in one text, for range lookups."""

    def __init__(self, pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]] | None) -> None:
        """``spans``: the pattern's hits in the folded text, None where its folding differs from re.IGNORECASE."""
        self.pattern = pattern
        self.text = text
        self.starts: list[int] | None = None  # None: search every range
        if spans is not None:
            self.starts = [a for a, _ in spans]
            self.ends = [b for _, b in spans]

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
        cut = _cuts_word(text, hi)
        if j == i and not cut:
            return []  # the common case: no hit, and no word cut at the range's end that could end one
        if (j > i and ends[j - 1] > hi) or cut:
            return list(self.pattern.finditer(text, lo, hi))  # a hit across the end, or a word cut there
        found = []
        for k in range(i, j):
            m = self.pattern.match(text, starts[k], hi)
            if m is None or m.end() != ends[k]:
                return list(self.pattern.finditer(text, lo, hi))
            found.append(m)
        return found

    def search(self, lo: int, hi: int) -> re.Match[str] | None:
        """What ``self.pattern.search(self.text, lo, hi)`` returns."""
        starts, text = self.starts, self.text
        if starts is None:
            return self.pattern.search(text, lo, hi)
        i = bisect_left(starts, lo)
        if (i > 0 and self.ends[i - 1] > lo) or _cuts_word(text, hi):
            return self.pattern.search(text, lo, hi)  # a hit across the start, or a word cut at the end
        if i == len(starts) or starts[i] >= hi:
            return None
        m = self.pattern.match(text, starts[i], hi)
        if m is None or m.end() != self.ends[i]:
            return self.pattern.search(text, lo, hi)  # a hit across the end, or one folding apart
        return m

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
    """``PatternHits`` of several patterns over one text, each made at its first lookup.

    The patterns of ``together`` that can be are matched in one pass, at the first lookup of any of them.
    """

    def __init__(self, text: str, together: Sequence[re.Pattern[str]] = ()) -> None:
        self.text = text
        self.folded = fold(text)
        _learn(text)
        self.together = [p for p in together if id(p) in _LETTERS]
        self._hits: dict[int, PatternHits] = {}  # by id(pattern)

    def of(self, pattern: re.Pattern[str]) -> PatternHits:
        hits = self._hits.get(id(pattern))
        if hits is None:
            if len(self.folded) != len(self.text):
                hits = self._hits[id(pattern)] = PatternHits(pattern, self.text, None)
            elif any(p is pattern for p in self.together):
                for p, spans in zip(self.together, _scan_together(self.together, self.folded)):
                    self._hits[id(p)] = PatternHits(p, self.text, spans if _folds_alike(p, self.text) else None)
                hits = self._hits[id(pattern)]
            else:
                spans = [m.span() for m in _lower(pattern).finditer(self.folded)]
                hits = PatternHits(pattern, self.text, spans if _folds_alike(pattern, self.text) else None)
                self._hits[id(pattern)] = hits
        return hits

    def finditer(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        return self.of(pattern).finditer(lo, hi)

    def search(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        return self.of(pattern).search(lo, hi)

    def near(self, patterns: list[re.Pattern[str] | None], ranges: list[Span]) -> list[frozenset[int]]:
        """Per range (sorted, disjoint): the indexes of the patterns a lookup within it may find anything of.

        An index left out guarantees ``finditer(pattern, lo, hi)`` is empty for every ``[lo, hi)`` inside the
        range that ends where the range ends: the few ranges holding a cue are found in one pass over the
        hits, and the others skipped. None stands for a pattern not searched: never near.
        """
        text = self.text
        los = [r.start for r in ranges]
        his = [r.end for r in ranges]
        every = frozenset(k for k, p in enumerate(patterns) if p is not None)
        if any(his[k] > los[k + 1] for k in range(len(los) - 1)) or any(lo > hi for lo, hi in zip(los, his)):
            return [every] * len(ranges)  # not sorted and disjoint: no shortcut
        near: dict[int, set[int]] = {}  # only the ranges some pattern touches
        for k, pattern in enumerate(patterns):
            if pattern is None:
                continue
            touched = self.of(pattern).touched(los, his)
            for r in range(len(ranges)) if touched is None else touched:
                near.setdefault(r, set()).add(k)
        out = [_NONE] * len(ranges)
        for r, ks in near.items():
            out[r] = frozenset(ks)
        for r, hi in enumerate(his):
            if _cuts_word(text, hi):  # searched on its own by finditer: it may hold a hit the text has not
                out[r] = every
        return out
