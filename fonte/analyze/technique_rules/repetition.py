"""Repetition: the headline, whole sentences or long phrases said again inside one article.

Language-independent: it compares normalised word sequences, never meanings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import repeat

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


def _finding(ctx: ArticleContext, start: int, end: int, count: int, what: str, by: str, conf: float) -> Technique:
    return Technique(_TECHNIQUE, ctx.text[start:end], start, end, conf,
                     f"the same {what} appears {count} times in the article", by)


def find(ctx: ArticleContext) -> list[Technique]:
    text = ctx.text
    # Folding keeps offsets and never turns a word character into another kind, so the words of the
    # folded text are the text's words: their strings come from one C-level findall per sentence, and
    # match objects (offsets) are made only for the few sentences that repeat.
    folded = ctx.folded.replace("’", "'")
    keys = [tuple(_WORD.findall(folded, s.start, s.end)) for s in ctx.sentences]
    found: list[Technique] = []
    # Sentences never overlap, so a phrase can only lie inside the repeated sentence it belongs to.
    covered: dict[int, tuple[int, int]] = {}  # repeated sentence -> its span
    # Whole sentences (the title counts as one) said more than once.
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for si, key in enumerate(keys):
        if len(key) >= MIN_WORDS:
            by_key[key].append(si)
    for sentences in by_key.values():
        if len(sentences) > 1:
            for si in sentences:
                words = _words(text, ctx.sentences[si].start, ctx.sentences[si].end)
                start, end = words[0].start(), words[-1].end()
                found.append(_finding(ctx, start, end, len(sentences), "sentence", "rule:repeated-sentence", 0.6))
                covered[si] = (start, end)
    # Long phrases repeated elsewhere: index every MIN_PHRASE_WORDS-gram of each sentence once
    # (linear), then report each maximal run of repeated words no repeated sentence covers.
    n = MIN_PHRASE_WORDS
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for si, key in enumerate(keys):
        for i in range(len(key) - n + 1):
            grams[key[i:i + n]].append((si, i))
    repeats: dict[int, list[int]] = {}  # sentence -> times each of its words is repeated (0: not)
    for positions in grams.values():
        times = len(positions)
        if times > 1:
            for si, i in positions:
                marked = repeats.get(si)
                if marked is None:
                    marked = repeats[si] = [0] * len(keys[si])
                marked[i:i + n] = map(max, marked[i:i + n], repeat(times, n))
    for si, marked in sorted(repeats.items()):
        words = _words(text, ctx.sentences[si].start, ctx.sentences[si].end)
        cs, ce = covered.get(si, (0, -1))
        for first, last in _runs([j for j, times in enumerate(marked) if times]):
            start, end = words[first].start(), words[last].end()
            if not (cs <= start and end <= ce):
                count = max(marked[first:last + 1])
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
