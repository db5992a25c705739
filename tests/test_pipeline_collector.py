"""The pipeline settles the garbage collector once per language, and keeps an application's own setting."""

from __future__ import annotations

import gc

import pytest

from fonte import analyze_text
from fonte.analyze import pipeline

TEXT = "The bridge reopens\n\nThe bridge over the river reopened on Monday after six weeks of repairs, the mayor said.\n"


@pytest.fixture
def collector():
    threshold = gc.get_threshold()
    settled = set(pipeline._SETTLED)
    pipeline._SETTLED.clear()
    yield
    gc.set_threshold(*threshold)
    pipeline._SETTLED.clear()
    pipeline._SETTLED.update(settled)


def test_pipeline_first_article_of_a_language_freezes_and_raises_the_young_threshold(collector):
    gc.set_threshold(700, 10, 10)
    analyze_text(TEXT, language="en")
    assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 10, 10)
    assert gc.get_freeze_count() > 0
    assert "en" in pipeline._SETTLED


def test_pipeline_keeps_a_threshold_the_application_chose(collector):
    gc.set_threshold(50_000, 5, 5)
    analyze_text(TEXT, language="en")
    assert gc.get_threshold() == (50_000, 5, 5)
