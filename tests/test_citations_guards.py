"""Citation cues: the patterns spelt for speed match what the plainly spelt ones match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.citations import _caseless_literal, _cue_patterns, _expand, _guarded
from fonte.analyze.regex_first_chars import sequence_first
from fonte.lang import LANGUAGES, resource

FIELDS = ("before", "after", "cue_only", "unknown", "agency_hint", "byline", "credit_unknown")


def _vocabulary(lang: str) -> list[str]:
    """Words and marks of the language's own cue data, in several cases, and separators."""
    data = resource(lang, "citations")
    text = " ".join(str(v) for v in [*data.get("cues", {}).values(), *data.get("fragments", {}).values()])
    words = sorted(set(re.findall(r"[^\W\d_]+", text)))
    return words + [w.upper() for w in words[::5]] + [w.capitalize() for w in words[::3]] + [
        " ", " ", "  ", "\n", "'", "’", ",", ".", ":", "-", "Reuters", "Ansa", "Xyz", "«", "»", "1"]


def _spans(m: re.Match[str] | None):
    return None if m is None else (m.span(), {k: m.span(k) for k in m.groupdict()})


def _cue_texts(lang: str) -> list[str]:
    """The language's cue patterns, as data, with fragments inserted."""
    data = resource(lang, "citations")
    return [_expand(p, data.get("fragments", {})) for key, ps in data.get("cues", {}).items() if isinstance(ps, list) for p in ps]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_citations_fast_cues_match_as_plain_ones(data):
    lang = data.draw(st.sampled_from(LANGUAGES))
    vocabulary = st.sampled_from(_vocabulary(lang))
    # Strings that match a cue, between random words of the cue data: the patterns have work to do.
    cue = st.sampled_from(_cue_texts(lang)).flatmap(lambda p: st.from_regex(re.compile(p, re.IGNORECASE), fullmatch=True))
    pieces = data.draw(st.lists(st.one_of(vocabulary, vocabulary, cue), max_size=12))
    text = "".join(pieces)
    guarded, plain = _cue_patterns(lang, fast=True), _cue_patterns(lang, fast=False)
    for field in FIELDS:
        a, b = getattr(guarded, field), getattr(plain, field)
        if b is None:
            assert a is None
            continue
        assert _spans(a.search(text)) == _spans(b.search(text))
        assert _spans(a.match(text)) == _spans(b.match(text))
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_citations_first_chars_of_a_pattern():
    def first(p):
        return sequence_first(re._parser.parse(p, re.IGNORECASE).data, ignore_case=True)

    assert first(r"(?:lo )?(?:riferisce|riporta)") == ({"l", "r"}, False)
    assert first(r"a[bc]?d") == ({"a"}, False)
    assert first(r"[x-z]+\s") == ({"x", "y", "z"}, False)
    assert first(r"(?:ab)?") == ({"a"}, True)
    assert first(r"\w+") is None
    assert first(r"(?<!\w)secondo") == ({"s"}, False)


def test_citations_guard_is_left_out_where_first_chars_are_unknown():
    assert _guarded(r"\s*x", re.IGNORECASE) == r"(?:\s*x)"
    assert _guarded(r"(?:da)?", re.IGNORECASE) == r"(?:(?:da)?)"
    assert _guarded("secondo", re.IGNORECASE) == "(?=[s])(?:secondo)"


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["agenzi", "agency", "agence", "agentur", "agencia", "агентств", "ſtar", "İl", "kelvin", "ǅx"]),
    st.lists(st.sampled_from(["a", "A", "g", "G", "ENZ", "enzi", "ency", "агентств", "АГЕНТСТВ", "Агент", "ств",
                              "ſ", "s", "S", "İ", "ı", "i", "I", "K", "k", "\u212a", "ǅ", "ǆ", "Ǆ", "x", " ", "-"]),
             max_size=20).map("".join),
)
def test_citations_caseless_literal_finds_what_ignorecase_finds(word, text):
    expected = [m.span() for m in re.compile(re.escape(word), re.IGNORECASE).finditer(text)]
    assert [m.span() for m in _caseless_literal(word).finditer(text)] == expected
