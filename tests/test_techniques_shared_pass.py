"""Scans sharing one word-start pass find exactly what each finds alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import narratives
from fonte.analyze.technique_rules import cues
from fonte.analyze.technique_rules.terms import Lexicon, LexiconScan, fold

# Terms as the data writes them: words, stems, two words, hyphens and apostrophes, upper case.
_TERMS = ["ab", "abc*", "ba", "b a", "a-b", "l'ab", "Xy", "y*", "-ab", "aab", "ab ab", "ſa"]
# Free patterns: some open at a word start (gated), some anywhere, one matching empty, one case-sensitive.
_PATTERNS = [r"(?<!\w)a\s+b", r"(?<!\w)[xy]a", r"ba(?!\w)", r"(?<!\w)(?:)", r"(?<!\w)Ab", r"(?<![\w#])#\w+", r"s\w"]
_lexicon = st.builds(lambda terms, patterns: Lexicon(terms, patterns),
                     st.lists(st.sampled_from(_TERMS), max_size=4), st.lists(st.sampled_from(_PATTERNS), max_size=2))
_text = st.text(alphabet="abxyABſs '’-#\n.", max_size=50)


def _spans(scan: LexiconScan, text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in matches] for matches in scan.finditer_each(text, fold(text))]


@given(st.lists(_lexicon, min_size=1, max_size=3), st.lists(_lexicon, max_size=3), _text)
@settings(max_examples=500, deadline=None)
def test_techniques_a_scan_sharing_a_pass_finds_what_it_finds_alone(own, others, text):
    alone = _spans(LexiconScan(own), text)
    assert _spans(LexiconScan(own, sharing=others), text) == alone
    # The other scan of the same text, through the same pass, before and after.
    other_scan = LexiconScan(others, sharing=own)
    assert _spans(other_scan, text) == _spans(LexiconScan(others), text)
    assert _spans(LexiconScan(own, sharing=others), text) == alone


def test_techniques_scans_sharing_their_words_share_one_pass():
    own, others = [Lexicon(["ab", "cd*"])], [Lexicon(["ef"], [r"(?<!\w)x\s+y"])]
    assert LexiconScan(own, sharing=others).shared is LexiconScan(others, sharing=own).shared
    assert LexiconScan(own).shared is not LexiconScan(own, sharing=others).shared


def test_techniques_technique_and_narrative_cues_share_one_pass_per_language():
    for lang in ("it", "en"):
        assert cues.language_rules(lang).scan.shared is narratives._cue_scan(lang)[0].shared
