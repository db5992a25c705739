"""Narrative cues: a cue counts only beside the actor it needs; names come from the taxonomy."""

from __future__ import annotations

import pytest

from fonte import analyze_text
from fonte.analyze import narratives
from fonte.lang import LANGUAGES


def _narratives(text: str, lang: str):
    return analyze_text(text, language=lang).narratives


def test_narratives_italian_cue_beside_its_actor_gives_evidence():
    found = _narratives("Vertice\n\nA Bruxelles regna il panico dopo l'annuncio del Cremlino.", "it")
    hit = [n for n in found if n.subnarrative == "The West is overreacting"]
    assert hit and hit[0].narrative == "Discrediting the West, Diplomacy"
    analysis_text = "Vertice\n\nA Bruxelles regna il panico dopo l'annuncio del Cremlino."
    for e in hit[0].evidence:
        assert analysis_text[e.start:e.end] == e.text
        assert "panico" in e.text and "Bruxelles" in e.text
    assert hit[0].by.startswith("rule:it:narrative:") and hit[0].explanation


def test_narratives_cue_without_its_actor_is_not_reported():
    found = _narratives("Borsa\n\nIn sala regna il panico tra gli operatori del mercato.", "it")
    assert not [n for n in found if n.subnarrative == "The West is overreacting"]


def test_narratives_english_cues_and_merged_confidence():
    text = ("Summit\n\nThe Kiev regime is a puppet of its sponsors. Ukraine, a NATO puppet, obeys."
            " Sanctions will backfire on Europe.")
    found = {(n.narrative, n.subnarrative): n for n in _narratives(text, "en")}
    puppet = found[("Discrediting Ukraine", "Ukraine is a puppet of the West")]
    assert len(puppet.evidence) == 2
    assert puppet.confidence > 0.5  # two independent cues
    assert ("Negative Consequences for the West", "Sanctions imposed by Western countries will backfire") in found


def test_narratives_unknown_language_gives_none():
    assert _narratives("Titolo\n\nIl panico a Bruxelles.", "und") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_narratives_every_cue_names_a_taxonomy_entry(lang):
    narratives.cues(lang)  # raises DataError on a name outside the taxonomy


def test_narratives_taxonomy_holds_both_domains():
    tax = narratives.taxonomy()
    assert "The West is overreacting" in tax["Discrediting the West, Diplomacy"]
    assert "Climate cycles are natural" in tax["Downplaying climate change"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Sommet\n\nLa panique de l’Occident est totale."),
    ("de", "Gipfel\n\nDie Hysterie des Westens wächst."),
    ("es", "Cumbre\n\nEl pánico de Occidente crece."),
    ("ru", "Саммит\n\nИстерика Запада продолжается."),
])
def test_narratives_other_languages_carry_their_own_cues(lang, text):
    found = _narratives(text, lang)
    assert [n.subnarrative for n in found] == ["The West is overreacting"]
