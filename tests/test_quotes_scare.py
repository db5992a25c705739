"""Quoted terms that nobody says: scare quotes and titles are not quotations."""

from __future__ import annotations

from fonte.analyze.quotes import scare_quotes
from quotes_builder import analysed, found, person


def test_quotes_scare_terms_without_cue_are_not_quotations() -> None:
    text = "T\n\nThe “special military operation” entered its third year. Critics mock the “peace plan”."
    a = analysed(text, "en")
    assert found(a) == []
    assert [s.text for s in scare_quotes(a)] == ["special military operation", "peace plan"]
    assert all(a.text[s.start : s.end] == s.text for s in scare_quotes(a))


def test_quotes_titles_are_neither_quotations_nor_scare_quotes() -> None:
    a = analysed("T\n\nIl “Trattato di Amicizia Perpetua” fu firmato nel 1961 a Roma.", "it")
    assert found(a) == [] and scare_quotes(a) == []


def test_quotes_scare_quote_next_to_real_speech_stays_a_scare_quote() -> None:
    text = "T\n\nThe “reform” failed. “It was a disaster from the very first day,” Anna Verdi said."
    a = analysed(text, "en", person("Anna Verdi"))
    assert [q.text for q in a.quotes] == ["It was a disaster from the very first day"]
    assert [s.text for s in scare_quotes(a)] == ["reform"]


def test_quotes_full_clause_without_cue_is_an_unattributed_quotation() -> None:
    a = analysed("T\n\n“We will rebuild every school and every hospital in the region.”", "en")
    (q,) = a.quotes
    assert q.kind == "direct" and q.speaker is None and q.confidence <= 0.5
