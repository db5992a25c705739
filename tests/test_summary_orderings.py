"""The summary's faster orderings and example lists give what the straightforward code gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import summary
from fonte.model import Technique

_FINDINGS = st.lists(
    st.builds(
        lambda text, start, confidence: Technique("Loaded_Language", text, start, start + len(text), confidence, "", "r"),
        st.sampled_from(["odious", "a  disgrace", "odious ", "shameful\nact", "x" * 70, "y" * 59 + " z"]),
        st.integers(0, 30),
        st.sampled_from([0.3, 0.5, 0.5000001, 0.9, 1.0]),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(_FINDINGS)
def test_summary_most_confident_first_is_the_key_sort(found):
    expected = sorted(found, key=lambda t: (-t.confidence, t.start))
    assert [id(t) for t in summary.most_confident_first(found)] == [id(t) for t in expected]


def _reference_examples(found: list[Technique]) -> str:
    seen: list[str] = []
    for t in found:
        text = " ".join(t.text.split())
        text = text if len(text) <= summary.EXAMPLE_CHARS else text[: summary.EXAMPLE_CHARS - 1] + "…"
        if text not in seen:
            seen.append(text)
    return ", ".join(f'"{s}"' for s in seen[: summary.EXAMPLES])


@settings(max_examples=300, deadline=None)
@given(_FINDINGS)
def test_summary_examples_stop_at_the_first_distinct_ones(found):
    assert summary._examples(found) == _reference_examples(found)
