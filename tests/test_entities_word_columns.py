"""The entity analyser's fast word columns and gap tests agree with the plain regex reading."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import entities
from fonte.analyze.entity_lexicon import _GAP, _INITIAL_GAP, _NAME_GAP, joined, joined_gap, lexicon
from fonte.analyze.entity_names import Words

_WORD = re.compile(r"\w+")
# Letters of several scripts, digits, accents, punctuation, spaces and line breaks.
_PIECES = list("aZé9_ ИкßĲ.,;:-‐'’«»\"“\n\t\u00a0—()ǅ\u0301") + ["la ", "Roma", "J. ", "U.S"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _joined_reference(text: str, end: int, start: int, quotes: bool) -> bool:
    gap = text[end:start]
    if (_GAP if quotes else _NAME_GAP).fullmatch(gap):
        return True
    return _INITIAL_GAP.fullmatch(gap) is not None and end >= 1 and text[end - 1].isupper() and (end < 2 or not text[end - 2].isalpha())


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_word_columns_match_a_plain_word_search(text):
    lex = lexicon("it")
    words = Words.of(text, lex)
    found = list(_WORD.finditer(text))
    assert words.texts == [m.group() for m in found]
    assert words.starts == [m.start() for m in found]
    assert words.ends == [m.end() for m in found]
    assert words.keys == [lex.key(m.group()) for m in found]
    assert words.gaps == [text[m.end() : nxt.start()] for m, nxt in zip(found, found[1:])] + ([text[found[-1].end() :]] if found else [])


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans())
def test_memoised_gap_test_matches_the_regular_expressions(text, quotes):
    words = Words.of(text, lexicon("en"))
    for k in range(len(words) - 1):
        expected = _joined_reference(text, words.ends[k], words.starts[k + 1], quotes)
        assert joined_gap(text, words.ends[k], words.gaps[k], quotes) == expected
        assert joined(text, words.ends[k], words.starts[k + 1], quotes) == expected


def test_a_form_is_found_after_an_article_that_opens_no_form():
    # "la" opens outlet names ("La Repubblica") but not "la Russia": the country is still found.
    text = "Titolo\n\nIeri la Russia ha risposto."
    lex = lexicon("it")
    found = entities.match_forms(text, Words.of(text, lex), lex)
    assert [(text[m.start : m.end], m.target.kind) for m in found] == [("Russia", "country")]


# Words that open forms of one or more words in Italian ("la" opens outlet names), and others.
_FORM_WORDS = st.lists(st.sampled_from(["la", "La", "Repubblica", "Russia", "russo", "Casa", "Bianca", "ministro", "degli", "Esteri", "ieri", "Mosca", "Stampa", "e"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_FORM_WORDS)
def test_form_openers_keep_every_word_a_form_starts_at(pieces):
    lex = lexicon("it")
    words = Words.of(" ".join(pieces), lex)
    keys = words.keys
    found = list(entities.form_openers(keys, lex))
    openers = [i for i, _ in found]
    starts_a_form = [i for i in range(len(keys)) if any(tuple(keys[i : i + size]) in lex.table for size in range(1, lex.longest.get(keys[i], 0) + 1))]
    assert set(starts_a_form) <= set(openers) <= {i for i, key in enumerate(keys) if key in lex.longest}
    assert openers == sorted(openers)
    for i, longest in found:  # every form opening at i has at most ``longest`` words
        assert all(tuple(keys[i : i + size]) not in lex.table for size in range(longest + 1, min(lex.longest[keys[i]], len(keys) - i) + 1))
