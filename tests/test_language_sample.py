"""Language identification reads an article's first part, and further only where that part leaves doubt."""

from __future__ import annotations

from fonte.analyze.language import FIRST_SAMPLE, MAX_SAMPLE, _identifier, identify

ITALIAN = ("Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, dopo una lunga "
           "discussione sulle piste ciclabili e sui parcheggi del centro storico. ")
ENGLISH = ("The city council approved the new traffic plan last night, after a long debate about cycle "
           "lanes and parking in the old town. ")


def _long(paragraph: str, at_least: int) -> str:
    return paragraph * (at_least // len(paragraph) + 1)


def test_language_long_article_gets_the_language_of_the_whole_sample():
    for paragraph in (ITALIAN, ENGLISH):
        text = _long(paragraph, 3 * FIRST_SAMPLE)
        assert identify(text)[0] == _identifier().classify(text[:MAX_SAMPLE])[0]


def test_language_doubtful_first_part_is_read_further():
    # A first part of figures and codes says little; the Italian that follows decides.
    figures = _long("Tab. 12/B: 4.512 - 3.908 - 77 (+1,2) ", FIRST_SAMPLE)
    assert len(figures) > FIRST_SAMPLE
    text = figures + _long(ITALIAN, 2 * FIRST_SAMPLE)
    assert _identifier().classify(text[:FIRST_SAMPLE])[1] < 1.0
    assert identify(text)[0] == "it"


def test_language_settled_first_part_decides():
    # Italian to begin with, beyond doubt, then more English: the beginning is the article's language.
    text = _long(ITALIAN, FIRST_SAMPLE) + _long(ENGLISH, 4 * FIRST_SAMPLE)
    assert _identifier().classify(text[:FIRST_SAMPLE])[1] == 1.0
    assert _identifier().classify(text[:MAX_SAMPLE])[0] == "en"
    assert identify(text) == ("it", 1.0)
