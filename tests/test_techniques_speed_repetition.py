"""Repetition's word pattern: the possessive form finds exactly the words the plain form finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules import repetition

_PLAIN_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@given(st.text(alphabet="ab1_-'’ .é\nя—", max_size=60), st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=800, deadline=None)
def test_techniques_speed_repetition_words_match_the_plain_pattern(text, lo, hi):
    assert [m.span() for m in repetition._WORD.finditer(text)] == [m.span() for m in _PLAIN_WORD.finditer(text)]
    assert repetition._WORD.findall(text, lo, hi) == _PLAIN_WORD.findall(text, lo, hi)


def test_techniques_speed_repetition_words_keep_joined_words_whole():
    assert repetition._WORD.findall("co-op it's l’uomo a--b x- 'y") == ["co-op", "it's", "l’uomo", "a", "b", "x", "y"]
