"""Role nouns, office terms and surnames joining the person they stand for."""

from __future__ import annotations

from entities_builder import analyse

from fonte.model import Analysis


def mentions(analysis: Analysis, name: str) -> list[str]:
    return next([m.text for m in e.mentions] for e in analysis.entities if e.name == name)


def names(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities}


def test_role_with_country_adjective_resolves_by_date():
    text = "Title\n\nThe American president spoke on Monday."
    assert "Joe Biden" in names(analyse(text, "en", "2023-05-02"))
    assert "Donald Trump" in names(analyse(text, "en", "2025-05-02"))
    assert "Barack Obama" in names(analyse(text, "en", "2012-05-02"))


def test_role_of_country_in_several_languages():
    cases = {
        "it": "Titolo\n\nIl cancelliere tedesco ha parlato.",
        "de": "Titel\n\nDer deutsche Kanzler hat gesprochen.",
        "fr": "Titre\n\nLe chancelier allemand a parlé.",
        "ru": "Заголовок\n\nЗаявление сделал канцлер Германии.",
    }
    for lang, text in cases.items():
        assert "Olaf Scholz" in names(analyse(text, lang, "2023-01-10")), lang
        assert "Friedrich Merz" in names(analyse(text, lang, "2025-11-10")), lang


def test_role_of_an_organisation():
    a = analyse("Title\n\nThe Secretary General of NATO warned Moscow.", "en", "2023-02-01")
    assert mentions(a, "Jens Stoltenberg") == ["Secretary General of NATO"]
    assert "NATO" in names(a)


def test_bare_role_joins_the_last_compatible_person():
    text = (
        "Titolo\n\nGiorgia Meloni ha incontrato Emmanuel Macron a Roma. "
        "Il presidente ha poi lasciato la città, mentre la premier è rimasta."
    )
    a = analyse(text, "it", "2024-03-01")
    assert mentions(a, "Emmanuel Macron") == ["Emmanuel Macron", "presidente"]
    assert mentions(a, "Giorgia Meloni") == ["Giorgia Meloni", "premier"]


def test_bare_role_without_a_compatible_person_stays_unlinked():
    a = analyse("Title\n\nThe president of the club resigned.", "en", "2024-03-01")
    assert not any(e.type == "person" for e in a.entities)


def test_bare_role_joins_a_person_the_article_called_so():
    a = analyse("Titolo\n\nIl ministro Paolo Bianchi ha firmato. Il ministro ha poi lasciato la sala.", "it")
    assert mentions(a, "Paolo Bianchi") == ["ministro", "Paolo Bianchi", "ministro"]


def test_role_right_before_a_name_is_that_person():
    a = analyse("Titolo\n\nIl leader nordcoreano Kim Jong-un ha parlato. Il leader nordcoreano ha poi taciuto.", "it")
    assert mentions(a, "Kim Jong-un") == ["leader nordcoreano", "Kim Jong-un", "leader nordcoreano"]


def test_head_of_state_is_not_every_leader():
    text = "Titolo\n\nVladimir Putin ha ricevuto Kim Jong-un. Il Presidente ha parlato per primo."
    assert mentions(analyse(text, "it", "2024-06-19"), "Vladimir Putin") == ["Vladimir Putin", "Presidente"]


def test_surname_alone_joins_the_full_name():
    a = analyse("Title\n\nAnalyst Laura Pennington spoke first. Later Pennington added a warning.", "en")
    assert mentions(a, "Laura Pennington") == ["Laura Pennington", "Pennington"]
    assert next(e for e in a.entities if e.name == "Laura Pennington").type == "person"


def test_kb_short_form_alone():
    a = analyse("Titre\n\nPoutine a répondu à Macron.", "fr")
    assert {"Vladimir Putin", "Emmanuel Macron"} <= names(a)


def test_russian_role_and_inflected_surname():
    text = "Заголовок\n\nПресс-секретарь Кремля Дмитрий Песков ответил журналистам. Пескова спросили снова."
    a = analyse(text, "ru")
    assert mentions(a, "Dmitry Peskov") == ["Пресс-секретарь Кремля", "Дмитрий Песков", "Пескова"]


def test_unknown_person_takes_the_country_of_its_role():
    a = analyse("Titolo\n\nIl ministro degli Esteri ucraino Taras Melnyk ha parlato.", "it")
    person = next(e for e in a.entities if e.name == "Taras Melnyk")
    assert person.type == "person" and person.country == "UA" and person.wikidata is None


def test_spanish_and_french_roles_by_date():
    es = analyse("Título\n\nEl presidente francés visitó Madrid. El presidente habló después.", "es", "2024-05-01")
    assert mentions(es, "Emmanuel Macron") == ["presidente francés", "presidente"]
    fr = analyse("Titre\n\nLe Premier ministre britannique a répondu.", "fr", "2023-06-01")
    assert mentions(fr, "Rishi Sunak") == ["Premier ministre britannique"]
    fr_later = analyse("Titre\n\nLe Premier ministre britannique a répondu.", "fr", "2024-09-01")
    assert mentions(fr_later, "Keir Starmer") == ["Premier ministre britannique"]


def test_ambiguous_office_is_never_guessed():
    # Russia has a foreign and a defence minister: "the Russian minister" names neither.
    a = analyse("Title\n\nThe Russian minister said nothing.", "en", "2024-09-01")
    assert [e.name for e in a.entities] == ["Russia"]
