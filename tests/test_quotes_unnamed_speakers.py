"""A common noun phrase as the subject of a speech cue names nobody: the quote never goes to the last speaker.

"ha detto una pendolare", "The company said", "La società ha definito … e ha fatto sapere che …": the
speaker is None, the noun phrase is kept as the speaker's mention. Passages written for this test.
"""

from __future__ import annotations

import pytest

import fonte

# (id, language, text, fragment of the quotation, words the speaker mention holds)
UNNAMED: list[tuple[str, str, str, str, str]] = [
    ("it-indefinite-after", "it",
     "Treni fermi\n\n«Il servizio è peggiorato molto», ha detto il ministro Carlo Bassi. «Aspetto da tre ore al "
     "freddo», ha detto una pendolare che viaggia ogni giorno.",
     "Aspetto da tre ore", "una pendolare"),
    ("it-indefinite-role", "it",
     "Tariffe\n\nIl ministro Carlo Bassi ha detto che le tariffe non cambieranno. Un portavoce ha spiegato che "
     "la decisione arriverà domani.",
     "la decisione arriverà", "Un portavoce"),
    ("it-body-before", "it",
     "Nuovo parcheggio\n\n«Serve più spazio per le auto», ha detto l'assessore Anna Ricci. Il Comune ha annunciato "
     "che il cantiere aprirà a maggio.",
     "il cantiere aprirà", "Il Comune"),
    ("it-body-coordinated", "it",
     "Sciopero dei bus\n\n«Non ci fermeremo», ha dichiarato il sindacalista Piero Gallo. La società dei trasporti "
     "ha definito la protesta una «scelta incomprensibile» e ha fatto sapere che il servizio minimo è garantito.",
     "il servizio minimo", "La società dei trasporti"),
    ("en-indefinite", "en",
     "Floods in the valley\n\n\"We will rebuild the bridge,\" said Mayor John Harris. \"The water came in the "
     "night,\" said a passenger at the station.",
     "The water came", "a passenger"),
    ("en-body", "en",
     "Plant closure\n\n\"This is a dark day for the town,\" union leader Mary Stone said. The company said that "
     "the workers would receive a full year of pay.",
     "the workers would", "The company"),
    ("fr-indefinite", "fr",
     "Inondations\n\n« Nous ferons tout pour aider les familles », a déclaré le maire Paul Girard. « L'eau est "
     "montée en une heure », a déclaré un habitant du quartier.",
     "L'eau est montée", "un habitant"),
    ("fr-body", "fr",
     "Réforme\n\nLe député Jean Morel a affirmé que le texte serait voté. Le ministère a indiqué que le décret "
     "paraîtrait en juin.",
     "le décret paraîtrait", "Le ministère"),
    ("de-indefinite", "de",
     "Hochwasser\n\n„Wir helfen allen Familien“, sagte Bürgermeister Klaus Becker. „Das Wasser kam in der "
     "Nacht“, sagte ein Anwohner.",
     "Das Wasser kam", "ein Anwohner"),
    ("ru-indefinite", "ru",
     "Паводок\n\n«Мы поможем всем семьям», — сказал мэр Иван Петров. «Вода пришла ночью», — сказал один из "
     "жителей.",
     "Вода пришла", "один из жителей"),
]


def quote_with(analysis, fragment: str):
    return next(q for q in analysis.quotes if fragment in q.text)


@pytest.mark.parametrize("lang,text,fragment,phrase", [u[1:] for u in UNNAMED], ids=[u[0] for u in UNNAMED])
def test_common_noun_subject_names_nobody(lang: str, text: str, fragment: str, phrase: str) -> None:
    analysis = fonte.analyze_text(text, language=lang)
    q = quote_with(analysis, fragment)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith(phrase)
    assert analysis.text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text
    assert q.cue is not None and q.confidence < 0.6


def test_named_speaker_before_an_unnamed_one_keeps_their_quote() -> None:
    text = UNNAMED[0][2]
    q = quote_with(fonte.analyze_text(text, language="it"), "Il servizio è peggiorato")
    assert q.speaker is not None and "Bassi" in q.speaker.name


def test_coordinated_verb_quote_is_the_first_verbs_object() -> None:
    text = UNNAMED[3][2]
    q = quote_with(fonte.analyze_text(text, language="it"), "scelta incomprensibile")
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "La società dei trasporti"
    assert q.cue is not None and q.cue.text == "ha definito"


def test_named_person_after_a_definite_role_still_speaks() -> None:
    text = "Conti\n\nIl ministro Carlo Bassi ha parlato alla Camera. Il ministro ha detto che il deficit scenderà."
    q = quote_with(fonte.analyze_text(text, language="it"), "il deficit scenderà")
    assert q.speaker is not None and "Bassi" in q.speaker.name
