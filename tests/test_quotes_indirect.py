"""Indirect speech and partial quotations inside it."""

from __future__ import annotations

import pytest
from quotes_builder import analysed, found, person


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("it", "T\n\nAnna Verdi ha dichiarato che il governo non cadrà.", "il governo non cadrà"),
        ("en", "T\n\nAnna Verdi said that the border would stay closed.", "the border would stay closed"),
        ("fr", "T\n\nAnna Verdi a affirmé que la réforme serait votée.", "la réforme serait votée"),
        ("de", "T\n\nAnna Verdi betonte, dass die Regierung handeln werde.", "die Regierung handeln werde"),
        ("es", "T\n\nAnna Verdi aseguró que el acuerdo llegará pronto.", "el acuerdo llegará pronto"),
        ("ru", "T\n\nAnna Verdi заявила, что переговоры продолжатся.", "переговоры продолжатся"),
        ("it", "T\n\nSecondo Anna Verdi, il governo non cadrà.", "il governo non cadrà"),
        ("en", "T\n\nThe border would stay closed, according to Anna Verdi.", "The border would stay closed"),
        ("fr", "T\n\nSelon Anna Verdi, la réforme sera votée.", "la réforme sera votée"),
        ("de", "T\n\nLaut Anna Verdi wird die Regierung handeln.", "wird die Regierung handeln"),
        ("es", "T\n\nSegún Anna Verdi, el acuerdo llegará pronto.", "el acuerdo llegará pronto"),
        ("ru", "T\n\nПо словам Анны Верди, переговоры продолжатся.", "переговоры продолжатся"),
    ],
)
def test_quotes_indirect_clause_without_cue(lang: str, text: str, clause: str) -> None:
    a = analysed(text, lang, person("Anna Verdi", "Анны Верди"))
    assert found(a) == [("indirect", clause, "Anna Verdi")]


def test_quotes_indirect_cue_far_from_that_with_a_parenthetical() -> None:
    text = "T\n\nAnna Verdi ha dichiarato, in una conferenza stampa con Paolo Neri, che le tasse scenderanno presto."
    a = analysed(text, "it", person("Anna Verdi"), person("Paolo Neri"))
    assert found(a) == [("indirect", "le tasse scenderanno presto", "Anna Verdi")]


def test_quotes_indirect_drops_a_trailing_source_clause() -> None:
    text = "T\n\nAnna Verdi ha detto che il ponte sarà riaperto, come riportato da Agenzia Nord."
    assert found(analysed(text, "it", person("Anna Verdi")))[0][1] == "il ponte sarà riaperto"


def test_quotes_relative_pronoun_is_not_reported_speech() -> None:
    text = "T\n\nAnna Verdi conferma la qualità dei rapporti, che sono ottimi da anni."
    assert found(analysed(text, "it", person("Anna Verdi"))) == []


def test_quotes_secondo_as_ordinal_is_not_a_source() -> None:
    assert found(analysed("T\n\nSi tratta del secondo viaggio in dieci anni a Roma.", "it")) == []


def test_quotes_partial_inside_reported_speech_is_reported_with_its_clause() -> None:
    text = (
        "T\n\nAnna Verdi ha osservato che il nuovo “accordo storico” non sarebbe stato possibile "
        "senza la “pazienza infinita” dei negoziatori."
    )
    a = analysed(text, "it", person("Anna Verdi"))
    assert found(a) == [
        ("indirect", "il nuovo “accordo storico” non sarebbe stato possibile senza la “pazienza infinita” dei negoziatori", "Anna Verdi"),
        ("partial", "accordo storico", "Anna Verdi"),
        ("partial", "pazienza infinita", "Anna Verdi"),
    ]


def test_quotes_embedded_fragment_after_speech_verb_is_partial() -> None:
    text = "T\n\nAnna Verdi said the “special arrangement” would end in May."
    assert ("partial", "special arrangement", "Anna Verdi") in found(analysed(text, "en", person("Anna Verdi")))


def test_quotes_inside_a_direct_quote_no_indirect_is_found() -> None:
    text = "T\n\n“I said that we would win, and we did,” Anna Verdi said."
    assert [k for k, _, _ in found(analysed(text, "en", person("Anna Verdi")))] == ["direct"]


def test_quotes_inflected_surname_joins_the_person_it_inflects() -> None:
    text = "T\n\n«Мы готовы», — заявил Песков. По словам Пескова, переговоры продолжатся."
    a = analysed(text, "ru", person("Dmitry Peskov", "Песков"))
    assert [s for _, _, s in found(a)] == ["Dmitry Peskov", "Dmitry Peskov"]
