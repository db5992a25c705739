"""The country gazetteer: identities from rigour, names from CLDR, demonyms from fonte's data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fonte.kb import countries
from fonte.lang import LANGUAGES


def test_countries_have_iso_english_label_and_qid():
    known = countries.countries()
    assert known["RU"].name == "Russia" and known["RU"].wikidata == "Q159"
    assert known["KP"].name == "North Korea"
    assert known["US"].name == "United States"
    assert known["RU"].sovereign
    assert "EU" not in known and "UN" not in known


def test_names_in_every_language_lead_to_the_same_code():
    expected = {"it": "Corea del Nord", "en": "North Korea", "fr": "Corée du Nord", "de": "Nordkorea", "es": "Corea del Norte", "ru": "КНДР"}
    for lang, name in expected.items():
        assert countries.names(lang)[name] == "KP", lang


def test_aliases_fill_what_cldr_lacks():
    assert countries.names("it")["Federazione Russa"] == "RU"
    assert countries.names("it")["Stati Uniti d'America"] == "US"
    assert countries.names("en")["DPRK"] == "KP"


def test_demonyms_expand_every_form():
    it = countries.demonyms("it")
    assert all(it[form] == ("RU",) for form in ("russo", "russa", "russi", "russe"))
    assert countries.demonyms("de")["russischen"] == ("RU",)
    assert countries.demonyms("it")["coreano"] == ("KP", "KR")


def test_every_language_ships_demonyms_capitals_and_roles():
    for lang in LANGUAGES:
        assert len(countries.demonyms(lang)) > 60, lang
        assert countries.capitals(lang), lang
        assert set(countries.capitals(lang).values()) >= {"RU", "US", "CN", "KP", "UA"}, lang


def test_every_data_code_is_a_known_country():
    known = countries.countries()
    for lang in LANGUAGES:
        for codes in countries.demonyms(lang).values():
            assert set(codes) <= set(known), (lang, codes)
        assert set(countries.capitals(lang).values()) <= set(known), lang
        assert set(countries.metonyms(lang).values()) <= set(known), lang


def test_lookup_by_name_demonym_or_code():
    assert countries.lookup("Russland").iso == "RU"
    assert countries.lookup("nordcoreano", "it").iso == "KP"
    assert countries.lookup("ua").name == "Ukraine"
    assert countries.lookup("Atlantis") is None


def test_capitals_name_their_country():
    assert countries.capitals("it")["Mosca"] == "RU"
    assert countries.capitals("ru")["Москва"] == "RU"


@given(st.text(alphabet="abcé{},", max_size=20))
def test_expand_forms_never_crashes_and_keeps_text_without_braces(pattern):
    forms = countries.expand_forms(pattern)
    assert forms
    if "{" not in pattern:
        assert forms == [pattern]
