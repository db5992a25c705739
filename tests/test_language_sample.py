"""Language identification reads an article's first part, and further only where that part leaves doubt."""

from __future__ import annotations

from fonte.analyze.language import MAX_SAMPLE, SAMPLES, _identifier, identify

FIRST_SAMPLE, SECOND_SAMPLE = SAMPLES[:2]

ITALIAN = ("Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, dopo una lunga "
           "discussione sulle piste ciclabili e sui parcheggi del centro storico. ")
ITALIAN_VARIED = (
    "La giunta regionale ha stanziato nuovi fondi per le scuole di montagna, dove molte classi hanno "
    "pochi alunni. I sindaci chiedono da anni che gli insegnanti restino almeno tre anni nello stesso "
    "paese. Secondo l'assessore, i lavori di ristrutturazione cominceranno in primavera e finiranno "
    "prima dell'inverno. Le famiglie dei piccoli comuni temono però che gli autobus non bastino. "
    "Nel frattempo la biblioteca provinciale ha prolungato l'orario di apertura fino alle dieci di sera, "
    "con letture per bambini ogni sabato mattina. Gli agricoltori della valle lamentano i danni della "
    "grandine caduta giovedì sui vigneti e sui frutteti. La protezione civile ha controllato i ponti "
    "vecchi lungo il torrente dopo le piogge abbondanti della settimana scorsa. "
)
ENGLISH = ("The city council approved the new traffic plan last night, after a long debate about cycle "
           "lanes and parking in the old town. ")


def _long(paragraph: str, at_least: int) -> str:
    return paragraph * (at_least // len(paragraph) + 1)


def test_language_long_article_gets_the_language_of_the_whole_sample():
    for paragraph in (ITALIAN, ENGLISH):
        text = _long(paragraph, 3 * SECOND_SAMPLE)
        assert identify(text)[0] == _identifier().classify(text[:MAX_SAMPLE])[0]


FIGURES = "Tab. 12/B: 4.512 - 3.908 - 77 (+1,2) "


def test_language_doubtful_first_part_is_read_further():
    # A first part of figures and codes says little; the Italian that follows decides.
    figures = _long(FIGURES, SECOND_SAMPLE)
    assert len(figures) > SECOND_SAMPLE
    text = figures + _long(ITALIAN, 2 * SECOND_SAMPLE)
    assert _identifier().classify(text[:SECOND_SAMPLE])[1] < 1.0
    assert identify(text)[0] == "it"


def test_language_doubtful_first_sample_gets_the_second_samples_answer():
    # Figures fill most of the first sample; the second settles the language and nothing further is read
    # (the whole text would give a probability below 1.0).
    text = _long(FIGURES, FIRST_SAMPLE)[: FIRST_SAMPLE - 100] + _long(ITALIAN_VARIED, SECOND_SAMPLE)
    text += _long(ENGLISH, 4 * SECOND_SAMPLE)
    assert _identifier().classify(text[:FIRST_SAMPLE])[1] < 1.0
    assert _identifier().classify(text[:SECOND_SAMPLE]) == ("it", 1.0)
    assert _identifier().classify(text[:MAX_SAMPLE])[1] < 1.0
    assert identify(text) == ("it", 1.0)


def test_language_settled_first_part_decides():
    # Italian to begin with, beyond doubt, then more English: the beginning is the article's language.
    text = _long(ITALIAN, FIRST_SAMPLE) + _long(ENGLISH, 4 * FIRST_SAMPLE)
    assert _identifier().classify(text[:FIRST_SAMPLE])[1] == 1.0
    assert _identifier().classify(text[:MAX_SAMPLE])[0] == "en"
    assert identify(text) == ("it", 1.0)
