"""The marks of a block, taken from one search of the whole text, are those a search of the block alone finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import quote_marks as qm

_ALPHABET = "".join(sorted(qm.MARKS)) + "ab É1 ,.\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_quotes_block_marks_equal_the_block_search(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    marks = [m.start() for m in qm._MARK.finditer(text)]
    assert qm._block_marks(text, marks, lo, hi) == [m.start() for m in qm._MARK.finditer(text, lo, hi)]


def test_quotes_block_marks_apostrophe_closing_a_block() -> None:
    # "l’" ends the block: alone it may close a quote; in the whole text it is the apostrophe of "l’a".
    text = "‘dit l’a"
    marks = [m.start() for m in qm._MARK.finditer(text)]
    assert 6 not in marks
    assert qm._block_marks(text, marks, 0, 7) == [0, 6]
