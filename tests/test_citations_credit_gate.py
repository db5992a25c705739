"""Closing credits of unknown outlets are looked for only where their first word may start, and found
as a scan of every position finds them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.citations import _cue_patterns, _expand, _gated_finditer, _word_start_gate, cue_patterns
from fonte.lang import LANGUAGES, resource

CREDIT_LANGUAGES = [lang for lang in LANGUAGES if resource(lang, "citations").get("cues", {}).get("credit_unknown")]


def _credit_texts(lang: str) -> list[str]:
    data = resource(lang, "citations")
    return [_expand(p, data.get("fragments", {})) for p in data["cues"]["credit_unknown"]]


def _pieces(lang: str) -> list[str]:
    words = sorted(set(re.findall(r"[^\W\d_]+", " ".join(_credit_texts(lang)))))
    return words + [w.upper() for w in words] + [w.capitalize() for w in words] + [
        " ", "  ", "\t", "\n", "İ", "ı", "I", "i", "C", "c", "x", "El Diario", "Xyz", "«", "l’", "-", "1"]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_citations_gated_credit_scan_finds_what_the_full_scan_finds(data):
    lang = data.draw(st.sampled_from(CREDIT_LANGUAGES))
    credit = st.sampled_from(_credit_texts(lang)).flatmap(
        lambda p: st.from_regex(re.compile(p, re.IGNORECASE), fullmatch=True))
    text = "".join(data.draw(st.lists(st.one_of(st.sampled_from(_pieces(lang)), credit), max_size=14)))
    fast, plain = cue_patterns(lang), _cue_patterns(lang, fast=False)
    assert fast.credit_starts is not None and plain.credit_starts is None
    expected = [(m.span(), m.span("name")) for m in plain.credit_unknown.finditer(text)]
    found = [(m.span(), m.span("name")) for m in _gated_finditer(fast.credit_unknown, fast.credit_starts, text)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["secondo", "(?:da|de)\\s+x", "[a-c]y", "ſtar|İl"]),
       st.lists(st.sampled_from(["secondo", "SECONDO", "da x", "DE  X", "by", "Cy", "ſtar", "STAR", "il", "İl", "ıl",
                                 "x", " ", "-", "_", "é"]), max_size=12).map("".join))
def test_citations_word_start_gate_misses_no_match(pattern, text):
    full = re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)
    gate = _word_start_gate(pattern)
    assert [m.span() for m in _gated_finditer(full, gate, text)] == [m.span() for m in full.finditer(text)]


def test_citations_word_start_gate_is_left_out_where_first_chars_are_unknown():
    assert _word_start_gate(r"\w+ news") is None
    assert _word_start_gate(r"(?:da)?x") is not None
    assert _word_start_gate(r"(?:da)?") is None
