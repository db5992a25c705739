"""The comma before a trailing source, found comma by comma, is the one a search of the whole clause finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import speech_cues
from fonte.analyze.pattern_hits import WORD_START
from fonte.analyze.quotes import source_comma

_PIECES = [",\nas reported by", ",\u00a0riferisce", "as reported by", "AS  reported\nby", "riferisce", "come riferisce",
           "sagte", "berichtet", "so", "x", " ", "\u00a0", "\n", ",", ", ", ".", "-", "’", "Reuters", "TASS", "сообщает",
           "как сообщает", "ſo", "İ"]
#: A source phrase holding a comma: the whole clause is searched.
_WITH_COMMA = re.compile(WORD_START + r"(?:so,\s+x|as\s+reported)(?![\w’'-])", re.IGNORECASE)


def _reference(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    for m in pattern.finditer(text, start, end):
        comma = text.rfind(",", start, m.start())
        if comma >= 0 and not text[comma + 1 : m.start()].strip():
            return comma
    return -1


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
    st.lists(st.tuples(st.integers(0, 150), st.integers(0, 150)), min_size=1, max_size=5),
    st.sampled_from(["en", "it", "de", "ru", "fr", "es"]),
)
def test_quotes_trailing_source_comma_equals_a_search_of_the_clause(
    text: str, ranges: list[tuple[int, int]], lang: str
) -> None:
    patterns = [p for p in (speech_cues.for_language(lang).trailing_source, _WITH_COMMA) if p is not None]
    for pattern in patterns:
        for lo, hi in ranges:
            lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
            assert source_comma(pattern, text, lo, hi) == _reference(pattern, text, lo, hi), (text, lo, hi)


def test_quotes_trailing_source_comma_found_after_blanks() -> None:
    pattern = speech_cues.for_language("en").trailing_source
    text = "The talks will resume next week,  as reported by Reuters."
    assert source_comma(pattern, text, 0, len(text)) == text.index(",")
    assert source_comma(pattern, "The talks, he said, will resume.", 0, 31) == -1
