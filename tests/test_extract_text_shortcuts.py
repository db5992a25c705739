"""Plain-text extraction's shortcuts give what the straightforward code gives."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.extract import text as plain
from fonte.lang import LANGUAGES, resource


def test_extract_whitespace_other_than_the_space_is_never_printable():
    # collapsed_spaces returns a printable line as it is: that needs every other whitespace character
    # to be unprintable, in this Python's Unicode database.
    printable_spaces = [hex(c) for c in range(sys.maxunicode + 1)
                        if chr(c).isspace() and chr(c) != " " and chr(c).isprintable()]
    assert printable_spaces == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["word", "é", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85",
                                 "\u200b", "\xad", "."]), max_size=30).map("".join) | st.text(max_size=80))
def test_extract_collapsed_spaces_is_split_and_join(line):
    assert plain.collapsed_spaces(line) == " ".join(line.split())


def test_extract_every_reading_time_pattern_states_minutes_in_digits():
    patterns = [p for lang in LANGUAGES for p in resource(lang, "segments").get("reading_time", [])]
    assert patterns and all(r"(?P<m>\d" in p for p in patterns)


def _reference_minutes(line: str) -> int | None:
    if len(line) > 60:
        return None
    for pat in plain._reading_time_patterns():
        m = pat.match(line)
        if m:
            return int(m.group("m"))
    return None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["5", "12", "٣", " ", "min", "minuti", "read", "Lesezeit", ":", "мин", "чтения",
                                 "lettura", "di", "de lecture", "x"]), max_size=8).map(" ".join))
def test_extract_reading_time_digit_gate_changes_no_answer(line):
    assert plain.stated_reading_minutes(line) == _reference_minutes(line)
