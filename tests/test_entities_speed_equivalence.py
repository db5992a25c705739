"""The entity analyser's shortcuts agree with the plain definitions they replace, on arbitrary text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.entity_lexicon import Memo, lexicon, stem, strip_accents
from fonte.analyze.entity_names import Words, _roman

# Latin, accented, Cyrillic and Greek letters, both cases, combining marks, digits and separators.
_PIECES = list("aAéÉiIvVxXмМйЙёЁσΣςßǅ\u0301\u0308_9 .,-'’\n") + ["Roma", "il ", "Ministero ", "IV", "The "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IVXLCDMivxABN", max_size=8))
def test_roman_numerals_are_words_of_numeral_letters_only(word):
    assert _roman(word) == all(ch in "IVXLCDM" for ch in word)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["it", "ru", "de"]))
def test_memoised_word_keys_equal_the_computed_key(text, lang):
    # The memo stores a key equal to its word as the word itself: the value must still be the key.
    lex = lexicon(lang)
    words = Words.of(text, lex)
    assert words.keys == [stem(word, lex.endings) for word in words.texts]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_accents_dropped_by_translation_match_a_per_character_filter(word):
    decomposed = unicodedata.normalize("NFD", word.casefold())
    assert strip_accents(word) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_memo_returns_the_computed_value_and_keeps_it_bounded():
    memo = Memo(str.casefold, 2)
    assert [memo["Roma"], memo["roma"], memo["ROMA"], memo["ROMA"]] == ["roma"] * 4
    assert len(memo) == 2
    assert memo["roma"] is next(key for key in memo if key == "roma")  # a key equal to its word is the word
