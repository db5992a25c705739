"""The cue scan's class of second letters turns away only words that no cue pattern can match."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import pattern_hits, speech_cues
from fonte.analyze.technique_rules.terms import fold

_LANGS = ["en", "it", "de", "fr", "ru", "es"]
# Cue words and their near misses ("sagt", "saïd"), pieces of words, and what separates words.
_PIECES = ["said", "says", "sagte", "told", "according", "ha", "has", "detto", "a", "declared", "заявил", "по", "selon",
           "dijo", "zufolge", "the", "of", "is", "sa", "s", "t", "ï", "ё", "’", "-", " ", ", ", "\n"]


def _cue_patterns(lang: str) -> list:
    cues = speech_cues.for_language(lang)
    found = [cues.speech, cues.stance, cues.after_quote, cues.according_pronoun, cues.according_relative, cues.according]
    return [p for p in found if p is not None and id(p) in pattern_hits._LETTERS]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet="adehiorstzäéïзлвя ’-", max_size=4)), max_size=30).map(
        "".join
    ),
    st.sampled_from(_LANGS),
)
def test_quotes_second_letter_scan_equals_each_pattern_alone(text: str, lang: str) -> None:
    patterns = _cue_patterns(lang)
    folded = fold(text)
    together = pattern_hits._scan_together(patterns, folded)
    for pattern, hits in zip(patterns, together):
        assert hits == [m.span() for m in pattern_hits._lower(pattern).finditer(folded)], (text, pattern.pattern[:60])


def test_quotes_second_letter_class_guards_common_letters() -> None:
    # Each English cue word opening with "s" goes on with one of a few letters: "she" and "some" need no lookahead.
    second = pattern_hits._SECOND[id(speech_cues.for_language("en").speech)]
    assert "a" in second["s"] and "h" not in second["s"]


def test_quotes_second_letter_unknown_after_a_one_letter_word() -> None:
    # A phrase of one letter ("a") may be followed by anything: that letter gets no class.
    branches = speech_cues._branches(["a", "also said"])
    assert "a" not in speech_cues._second_letters(branches)
    assert speech_cues._second_letters(speech_cues._branches(["also said", "added"])) == {"a": "dl"}


def test_quotes_second_letter_of_auxiliaries() -> None:
    # "has|have|had said": the auxiliaries' piece opens with "a" after the "h"; "he" and "his" skip the lookaheads.
    pattern = speech_cues._verbs(["said"], ["has", "have", "had"], ["said"])
    assert pattern_hits._SECOND[id(pattern)] == {"h": "a", "s": "a"}
    assert pattern.match("has said") and pattern.match("had said")
