"""Search snippets, search parameters and chart geometry of the web UI (no database needed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fonte.errors import UsageError
from fonte.web import charts
from fonte.web.queries import Filters
from fonte.web.views import SNIPPET_CONTEXT, snippet

words = st.text(alphabet=st.characters(categories=("L", "Nd", "Zs", "Cc", "P")), max_size=400)
needles = st.text(alphabet=st.characters(categories=("L", "Nd")), min_size=1, max_size=12)


@given(body=words, query=needles, before=words)
def test_snippet_finds_the_query_and_stays_short(body, query, before):
    text = "Title\n\n" + before + query + body
    cut = snippet(text, query, "Title")
    assert re.fullmatch(re.escape(query), cut["match"], re.IGNORECASE)
    assert len(cut["before"]) <= SNIPPET_CONTEXT + 1 and len(cut["after"]) <= SNIPPET_CONTEXT + 1
    assert "\n" not in cut["before"] + cut["after"]


@given(text=words, query=st.text(max_size=20))
def test_snippet_never_fails(text, query):
    cut = snippet(text, query, None)
    assert set(cut) == {"before", "match", "after"}


def test_snippet_without_a_match_is_the_body_start():
    cut = snippet("Headline\n\nFirst words of the body.", "absent", "Headline")
    assert cut == {"before": "", "match": "", "after": "First words of the body."}


def test_filters_from_query_parameters():
    filters = Filters.from_params({"q": " port ", "since": "2024-05-01", "state_only": "on", "page": "3"})
    assert (filters.q, filters.since, filters.state_only, filters.page) == ("port", "2024-05-01", True, 3)
    assert filters.active() and not Filters.from_params({}).active()
    where, params = filters.where()
    assert params == ["%port%", "%port%", "2024-05-01"] and "state_affiliated" in where


@pytest.mark.parametrize("params", [{"since": "yesterday"}, {"until": "2024-02-30"}, {"page": "0"}, {"page": "-1"}])
def test_filters_refuse_malformed_values(params):
    with pytest.raises(UsageError):
        Filters.from_params(params)


def test_bar_lengths_are_proportional_and_flagged():
    chart = charts.bar_chart([{"n": "a", "v": 4, "s": True}, {"n": "b", "v": 2, "s": False}], "n", "v", flag="s")
    first, second = chart["bars"]
    assert first["width"] == pytest.approx(2 * second["width"]) and first["flag"] and not second["flag"]
    assert second["y"] - first["y"] == charts.BAR_HEIGHT


def test_line_chart_puts_the_largest_value_at_the_top():
    chart = charts.line_chart([{"d": "2024-05", "v": 0}, {"d": "2024-06", "v": 5}], "d", "v")
    low, high = chart["points"]
    assert high["y"] == charts.PAD and low["y"] == chart["baseline"] and chart["top"] == 5
    single = charts.line_chart([{"d": "2024-05", "v": 3}], "d", "v")
    assert single["points"][0]["x"] == charts.WIDTH / 2
