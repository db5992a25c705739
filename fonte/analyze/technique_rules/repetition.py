"""Repetition: the headline, whole sentences or long phrases said again inside one article.

Language-independent: it compares normalised word sequences, never meanings.
"""

from __future__ import annotations

import re
from collections import defaultdict

from fonte.analyze.technique_rules.context import ArticleContext
from fonte.model import Technique

#: A repeated stretch must be at least this many words to count as a technique, not a turn of phrase.
MIN_WORDS = 5
#: Longer phrases (not whole sentences) must reach this many words: short ones recur naturally.
MIN_PHRASE_WORDS = 8
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_TECHNIQUE = "Repetition"


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _key(folded: str, words: list[re.Match[str]]) -> tuple[str, ...]:
    return tuple(folded[w.start():w.end()] for w in words)


def _finding(ctx: ArticleContext, start: int, end: int, count: int, what: str, by: str, conf: float) -> Technique:
    return Technique(_TECHNIQUE, ctx.text[start:end], start, end, conf,
                     f"the same {what} appears {count} times in the article", by)


def find(ctx: ArticleContext) -> list[Technique]:
    text = ctx.text
    folded = ctx.folded.replace("’", "'")
    found: list[Technique] = []
    covered: list[tuple[int, int]] = []
    # Whole sentences (the title counts as one) said more than once.
    by_key: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    sentence_words = []
    for s in ctx.sentences:
        words = _words(text, s.start, s.end)
        sentence_words.append(words)
        if len(words) >= MIN_WORDS:
            by_key[_key(folded, words)].append((words[0].start(), words[-1].end()))
    for spans in by_key.values():
        if len(spans) > 1:
            for start, end in spans:
                found.append(_finding(ctx, start, end, len(spans), "sentence", "rule:repeated-sentence", 0.6))
                covered.append((start, end))
    # Long phrases repeated elsewhere: index every MIN_PHRASE_WORDS-gram of each sentence once
    # (linear), then report each maximal run of repeated words no repeated sentence covers.
    n = MIN_PHRASE_WORDS
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for si, words in enumerate(sentence_words):
        keys = _key(folded, words)
        for i in range(len(words) - n + 1):
            grams[keys[i:i + n]].append((si, i))
    repeats: dict[int, dict[int, int]] = defaultdict(dict)  # sentence -> word -> times repeated
    for positions in grams.values():
        if len(positions) > 1:
            for si, i in positions:
                for j in range(i, i + n):
                    repeats[si][j] = max(repeats[si].get(j, 0), len(positions))
    for si, marked in sorted(repeats.items()):
        words = sentence_words[si]
        for first, last in _runs(sorted(marked)):
            start, end = words[first].start(), words[last].end()
            if not any(cs <= start and end <= ce for cs, ce in covered):
                count = max(marked[j] for j in range(first, last + 1))
                found.append(_finding(ctx, start, end, count, "phrase", "rule:repeated-phrase", 0.3))
    return found


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive stretches of sorted word indices, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
