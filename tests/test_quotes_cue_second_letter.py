"""The cue scan's class of second letters: which letters get one, and from what data (that it turns away only
words no cue pattern can match is tested in test_quotes_speed_scan.py)."""

from fonte.analyze import pattern_hits, speech_cues


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
