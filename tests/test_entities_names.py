"""Names the knowledge base does not know: found, typed by their cues, and no junk."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from entities_builder import analyse

from fonte.model import Analysis


def found(analysis: Analysis) -> dict[str, tuple[str, str | None, str]]:
    return {e.name: (e.type, e.wikidata, e.by) for e in analysis.entities}


def test_title_cue_makes_a_person():
    a = analyse("Title\n\nYesterday Mrs Okonkwo Adebayo said she had left.", "en")
    assert found(a)["Okonkwo Adebayo"] == ("person", None, "rule:capitalised-name")


def test_given_name_makes_a_person_in_every_language():
    cases = {
        "it": "Titolo\n\nSecondo quanto riferito, Giulia Ferrandini ha lasciato l'incarico.",
        "fr": "Titre\n\nHier, Sophie Marchetaud a quitté son poste.",
        "de": "Titel\n\nAm Montag hat Katrin Obermaier ihr Amt verlassen.",
        "es": "Título\n\nAyer, Lucía Berenguer dejó su cargo.",
        "ru": "Заголовок\n\nВчера Ольга Смирнова покинула свой пост.",
    }
    expected = {"it": "Giulia Ferrandini", "fr": "Sophie Marchetaud", "de": "Katrin Obermaier", "es": "Lucía Berenguer", "ru": "Ольга Смирнова"}
    for lang, text in cases.items():
        assert found(analyse(text, lang))[expected[lang]][0] == "person", lang


def test_organisation_words_make_an_organisation():
    a = analyse("Titolo\n\nLo studio della Fondazione Bertolaso è uscito ieri.", "it")
    assert found(a)["Fondazione Bertolaso"][0] == "organization"


def test_unknown_names_have_lower_confidence_than_kb_links():
    a = analyse("Titolo\n\nIl ministro Paolo Bianchi ha incontrato Vladimir Putin.", "it")
    confidence = {e.name: e.confidence for e in a.entities}
    assert confidence["Paolo Bianchi"] < confidence["Vladimir Putin"]


def test_no_junk_from_sentence_openers_months_and_weekdays():
    text = (
        "Titolo\n\nQuesto non è vero. Ricordiamo che a Gennaio e Lunedì si vota. "
        "Secondo gli esperti, Tuttavia resta poco. Come sempre, Nessuno risponde."
    )
    assert analyse(text, "it").entities == []


def test_two_capitalised_words_opening_a_sentence_are_not_a_name():
    assert analyse("Title\n\nBreaking News arrived late. Nothing changed.", "en").entities == []


def test_headings_are_not_read_for_unknown_names():
    text = "Big Storm Hits Coastal Towns\n\nThe Regional Weather Office\n\nThe storm passed."
    assert analyse(text, "en").entities == []


def test_headline_lines_in_the_body_are_not_read_for_names():
    text = "Title\n\nKremlin Accuses Opposition of Rejecting Peace Talks\n\nThe talks ended. Anna Kowalczyk left."
    assert {e.name for e in analyse(text, "en").entities} == {"Anna Kowalczyk", "Russia"}


def test_common_noun_phrase_tails_are_not_names():
    a = analyse("Titolo\n\nI ministri degli Affari Esteri si sono riuniti.", "it")
    assert a.entities == []


def test_german_capitalised_nouns_are_not_names():
    a = analyse("Titel\n\nDie Regierung will Steuern senken. Viele Menschen Hoffen auf Besserung.", "de")
    assert a.entities == []


def test_russian_inflected_unknown_name_is_one_person():
    a = analyse("Заголовок\n\nГенерал Иван Петров прибыл. Позже Ивана Петрова видели снова.", "ru")
    persons = [e for e in a.entities if e.type == "person"]
    assert len(persons) == 1 and len(persons[0].mentions) == 2


_PIECES = list("ab AB.,\n-'«»ИКРоия") + ["Putin", "Mosca", "Il Presidente", "russo", "Kim Jong-un", " a ", "Mr ", "NATO"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_any_text_gives_consistent_offsets(text):
    for lang in ("it", "ru"):
        a = analyse("T\n\n" + text, lang)
        for e in a.entities:
            assert e.by and 0 < e.confidence <= 1
            for m in e.mentions:
                assert a.text[m.start : m.end] == m.text


def test_long_text_stays_linear():
    # A pathological input (one very long capitalised run) must not blow up.
    text = "Title\n\n" + " ".join(["Alpha"] * 20000) + "."
    a = analyse(text, "en")
    assert len(a.entities) <= 1


def test_to_dict_carries_the_side_country():
    a = analyse("Titolo\n\nDmitry Peskov ha risposto.", "it")
    record = a.entities[0].to_dict()
    assert record["country"] == "RU" and record["by"] == "kb:actors"
    json.dumps(record)
