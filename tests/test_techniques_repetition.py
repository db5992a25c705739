"""Repetition: the fast finder reports exactly what a word-by-word marking of repeated n-grams reports."""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules import repetition
from fonte.analyze.technique_rules.context import ArticleContext
from fonte.analyze.technique_rules.terms import fold
from fonte.model import Span


def _context(text: str, cuts: list[int]) -> ArticleContext:
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    sentences = [Span(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
    ctx = ArticleContext(text, fold(text), sentences, frozenset())
    ctx._starts = [s.start for s in sentences]
    return ctx


def _reference(ctx: ArticleContext) -> list[tuple[int, int, str]]:
    """Mark every word of every repeated n-gram, then report maximal runs outside repeated sentences."""
    word = repetition._WORD
    folded = ctx.folded.replace("’", "'")
    keys = [tuple(word.findall(folded, s.start, s.end)) for s in ctx.sentences]
    found = []
    covered = {}
    by_key = defaultdict(list)
    for si, key in enumerate(keys):
        if len(key) >= repetition.MIN_WORDS:
            by_key[key].append(si)
    for group in by_key.values():
        if len(group) > 1:
            for si in group:
                words = list(word.finditer(ctx.text, ctx.sentences[si].start, ctx.sentences[si].end))
                covered[si] = (words[0].start(), words[-1].end())
                found.append((words[0].start(), words[-1].end(), f"sentence {len(group)}"))
    n = repetition.MIN_PHRASE_WORDS
    grams = defaultdict(list)
    for si, key in enumerate(keys):
        for i in range(len(key) - n + 1):
            grams[key[i:i + n]].append((si, i))
    marked = {si: [0] * len(key) for si, key in enumerate(keys)}
    for positions in grams.values():
        if len(positions) > 1:
            for si, i in positions:
                for j in range(i, i + n):
                    marked[si][j] = max(marked[si][j], len(positions))
    for si, marks in marked.items():
        words = list(word.finditer(ctx.text, ctx.sentences[si].start, ctx.sentences[si].end))
        j = 0
        while j < len(marks):
            if not marks[j]:
                j += 1
                continue
            k = j
            while k + 1 < len(marks) and marks[k + 1]:
                k += 1
            start, end = words[j].start(), words[k].end()
            cs, ce = covered.get(si, (0, -1))
            if not (cs <= start and end <= ce):
                found.append((start, end, f"phrase {max(marks[j:k + 1])}"))
            j = k + 1
    return sorted(found)


# Few distinct words, so that sentences and long phrases repeat; marks that join words or end sentences.
_pieces = st.one_of(
    st.sampled_from(["war ", "Peace ", "war ", "peace "]),
    st.sampled_from(["the", "ſtate", "İl", "x_1", "it's", "it’s", "co-op", "-", "'", " ", ". ", "! ", "\n", "«", "»",
                     "—", "3", "é"]),
)
_sentence = st.one_of(
    st.lists(_pieces, max_size=30).map("".join),
    st.sampled_from(["war and peace and war and peace again.", "«The war, the peace, the war and the peace.»"]),
)


@given(st.lists(_sentence, max_size=12), st.lists(st.integers(min_value=0, max_value=2_000), max_size=3))
@settings(max_examples=300, deadline=None)
def test_techniques_repetition_matches_word_marking_reference(sentences, cuts):
    text = " ".join(sentences)
    if not text:
        return
    ends = [sum(len(s) + 1 for s in sentences[:k + 1]) - 1 for k in range(len(sentences))]
    ctx = _context(text, ends + cuts)
    found = sorted((t.start, t.end, t.explanation.split()[2] + " " + t.explanation.split()[4])
                   for t in repetition.find(ctx))
    assert found == _reference(ctx)
    for t in repetition.find(ctx):
        assert text[t.start:t.end] == t.text


def test_techniques_repetition_phrase_said_twice_is_found_once_per_place():
    phrase = "the minister said the new tax would ruin every family in the country"
    text = f"Yesterday {phrase} again. Critics recalled that {phrase} last year."
    ctx = _context(text, [text.index("Critics")])
    found = [t for t in repetition.find(ctx) if t.by == "rule:repeated-phrase"]
    assert [t.text for t in found] == [phrase, phrase]


def test_techniques_repetition_two_repeated_phrases_side_by_side_are_one_stretch():
    first = "one two three four five six seven eight"
    second = "alpha beta gamma delta epsilon zeta eta theta"
    text = f"{first} {second}. Then {first} here. And {second} there."
    ctx = _context(text, [text.index("Then"), text.index("And")])
    found = [t.text for t in repetition.find(ctx) if t.by == "rule:repeated-phrase"]
    assert found == [f"{first} {second}", first, second]


def test_techniques_repetition_word_character_test_is_regex_word():
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert repetition._is_word_char(ch) == bool(word.match(ch)), hex(code)
