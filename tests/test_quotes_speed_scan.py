"""The one-pass cue scan finds, pattern by pattern, what each pattern's own search of the folded text finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import pattern_hits, speech_cues
from fonte.analyze.technique_rules.terms import fold

# Next to cue words: word characters of scripts the scan's listed class does not name (Han, Arabic), which the
# lookbehind, not the class, must turn away, and characters that are no word characters (a combining accent, "×").
_PIECES = ["said", "ha detto", "according to", "sagte", "zufolge", "заявил", "selon", "中", "ب", "\u0301", "×", "’", "-",
           " ", "x"]


def _cue_patterns(lang: str) -> list:
    cues = speech_cues.for_language(lang)
    found = [cues.speech, cues.stance, cues.after_quote, cues.according_pronoun, cues.according_relative, cues.according]
    return [p for p in found if p is not None and id(p) in pattern_hits._LETTERS]


# Cue words and their near misses ("sagt", "saïd"), pieces of words, and what separates words: the second-letter
# classes must turn away only words that no cue pattern can match.
_NEAR_MISSES = ["said", "says", "sagte", "told", "according", "ha", "has", "detto", "a", "declared", "заявил", "по",
                "selon", "dijo", "zufolge", "the", "of", "is", "sa", "s", "t", "ï", "ё", "’", "-", " ", ", ", "\n"]
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(_NEAR_MISSES), st.text(alphabet="adehiorstzäéïзлвя ’-", max_size=4)),
             max_size=30).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.sampled_from(["en", "it", "de", "fr", "ru", "es"]))
def test_quotes_speed_scan_together_equals_each_pattern_alone(text: str, lang: str) -> None:
    patterns = _cue_patterns(lang)
    folded = fold(text)
    together = pattern_hits._scan_together(patterns, folded)
    for pattern, hits in zip(patterns, together):
        assert hits == [m.span() for m in pattern_hits._lower(pattern).finditer(folded)], (text, pattern.pattern[:60])


def test_quotes_speed_scan_word_of_another_script_before_a_cue() -> None:
    patterns = _cue_patterns("en")
    speech = patterns.index(speech_cues.for_language("en").speech)
    # "中said" has no word start at "s"; " said" and "×said" do.
    assert pattern_hits._scan_together(patterns, "中said")[speech] == []
    assert pattern_hits._scan_together(patterns, "×said")[speech] == [(1, 5)]
