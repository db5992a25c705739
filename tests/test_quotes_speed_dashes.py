"""The quick test for a spaced dash lets through every quote that the interrupted-quote pattern matches."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.quotes import _DASH_INSERT, _SPACED_DASH

_PIECES = [" – ", " - ", ", — ", "\u00a0–\n", " ", "\n", "-", "–", "—", ",", "ab", "ha detto", "Rossi", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_quotes_speed_dashes_prefilter_passes_every_interrupted_quote(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    if _DASH_INSERT.search(text, lo, hi) is not None:
        assert _SPACED_DASH.search(text, lo, hi) is not None, (text, lo, hi)


def test_quotes_speed_dashes_hyphen_inside_a_word_is_no_spaced_dash() -> None:
    assert _SPACED_DASH.search("the so-called pro-Russian side") is None
    assert _SPACED_DASH.search("we will – she said – win") is not None
