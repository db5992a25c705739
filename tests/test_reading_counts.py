"""Reading: word counts, letters and syllables as the readability formulas need them."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.reading import WORD, _letters, readability, syllables, words_of


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_reading_letters_are_the_alphabetic_characters_of_the_words(text):
    words = WORD.findall(text)
    assert _letters(words) == sum(map(str.isalpha, "".join(words)))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "fr", "de", "es", "ru"]), st.integers(1, 5))
def test_reading_score_counts_each_words_syllables(text, lang, sentences):
    words = WORD.findall(text)
    got = readability(text, sentences, lang, words)
    if words:
        coefficients = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6), "de": (180.0, 1.0, 58.5),
                        "es": (206.835, 1.0, 62.3), "ru": (206.835, 1.3, 60.1)}
        base, a, b = coefficients[lang]
        spw = sum(syllables(w, lang) * times for w, times in Counter(words).items()) / len(words)
        assert got["score"] == round(base - a * len(words) / sentences - b * spw, 1)
    else:
        assert got is None


def test_reading_gulpease_on_an_italian_sentence():
    text = "Il sindaco ha firmato 3 ordinanze sull'acqua."
    words = WORD.findall(text)
    letters = sum(ch.isalpha() for ch in text)
    assert readability(text, 1, "it")["score"] == round(89 + (300 - 10 * letters) / len(words), 1)


def test_reading_syllables_are_vowel_groups():
    assert syllables("readability", "en") == 5
    assert syllables("giornale", "it") == 3  # "io" is one group
    assert syllables("make", "en") == 1  # a final silent e


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é_1²-'’ .,;:!?\"()[]«»“”„…\n\t\u00a0\u2009ſ٣Ⅻ"), max_size=80) | st.text(max_size=120))
def test_reading_words_of_finds_what_the_word_pattern_finds(text):
    assert words_of(text) == WORD.findall(text)
