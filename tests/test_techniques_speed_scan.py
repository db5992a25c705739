"""The term and free-pattern scan: case-sensitive patterns on folded text only where they match alike; one word-start pass."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.regex_first_chars import first_chars
from fonte.analyze.technique_rules.terms import FoldedCase, Lexicon, LexiconScan, _WordStarts, fold

# Pieces of patterns naming letters with extra case equivalents (s/ſ, i/ı, σ/ς, µ/μ, k/K), upper-case
# letters, classes, ranges and negated classes, as the language data may.
_PIECES = ["s", "i", "σ", "μ", "k", "K", "S", "é", "ß", "[sx]", "[a-k]", "[^si]", "[Σ]", r"\w", r"\s+", ".",
           "[а-я]", "ї", r"\x53", r"(?:is|ſt)", "(?i:S)"]
_pattern = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)
_text = st.text(alphabet="sSſiIıİσςΣµμkKKéÉßẞxaя Ї\n.", max_size=40)


@given(st.lists(_pattern, min_size=1, max_size=3), _text)
@settings(max_examples=600, deadline=None)
def test_techniques_speed_folded_case_serves_only_texts_matched_alike(patterns, text):
    folded = fold(text)
    case = FoldedCase(patterns)
    if case.serves(folded):
        for p in patterns:
            caseless = [m.span() for m in re.finditer(p, folded, re.IGNORECASE)]
            assert [m.span() for m in re.finditer(p, folded)] == caseless, p


def test_techniques_speed_folded_case_serves_plain_lower_case_text():
    case = FoldedCase([r"(?<!\w)either\s+[^,.;:!?\n]{2,60}\s+or\s+\w+", r"(?<!\w)l[\x27’]attenzione"])
    assert case.serves(fold("Either THE one or the Other, l’Attenzione. Città, perché 3 € «»"))


def test_techniques_speed_folded_case_refuses_text_with_a_case_equivalent_of_a_named_letter():
    case = FoldedCase([r"(?<!\w)us\s+them"])
    assert case.serves("us them")
    assert not case.serves("uſ them")  # "ſ" matches "s" under re.IGNORECASE only
    assert case.serves("us them again")  # judged once, the text's own characters decide


def test_techniques_speed_folded_case_refuses_upper_case_letters_and_back_references():
    assert not FoldedCase([r"(?<!\w)EU(?!\w)"]).serves("the eu")
    assert FoldedCase([r"(?<!\w)EU(?!\w)"]).serves("a dog")  # neither "e" nor "u"
    assert not FoldedCase([r"(x)y\1"]).serves("xyx")


_FREE = [r"(?<!\w)s\w+", r"(?<!\w)[a-k]s(?!\w)", r"(?<!\w)σ\s+ι", r"(?<!\w)Ab(?!\w)", r"(?<!\w)(x)y\1",
         r"(?<!\w)[^si]{2}", r"ſt", r"(?<!\w)i\s+(?:s|k)"]


@given(st.lists(st.lists(st.sampled_from(_FREE), min_size=1, max_size=3), min_size=1, max_size=3),
       st.text(alphabet="sSſiIıİσςΣιkKabxy \n.", max_size=60))
@settings(max_examples=400, deadline=None)
def test_techniques_speed_scan_free_matches_are_caseless_finditer_matches(raw, text):
    lexicons = [Lexicon([], patterns) for patterns in raw]
    folded = fold(text)
    found = LexiconScan(lexicons).free_matches(folded)
    assert [[m.span() for m in matches] for matches in found] == [
        [m.span() for m in lexicon.extra.finditer(folded)] for lexicon in lexicons]


_BODIES = [None, r"ab(?!\w)", r"(?:a|b\w*)", r"(?<!\w)[xy]\s+a", r"-?b", r"(?:)", r"ſ", r"\W"]


@given(st.sampled_from(_BODIES), st.sampled_from(_BODIES), st.booleans(), st.text(alphabet="abxyAB ſS-.\n’", max_size=40))
@settings(max_examples=500, deadline=None)
def test_techniques_speed_word_starts_are_the_lookbehind_offsets(terms, gate, exact, text):
    if terms is None and gate is None:
        return
    starts = _WordStarts(terms, gate)
    flags = 0 if exact else re.IGNORECASE

    def reference(body: str | None, flags: int) -> list[int]:
        return [m.start() for m in re.finditer(rf"(?<!\w)(?={body})", text, flags)] if body is not None else []

    assert starts.offsets(text, exact) == (reference(terms, 0), reference(gate, flags))


_FIRST_PIECES = ["a", "b", "[xy]", "[c-e]", r"\s+", r"\w", "(?:a|b)?", "(?:x|)", "c*", "d+", r"(?<!\w)", r"(?!a)", r"\b",
                 "(?:ab|ba)", "(?>a|c)", "[^a]", ".", "(?i:a)", "e{0,2}", "f{1,2}?"]


@given(st.lists(st.sampled_from(_FIRST_PIECES), min_size=1, max_size=4).map("".join), st.text(alphabet="abcdefxyAB -", max_size=30))
@settings(max_examples=600, deadline=None)
def test_techniques_speed_first_chars_hold_every_match_start(pattern, text):
    firsts = first_chars(pattern)
    if firsts is not None:
        for m in re.finditer(pattern, text):
            assert m.end() > m.start() and text[m.start()] in firsts, (pattern, m)


def test_techniques_speed_first_chars_of_a_cue_pattern():
    assert first_chars(r"(?:just|only)\s+a") == frozenset("jo")
    assert first_chars(r"(?:either\s+)?(?:you\x27re|you\s+are)") == frozenset("ey")
    assert first_chars(r"\w++(?<=\wissimo)") is None  # any word character
    assert first_chars(r"(?:a|b)?") is None  # may match nothing
