"""fonte's knowledge base of people and organisations."""

from __future__ import annotations

import re

import pytest

from fonte.errors import DataError
from fonte.kb import actors, countries

KB = actors.knowledge_base()
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_kb_is_versioned():
    assert KB.version and re.match(r"^\d{4}-\d{2}-\d{2}$", KB.updated)


def test_given_identifiers():
    assert actors.lookup("Vladimir Putin").wikidata == "Q7747"
    assert actors.lookup("Kim Jong Un").wikidata == "Q56226"
    assert actors.lookup("NATO").wikidata == "Q7184"


def test_qids_are_unique_and_well_formed():
    qids = [a.wikidata for a in KB.actors.values() if a.wikidata]
    assert len(qids) == len(set(qids))
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)


def test_offices_are_well_formed():
    known = countries.countries()
    for actor in KB.actors.values():
        if actor.country:
            assert actor.country in known, actor.id
        for office in actor.offices:
            assert office.of in known or office.of in KB.actors, (actor.id, office.of)
            for day in (office.start, office.end):
                assert not day or _DAY.match(day), (actor.id, day)
            assert not (office.start and office.end) or office.start < office.end, actor.id


def test_office_holder_depends_on_the_date():
    president = frozenset({"president"})
    assert KB.holder(president, "US", "2023-03-01").name == "Joe Biden"
    assert KB.holder(president, "US", "2025-06-01").name == "Donald Trump"
    chancellor = frozenset({"chancellor"})
    assert KB.holder(chancellor, "DE", "2024-01-01").name == "Olaf Scholz"
    assert KB.holder(chancellor, "DE", "2025-06-01").name == "Friedrich Merz"
    assert KB.holder(frozenset({"secretary_general"}), "nato", "2024-06-19").name == "Jens Stoltenberg"
    assert KB.holder(frozenset({"secretary_general"}), "nato", "2025-01-10").name == "Mark Rutte"


def test_no_holder_is_guessed():
    assert KB.holder(frozenset({"president"}), "RU", "1990-01-01") is None
    assert KB.holder(frozenset({"president"}), "ZZ", "2024-01-01") is None


def test_names_in_six_languages():
    for variant in ("Selenskyj", "Zelensky", "Зеленский", "Zelenskyy"):
        assert actors.lookup(variant).id == "volodymyr-zelenskyy", variant
    assert actors.lookup("Ким Чен Ын").id == "kim-jong-un"


def test_actor_country_gives_the_side():
    assert actors.actor_country("Dmitry Peskov") == "RU"
    assert actors.actor_country("Q7747") == "RU"
    assert actors.actor_country("NATO") is None
    assert actors.actor_country("Nobody Known") is None


def test_malformed_kb_is_a_clear_error(tmp_path):
    bad = tmp_path / "actors.toml"
    bad.write_text('[[actor]]\nid = "x"\nname = "X"\ntype = "robot"\n', encoding="utf-8")
    with pytest.raises(DataError, match="actor x"):
        actors.load(bad)
    bad.write_text("[[actor]\n", encoding="utf-8")
    with pytest.raises(DataError, match="actors.toml"):
        actors.load(bad)
