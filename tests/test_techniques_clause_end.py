"""The clause-end pattern, written to open with a character class, finds what the plain alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules import cues

_PLAIN_CLAUSE_END = re.compile(r"[;:!?…\n”»\"]|\.(?=\s|$)")


@given(st.text(alphabet="a .;:!?…\n”»\"\t", max_size=40), st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=800, deadline=None)
def test_techniques_clause_end_matches_the_plain_alternation(text, pos, endpos):
    found = cues._CLAUSE_END.search(text, pos, endpos)
    expected = _PLAIN_CLAUSE_END.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in cues._CLAUSE_END.finditer(text)] == [m.span() for m in _PLAIN_CLAUSE_END.finditer(text)]


def test_techniques_clause_end_takes_a_full_stop_only_before_a_space_or_the_end():
    assert [m.start() for m in cues._CLAUSE_END.finditer("3.5 m. Fine; ok.")] == [5, 11, 15]
