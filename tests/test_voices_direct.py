"""Voices weigh quotations in the speaker's own words apart from indirect speech."""

from __future__ import annotations

from quotes_builder import analysed, person

from fonte.analyze import summary
from fonte.analyze.voices import organisation_side
from fonte.model import Analysis, Article


def test_voices_one_sided_reads_only_direct_quotations() -> None:
    text = (
        "T\n\n“We will never give up our land,” said Anna Verdi. “Our army is ready,” said Paolo Neri.\n\n"
        "Carla Bianchi said that the talks should resume soon."
    )
    a = analysed(text, "en", person("Anna Verdi", country="AA"), person("Paolo Neri", country="AA"),
                 person("Carla Bianchi", country="BB"))
    v = a.voices
    assert v["one_sided"] is True
    assert v["direct_speakers"] == ["Anna Verdi", "Paolo Neri"] and v["indirect_only"] == ["Carla Bianchi"]
    assert set(v["sides"]) == {"AA", "BB"}
    lines = summary.summarise(a)
    assert "quotations come from one side only (AA)" in lines
    assert ("all direct quotations come from 2 speakers (Anna Verdi, Paolo Neri); "
            "the other side appears only in indirect speech (Carla Bianchi)") in lines


def test_voices_direct_quotes_from_two_sides_are_not_one_sided_it() -> None:
    text = (
        "T\n\n“Siamo pronti a trattare,” ha detto Anna Verdi. Paolo Neri ha definito l’accordo “un errore storico”."
    )
    a = analysed(text, "it", person("Anna Verdi", country="AA"), person("Paolo Neri", country="BB"))
    v = a.voices
    assert v["one_sided"] is False and v["indirect_only"] == []
    assert set(v["direct_speakers"]) == {"Anna Verdi", "Paolo Neri"}


def test_voices_a_single_direct_quotation_is_not_one_sided() -> None:
    text = "T\n\n“We are ready,” said Anna Verdi. Carla Bianchi said that nothing had changed."
    a = analysed(text, "en", person("Anna Verdi", country="AA"), person("Carla Bianchi", country="AA"))
    assert a.voices["one_sided"] is False
    assert not any(line.startswith("all direct") for line in summary.summarise(a))


def test_voices_head_of_an_international_body_speaks_for_it() -> None:
    # Facts from fonte's KB: a NATO secretary general from 2014-10 to 2024-10, before that a prime minister.
    assert organisation_side("Jens Stoltenberg", None, "2020-05-01") == "NATO"
    assert organisation_side("Jens Stoltenberg", None, "2010-05-01") is None
    assert organisation_side("Jens Stoltenberg", None, None) == "NATO"
    assert organisation_side("Vladimir Putin", None, None) is None


def test_summary_more_than_two_direct_speakers_gives_no_direct_line() -> None:
    a = Analysis(article=Article(text="T"))
    a.voices = {"speakers": [{"name": n, "side": s, "kinds": {"direct": 1}} for n, s in
                             (("A", "AA"), ("B", "BB"), ("C", "CC"))], "sides": {"AA": 5, "BB": 5, "CC": 5},
                "one_sided": False}
    assert summary.summarise(a) == ["quotes 3 speakers (A, B, C)"]
