"""Overlapping findings flattened into non-overlapping segments (properties and a worked case)."""

from hypothesis import given
from hypothesis import strategies as st

from fonte.render.layers import Mark, split


def test_overlapping_marks_split_into_covering_sets():
    # "abcdefghij": mark 0 covers cde, mark 1 covers efgh, mark 2 covers all
    segs = split(10, [Mark(2, 5, 0), Mark(4, 8, 1), Mark(0, 10, 2)])
    assert [(s.start, s.end, s.fids) for s in segs] == [
        (0, 2, (2,)),
        (2, 4, (0, 2)),
        (4, 5, (0, 1, 2)),
        (5, 8, (1, 2)),
        (8, 10, (2,)),
    ]


def test_empty_and_out_of_range_marks_are_clipped_or_ignored():
    segs = split(5, [Mark(3, 3, 0), Mark(-4, 2, 1), Mark(4, 99, 2)])
    assert [(s.start, s.end, s.fids) for s in segs] == [(0, 2, (1,)), (2, 4, ()), (4, 5, (2,))]


def test_extra_cuts_split_without_findings():
    assert [(s.start, s.end) for s in split(6, [], cuts=[3])] == [(0, 3), (3, 6)]


marks = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=25)


@given(length=st.integers(0, 50), spans=marks, cuts=st.lists(st.integers(-5, 60), max_size=5))
def test_segments_tile_the_text_and_carry_exactly_the_covering_marks(length, spans, cuts):
    ms = [Mark(a, b, i) for i, (a, b) in enumerate(spans)]
    segs = split(length, ms, cuts)
    assert all(s.start < s.end for s in segs)
    assert [s.start for s in segs[1:]] == [s.end for s in segs[:-1]]
    if length:
        assert segs[0].start == 0 and segs[-1].end == length
    for s in segs:
        for m in ms:
            lo, hi = max(0, m.start), min(length, m.end)
            covers = lo < hi and lo <= s.start and s.end <= hi
            disjoint = hi <= s.start or s.end <= lo or lo >= hi
            assert covers or disjoint  # no mark edge falls inside a segment
            assert (m.fid in s.fids) == covers
    for c in cuts:
        if 0 < c < length:
            assert any(s.start == c for s in segs)


def test_many_chained_overlaps_split_in_linear_time():
    # 50,000 marks each overlapping the next: checking every mark for every segment would hang the suite.
    n = 50_000
    segs = split(n + 1, [Mark(i, i + 2, i) for i in range(n)])
    assert len(segs) == n + 1
    assert segs[1].fids == (0, 1)
