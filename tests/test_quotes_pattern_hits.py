"""Cue patterns matched once per article give, range by range, what a search of each range gives."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import pattern_hits, speech_cues
from fonte.analyze.pattern_hits import WORD_START, ArticleHits
from fonte.model import Span

_PIECES = ["said", "Said", "ha detto", "HA  detto", "secondo", "according to", "ſaid", "x", " ", "\n", ",", ".",
           "-", "’", "İ", "K", "sagte", "заявил", "ЗАЯВИЛ", "“", "”", "xsaid", "W", "w", "\\w"]
#: A pattern whose "|" splits it at the top: it cannot join the one pass and is matched alone.
_ALTERNATIVES = re.compile(WORD_START + "said|x", re.IGNORECASE)


def _same(lang: str, text: str, ranges: list[tuple[int, int]]) -> None:
    cues = speech_cues.for_language(lang)
    patterns = [p for p in (cues.speech, cues.according, cues.stance, cues.after_quote, _ALTERNATIVES) if p is not None]
    for hits in (ArticleHits(text), ArticleHits(text, patterns)):  # each pattern alone, and in one pass
        for pattern in patterns:
            for lo, hi in ranges:
                lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
                got = [(m.start(), m.end(), m.group()) for m in hits.finditer(pattern, lo, hi)]
                want = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, lo, hi)]
                assert got == want, (text, lo, hi)
                first = hits.search(pattern, lo, hi)
                assert (first.span() if first else None) == (want[0][:2] if want else None), (text, lo, hi)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
    st.sampled_from(["en", "it", "de", "ru"]),
)
def test_quotes_pattern_hits_equal_range_search(text: str, ranges: list[tuple[int, int]], lang: str) -> None:
    _same(lang, text, ranges)


def test_quotes_pattern_hits_range_cutting_a_word() -> None:
    # The range ends inside "saidx": searched alone it holds "said", the whole text does not.
    _same("en", "He saidx it. She said so.", [(0, 7), (3, 8), (0, 25), (13, 22)])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.integers(0, 200), max_size=10),
    st.sampled_from(["en", "it", "de", "ru"]),
)
def test_quotes_pattern_hits_ranges_not_near_hold_nothing(text: str, cuts: list[int], lang: str) -> None:
    # Ranges between sorted cut points, as sentences are: a pattern not near a range gives no hit to any
    # search that ends where the range ends.
    cues = speech_cues.for_language(lang)
    patterns = [p for p in (cues.speech, cues.according, cues.stance) if p is not None]
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    ranges = [Span(lo, hi, text[lo:hi]) for lo, hi in zip(points, points[1:])]
    near = ArticleHits(text).near([*patterns, None], ranges)
    for r, indexes in zip(ranges, near):
        assert len(patterns) not in indexes  # None: never searched
        for k, p in enumerate(patterns):
            if k not in indexes:
                for lo in range(r.start, r.end + 1):
                    assert not list(p.finditer(text, lo, r.end)), (text, lo, r.end, p.pattern[:40])


def test_quotes_pattern_hits_near_ranges_are_those_with_a_cue() -> None:
    text = "It rained. He said so. According to her, fine. Sai"
    ranges = [Span(0, 10, ""), Span(11, 22, ""), Span(23, 46, ""), Span(47, 49, "")]  # the last cuts "Sai"
    cues = speech_cues.for_language("en")
    near = ArticleHits(text).near([cues.speech, cues.according], ranges)
    assert near == [set(), {0}, {1}, {0, 1}]


def test_quotes_pattern_hits_class_escapes_are_no_letters() -> None:
    # "\\w" and "[^\\W\\d_]" in a cue pattern name classes, not the letter "w": a text with "W" keeps the one pass.
    cues = speech_cues.for_language("en")
    hits = ArticleHits("We said it was white.", [cues.speech])
    assert hits.of(cues.speech).starts is not None
    assert [m.group() for m in hits.finditer(cues.speech, 0, 21)] == ["said"]


def test_quotes_pattern_hits_many_characters_judged_text_by_text(monkeypatch) -> None:
    # Past MAX_ALPHABET distinct characters (a script of thousands) each text's characters are judged on their own.
    monkeypatch.setattr(pattern_hits, "MAX_ALPHABET", 0)
    _same("en", "He ſaid it. She said so, according to him.", [(0, 12), (12, 43), (0, 43)])
    _same("de", "Er sagte es. Sie ſagte es.", [(0, 12), (13, 26)])
