"""The voices summary: who speaks, how much, for which side."""

from __future__ import annotations

from quotes_builder import analysed, other, person


def test_voices_counts_quotes_words_kinds_and_sides() -> None:
    text = (
        "T\n\n“We will defend every city of our country,” said Anna Verdi.\n\n"
        "Anna Verdi said that the talks had failed. “Our army is ready,” added Paolo Neri."
    )
    a = analysed(text, "en", person("Anna Verdi", country="AA"), person("Paolo Neri", country="AA"))
    v = a.voices
    verdi = next(s for s in v["speakers"] if s["name"] == "Anna Verdi")
    assert verdi["quotes"] == 2 and verdi["kinds"] == {"direct": 1, "indirect": 1}
    assert verdi["words"] == 8 + 4 and verdi["side"] == "AA"
    assert v["sides"] == {"AA": 16} and v["one_sided"] is True
    assert "one side" in v["note"]


def test_voices_two_sides_are_not_one_sided() -> None:
    text = "T\n\n“We are ready to talk today,” said Anna Verdi. “We are not,” said Paolo Neri."
    a = analysed(text, "en", person("Anna Verdi", country="AA"), person("Paolo Neri", country="BB"))
    assert a.voices["one_sided"] is False and set(a.voices["sides"]) == {"AA", "BB"}


def test_voices_partial_words_are_not_counted_twice() -> None:
    text = "T\n\nAnna Verdi ha osservato che il “patto storico” cambierà la regione."
    a = analysed(text, "it", person("Anna Verdi", country="AA"))
    (verdi,) = a.voices["speakers"]
    assert verdi["quotes"] == 2 and verdi["words"] == 6


def test_voices_state_speaks_for_its_own_side() -> None:
    text = "T\n\nMosca apprezza il “sostegno leale e costante dei partner in ogni sede internazionale.”"
    a = analysed(text, "it", other("Russia", "country", "Mosca", iso="RU"))
    assert a.voices["speakers"][0]["side"] == "RU"


def test_voices_without_quotes_say_so() -> None:
    v = analysed("T\n\nNessuno ha parlato oggi in aula.", "it").voices
    assert v["speakers"] == [] and v["one_sided"] is False and v["note"] == "no attributed quotations"
