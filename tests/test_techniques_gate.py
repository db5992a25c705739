"""The free patterns' gate, each body behind a class of its first characters, opens where one body matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules.terms import _WordStarts, gate_pattern

# Bodies as the pass receives them (word-start lookbehinds taken off): literals and classes, letters
# with case equivalents (s/ſ, k/K), upper case, optional openings, empty-able and any-character openings,
# lookarounds of their own.
_BODIES = [r"ab\s+b", r"(?:sa|ka)(?!\w)", r"[xy]a", r"S\w", r"ſa", r"(?:a\s+)?b", r"\w++(?<=\wab)", r"(?:)",
           r"(?<![\w#])#\w+", r"k(?=a)", r"(?:x|y|)a", r"-?b", r"[^a\s]b"]


@given(st.lists(st.sampled_from(_BODIES), min_size=1, max_size=4, unique=True), st.booleans(),
       st.text(alphabet="abxykKsSſ #-\n.", max_size=40))
@settings(max_examples=800, deadline=None)
def test_techniques_gate_opens_where_a_body_matches(bodies, exact, text):
    flags = 0 if exact else re.IGNORECASE
    union = "|".join(f"(?:{body})" for body in bodies)
    expected = [m.start() for m in re.finditer(rf"(?<!\w)(?={union})", text, flags)]
    assert _WordStarts(None, gate_pattern(bodies)).offsets(text, exact) == ([], expected)


def test_techniques_gate_puts_first_characters_before_each_body():
    gate = gate_pattern([r"ab\s+b", r"\w+c"])
    assert gate.startswith("[a](?<=")  # the any-character opening keeps the whole gate unfiltered
    assert re.match(rf"(?={gate})", "ab b") and not re.match(rf"(?={gate})", "ab")
