"""The default technique detector on short texts written for these tests."""

from __future__ import annotations

import pytest

from fonte import analyze_text
from fonte.analyze.pipeline import Options
from fonte.lang import LANGUAGES, resource
from fonte.model import Analysis
from fonte.taxonomy import techniques as taxonomy

ONLY = Options(skip=frozenset({"quotes", "voices", "citations", "trained", "narratives", "summary"}))


def _found(text: str, lang: str) -> Analysis:
    return analyze_text(text, language=lang, options=Options(skip=ONLY.skip))


def _labels(analysis: Analysis) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in analysis.techniques:
        out.setdefault(t.technique, []).append(t.text)
    return out


def test_techniques_every_finding_has_offsets_producer_confidence_and_reason():
    a = _found("Il governo isterico\n\nIl cosiddetto piano del governo è una vergogna assoluta, punto e basta.", "it")
    assert a.techniques
    for t in a.techniques:
        assert a.text[t.start:t.end] == t.text
        assert t.by and t.explanation and 0 < t.confidence <= 1
        assert t.technique in taxonomy()


def test_techniques_italian_loaded_word_and_label_with_its_determiners():
    a = _found("Vertice a Roma\n\nIl ministro ha attaccato i burattini di Bruxelles con parole orribili.", "it")
    labels = _labels(a)
    assert "i burattini" in labels["Name_Calling-Labeling"]
    assert "orribili" in labels["Loaded_Language"]


def test_techniques_adjective_on_an_actor_in_a_heading_labels_the_whole_heading():
    text = "Cronaca del giorno\n\nIl vertice si è chiuso ieri sera.\n\nLa risposta paranoica di Washington\n\nI colloqui riprenderanno."
    labels = _labels(_found(text, "it"))
    assert "La risposta paranoica di Washington" in labels["Name_Calling-Labeling"]


def test_techniques_loaded_adjective_without_an_actor_is_no_label():
    labels = _labels(_found("Meteo\n\nÈ stata una giornata orribile per il traffico.", "it"))
    assert "Name_Calling-Labeling" not in labels


def test_techniques_repeated_headline_reports_every_occurrence():
    title = "Il sindaco promette nuove piste ciclabili in città"
    text = f"{title}\n\n{title}. Il piano costa poco. Altre notizie seguiranno.\n\nIn serata: {title.lower()}."
    reps = [t for t in _found(text, "it").techniques if t.technique == "Repetition"]
    assert len(reps) == 3
    assert reps[0].start == 0


def test_techniques_short_repeated_sentence_is_not_repetition():
    text = "Notizie\n\nPiove forte. Il treno è in ritardo. Piove forte."
    assert not [t for t in _found(text, "it").techniques if t.technique == "Repetition"]


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Sport\n\nÈ stata una vittoria bellissima per tutti.", "Exaggeration-Minimisation", "bellissima"),
    ("Sport\n\nÈ il più grande campione della storia recente.", "Exaggeration-Minimisation", "il più grande campione della storia"),
    ("Politica\n\nDifenderemo la nostra patria da chiunque.", "Flag_Waving", "la nostra patria da chiunque"),
    ("Politica\n\nIl presunto accordo non convince.", "Doubt", "Il presunto"),
    ("Politica\n\nLe cose stanno così, punto e basta.", "Conversation_Killer", "punto e basta"),
    ("Politica\n\nÈ ora di cambiare tutto.", "Appeal_to_Time", "È ora di cambiare tutto"),
])
def test_techniques_italian_cues(text, label, expected):
    assert expected in _labels(_found(text, "it")).get(label, [])


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Summit\n\nThe puppets of Brussels met again.", "Name_Calling-Labeling", "The puppets"),
    ("Summit\n\nIt was a disgusting display.", "Loaded_Language", "disgusting"),
    ("Summit\n\nThis is the greatest deal in history.", "Exaggeration-Minimisation", "the greatest deal in history"),
    ("Summit\n\nWe will defend our nation.", "Flag_Waving", "our nation"),
    ("Summit\n\nThe so-called reform failed.", "Doubt", "The so-called"),
    ("Summit\n\nExperts say the plan works.", "Appeal_to_Authority", "Experts say the plan works"),
    ("Summit\n\nEveryone knows the answer.", "Appeal_to_Popularity", "Everyone knows the answer"),
    ("Summit\n\nEither we act or we perish.", "False_Dilemma-No_Choice", "Either we act or we perish."),
    ("Summit\n\nIt will not happen, end of story.", "Conversation_Killer", "end of story"),
])
def test_techniques_english_cues(text, label, expected):
    assert expected in _labels(_found(text, "en")).get(label, [])


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("fr", "Sommet\n\nLe soi-disant accord a échoué.", "Doubt"),
    ("fr", "Sommet\n\nNous défendrons notre patrie.", "Flag_Waving"),
    ("de", "Gipfel\n\nDer angebliche Plan ist gescheitert.", "Doubt"),
    ("de", "Gipfel\n\nWir lieben unser Volk.", "Flag_Waving"),
    ("es", "Cumbre\n\nEl supuesto acuerdo fracasó.", "Doubt"),
    ("es", "Cumbre\n\nFue un día terrible para todos.", "Loaded_Language"),
    ("ru", "Саммит\n\nТак называемый план провалился.", "Doubt"),
    ("ru", "Саммит\n\nМы любим нашу страну.", "Flag_Waving"),
    ("ru", "Саммит\n\nЭто самый большой провал.", "Exaggeration-Minimisation"),
])
def test_techniques_other_languages_have_their_own_cues(lang, text, label):
    assert label in _labels(_found(text, lang))


def test_techniques_unknown_language_still_finds_repetition_only():
    sentence = "Alpha beta gamma delta epsilon zeta eta"
    a = _found(f"Title\n\n{sentence}. {sentence}. Zzz qqq.", "und")
    assert {t.technique for t in a.techniques} == {"Repetition"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_techniques_data_names_only_semeval_labels(lang):
    for rule in resource(lang, "techniques").get("rule", []):
        assert rule["technique"] in taxonomy(), (lang, rule["name"])
