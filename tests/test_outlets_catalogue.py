"""The bundled outlet catalogue: valid, unambiguous data; look-ups by name and by domain."""

from __future__ import annotations

import tomllib

import pytest

from fonte.kb import outlets


@pytest.fixture(autouse=True)
def _no_user_catalogue(tmp_path, monkeypatch):
    monkeypatch.setenv("FONTE_HOME", str(tmp_path))


def test_outlets_catalogue_bundled_file_is_sorted_and_valid():
    with outlets.BUNDLED.open("rb") as fh:
        names = list(tomllib.load(fh))
    assert names == sorted(names, key=str.lower)
    entries = outlets.load_bundled()
    assert len(entries) >= 150
    for e in entries:
        assert e.kind in outlets.KINDS
        assert e.country is None or len(e.country) == 2
        if e.typology:
            assert e.state_affiliated is outlets.typology_state_affiliated(e.typology)


def test_outlets_catalogue_no_domain_belongs_to_two_outlets():
    owner: dict[str, str] = {}
    for e in outlets.load_bundled():
        for d in e.domains:
            assert owner.setdefault(d, e.name) == e.name, d


def test_outlets_catalogue_no_name_belongs_to_two_outlets():
    cat = outlets.catalogue()
    for e in cat:
        for name in e.names():
            assert cat.lookup_name(name).name == e.name, name


def test_outlets_catalogue_major_agencies_present():
    for name in ["Reuters", "AP", "AFP", "ANSA", "dpa", "EFE", "TASS", "RIA Novosti", "Interfax", "Xinhua", "KCNA",
                 "Yonhap", "Kyodo", "Anadolu", "IRNA", "Sputnik", "RT", "CGTN", "Global Times"]:
        assert outlets.lookup_name(name) is not None, name


def test_outlets_catalogue_typology_decides_the_flag():
    assert outlets.lookup_name("TASS").state_affiliated is True  # SC
    assert outlets.lookup_name("BBC").state_affiliated is False  # IP
    assert outlets.lookup_name("Deutsche Welle").state_affiliated is False  # ISF
    entry = outlets.make_entry("Some Channel", typology="CaPr", state_affiliated=False)
    assert entry.state_affiliated is True
    assert outlets.make_entry("Unknown Weekly").state_affiliated is None


@pytest.mark.parametrize("name", ["RIA Novosti", "ria novosti", "РИА Новости", "РИА «Новости»", 'РИА "Новости"', "RIA-Novosti"])
def test_outlets_catalogue_lookup_name_variants(name):
    assert outlets.lookup_name(name).name == "RIA Novosti"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.reuters.com/world/x", "Reuters"),
        ("de.rt.com", "RT"),
        ("http://FR.SPUTNIKNEWS.COM:8080/a", "Sputnik"),
        ("https://pravda-fr.com/", "Pravda network"),
        ("france.news-pravda.com", "Pravda network"),
    ],
)
def test_outlets_catalogue_lookup_domain_with_subdomains(url, name):
    assert outlets.lookup_domain(url).name == name


def test_outlets_catalogue_lookup_domain_unknown_and_lookalike():
    assert outlets.lookup_domain("https://example.org/") is None
    assert outlets.lookup_domain("notreuters.com") is None
    assert outlets.lookup_domain("") is None


def test_outlets_catalogue_to_outlet():
    outlet = outlets.lookup_name("Xinhua").to_outlet()
    assert outlet.to_dict() == {"name": "Xinhua", "domain": "xinhuanet.com", "country": "CN", "state_affiliated": True,
                                "typology": "SC", "kind": "agency"}
    assert outlets.lookup_domain("pravda-de.com").to_outlet("pravda-de.com").kind == "network"


def test_outlets_catalogue_find_names_acronyms_keep_their_case():
    text = "Gli AP e la ap; RT e rt; l'ansa del fiume e l'ANSA."
    assert [h.surface for h in outlets.find_names(text)] == ["AP", "RT", "ANSA"]


def test_outlets_catalogue_find_names_russian_endings():
    hits = outlets.find_names("по данным Интерфакса и ТАСС", "ru")
    assert [(h.surface, h.entry.name) for h in hits] == [("Интерфакса", "Interfax"), ("ТАСС", "TASS")]
    assert outlets.find_names("по данным Интерфакса") == []  # endings only where the language has them


def test_outlets_catalogue_find_names_leading_word_needs_the_rest_of_the_name():
    text = "La Stampa scrive. La guerra continua. Die Welt und Die Woche. Le Monde diplomatique, Le Monde."
    assert [h.surface for h in outlets.find_names(text)] == ["La Stampa", "Die Welt", "Le Monde diplomatique", "Le Monde"]


def test_outlets_catalogue_find_names_lower_case_name_as_written_or_capitalised():
    # Capitalised at a sentence start is still the agency; a capital inside the word is not.
    assert [h.surface for h in outlets.find_names("Laut dpa und Dpa, nicht dPa.")] == ["dpa", "Dpa"]


def test_outlets_catalogue_only_an_article_may_be_left_out_of_a_name():
    cat = outlets.Catalogue([
        outlets.make_entry("la Gazzetta del Porto", kind="newspaper"),
        outlets.make_entry("nuova Gazzetta", kind="newspaper"),
    ])
    # "la" is an article: the name is found without it.
    assert [(h.surface, h.entry.name) for h in cat.find("Secondo Gazzetta del Porto, il molo riapre.")] == [
        ("Gazzetta del Porto", "la Gazzetta del Porto")
    ]
    # "nuova" is part of the name: "Gazzetta" alone is not that outlet.
    assert cat.find("La Gazzetta locale e il suo lettore.") == []
    assert [h.surface for h in cat.find("Lo scrive la nuova Gazzetta.")] == ["nuova Gazzetta"]
