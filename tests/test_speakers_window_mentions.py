"""The mentions of a window, found by bisection, are those a scan of every mention finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import speech_cues
from fonte.analyze.speakers import MAX_MENTION, SpeakerResolver
from fonte.model import Analysis, Article, Entity, Mention

_TEXT = "Anna Verdi ha detto che il ministro Paolo Neri e l'Italia sono d'accordo. " * 3


def _reference(rows: list, lo: int, hi: int) -> list:
    """Every mention starting at or after ``lo`` and ending by ``hi``, in order."""
    return [r for r in rows if lo <= r[0] < hi and r[1] <= hi]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(_TEXT)), st.integers(1, 40), st.sampled_from(["person", "country"])), max_size=12),
    st.lists(st.tuples(st.integers(-5, len(_TEXT) + 5), st.integers(-5, len(_TEXT) + 5)), min_size=1, max_size=6),
)
def test_speakers_window_mentions_equal_a_scan_of_all(spans: list[tuple[int, int, str]], windows: list[tuple[int, int]]) -> None:
    entities = [
        Entity(name=f"e{k}", type=kind, mentions=[Mention(start, start + length, _TEXT[start : start + length])])
        for k, (start, length, kind) in enumerate(spans)
    ]
    analysis = Analysis(article=Article(text=_TEXT), language="it", entities=entities)
    resolver = SpeakerResolver(analysis, speech_cues.for_language("it"))
    kept = list(resolver.mentions)
    assert all(r[1] - r[0] <= MAX_MENTION and r[1] <= len(_TEXT) for r in kept)
    # Windows at the mentions' own edges as well: a mention ending exactly at a window's end is inside it.
    edges = [(r[0] + a, r[1] + b) for r in kept for a in (-1, 0, 1) for b in (-1, 0, 1)]
    for lo, hi in windows + edges:
        assert resolver._inside(lo, hi) == _reference(kept, lo, hi)
        assert resolver.mentions_in(lo, hi) == bool(_reference(kept, lo, hi))
