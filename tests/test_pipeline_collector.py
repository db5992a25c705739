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


ARTICLES = {
    "en": ("Mayor defends the new budget\n\n\"We will not cut the libraries,\" the mayor, Anna Ferris, said on Tuesday. "
           "She added that the so-called savings plan of the opposition was a disaster. According to the Daily "
           "Courier, the council will vote in May. \"It is the best budget ever,\" he told reporters.\n"),
    "it": ("Il sindaco difende il bilancio\n\n«Non taglieremo le biblioteche», ha detto il sindaco Marco Neri. "
           "Neri ha aggiunto che il cosiddetto piano dell'opposizione è un disastro totale. Secondo l'ANSA, "
           "il consiglio voterà a maggio.\n"),
}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_pipeline_analysis_is_freed_without_the_cyclic_collector(collector, language):
    # An analysis caught in a reference cycle waits for the cyclic collector, which then walks every
    # finding of every such article: the pipeline must leave none behind.
    text = ARTICLES[language]
    analyze_text(text)  # loads the language's data (its own cycles are not the article's)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        analysis = analyze_text(text)
        assert analysis.quotes and analysis.entities  # the analysers that once held cycles ran
        del analysis
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
