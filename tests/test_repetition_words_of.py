"""Repetition reads each sentence's words with reading's token scan: the words its own pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.reading import words_of
from fonte.analyze.technique_rules.repetition import _WORD


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é_1²-'’ .,;:!?\"()[]«»“”„…\n\t\u00a0\u2009ſ٣Ⅻ"), max_size=80) | st.text(max_size=120))
def test_repetition_words_are_the_word_pattern_matches(text):
    assert words_of(text) == _WORD.findall(text)
