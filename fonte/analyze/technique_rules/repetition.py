"""Repetition: the headline, whole sentences or long phrases said again inside one article.

Language-independent: it compares normalised word sequences, never meanings.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain, islice

from fonte.analyze.reading import words_of
from fonte.analyze.technique_rules.context import ArticleContext
from fonte.model import Span, Technique

#: A repeated stretch must be at least this many words to count as a technique, not a turn of phrase.
MIN_WORDS = 5
#: Longer phrases (not whole sentences) must reach this many words: short ones recur naturally.
MIN_PHRASE_WORDS = 8
#: A word: letters and digits, joined by hyphens and apostrophes. Possessive: the greedy match is the
#: only one (nothing follows to backtrack for), and the engine keeps no backtracking state.
_WORD = re.compile(r"\w++(?:[-'’]\w++)*+")
_TECHNIQUE = "Repetition"
#: In a sentence's bytes (1 for a word said once in the article), MIN_PHRASE_WORDS or more words said again.
_STRETCH = re.compile(rb"\x00{%d,}" % MIN_PHRASE_WORDS)


def _finding(ctx: ArticleContext, start: int, end: int, count: int, what: str, by: str, conf: float) -> Technique:
    return Technique(_TECHNIQUE, ctx.text[start:end], start, end, conf,
                     f"the same {what} appears {count} times in the article", by)


def find(ctx: ArticleContext) -> list[Technique]:
    text, sentences = ctx.text, ctx.sentences
    # Folding keeps offsets and never turns a word character into another kind, so the words of the
    # folded text are the text's words: their strings come from each sentence's whitespace-separated
    # tokens (``words_of``: most are one word as they stand, which is faster than a regex pass), and
    # offsets are read only where a finding needs them.
    folded = ctx.folded.replace("’", "'")
    keys = [tuple(words_of(folded[s.start:s.end])) for s in sentences]
    found: list[Technique] = []
    # Whole sentences (the title counts as one) said more than once.
    by_key: dict[tuple[str, ...], list[int]] = {}
    for si, key in enumerate(keys):
        if len(key) >= MIN_WORDS:
            group = by_key.get(key)
            if group is None:
                by_key[key] = [si]
            else:
                group.append(si)
    # Sentences never overlap and a repeated sentence is reported whole, so no phrase inside one is.
    for group in by_key.values():
        if len(group) > 1:
            for si in group:
                start, end = _word_bounds(text, sentences[si])
                found.append(_finding(ctx, start, end, len(group), "sentence", "rule:repeated-sentence", 0.6))
    # Long phrases repeated elsewhere: index every MIN_PHRASE_WORDS-gram of each sentence once
    # (linear), a sentence said several times once for all its copies, then report each maximal run of
    # repeated words outside the repeated sentences.
    n = MIN_PHRASE_WORDS
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)  # n-gram -> (sentence, first word)
    in_repeated: dict[tuple[str, ...], int] = defaultdict(int)  # n-gram -> times in repeated sentences
    # A word said once in the sentences of n words or more (a repeated one counted once: its words are
    # said again anyway) is in no repeated n-gram: only the stretches of n words or more without one are
    # indexed (a few percent of a news article's n-grams), found in C.
    word_count = Counter(chain.from_iterable(key for key in by_key if len(key) >= n))
    said_once = {word for word, count in word_count.items() if count == 1}
    for key, group in by_key.items():  # every sentence of n words or more
        if len(group) == 1:
            if len(key) < n:
                continue
            si = group[0]
            for stretch in _STRETCH.finditer(bytes(map(said_once.__contains__, key))):
                for i in range(stretch.start(), stretch.end() - n + 1):
                    grams[key[i:i + n]].append((si, i))
        else:
            for i in range(len(key) - n + 1):
                in_repeated[key[i:i + n]] += len(group)
    repeated: dict[int, list[tuple[int, int]]] = defaultdict(list)  # sentence -> (first word, times) of its repeated grams
    for gram, positions in grams.items():
        times = len(positions) + in_repeated.get(gram, 0) if in_repeated else len(positions)
        if times > 1:
            for si, i in positions:
                repeated[si].append((i, times))
    for si in sorted(repeated):
        runs = _runs(sorted(repeated[si]), n)
        words = list(islice(_WORD.finditer(text, sentences[si].start, sentences[si].end), runs[-1][1] + 1))
        for first, last, count in runs:
            found.append(_finding(ctx, words[first].start(), words[last].end(), count, "phrase",
                                  "rule:repeated-phrase", 0.3))
    return found


def _word_bounds(text: str, sentence: Span) -> tuple[int, int]:
    """Where the first word of ``sentence`` starts and its last word ends (it has words)."""
    # A word starts at its first word character and ends with one; nothing outside the words is one.
    start, end = sentence.start, sentence.end
    while not _is_word_char(text[start]):
        start += 1
    while not _is_word_char(text[end - 1]):
        end -= 1
    return start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


def _runs(grams: list[tuple[int, int]], n: int) -> list[tuple[int, int, int]]:
    """Sorted (first word, times) of repeated ``n``-grams as maximal stretches of covered words: (first, last, most times)."""
    runs: list[list[int]] = []
    for i, times in grams:
        if runs and i <= runs[-1][1] + 1:
            run = runs[-1]
            run[1] = i + n - 1
            run[2] = max(run[2], times)
        else:
            runs.append([i, i + n - 1, times])
    return [(first, last, times) for first, last, times in runs]
