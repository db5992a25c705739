"""Names that hold a country word, junk runs, cities, state roles, ministries and acronyms."""

import fonte
from fonte.kb import actors


def found(text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    analysis = fonte.analyze_text(text, language=lang)
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in analysis.entities}


def test_demonym_surname_after_a_given_name_is_part_of_the_name():
    it = found("Titolo\n\nIl sindaco Paolo Greco ha parlato, poi il premier greco ha risposto. Più tardi Greco ha taciuto.", "it")
    assert it["Paolo Greco"] == ("person", ["Paolo Greco", "Greco"])
    assert it["Greece"] == ("country", ["greco"])
    en = found("Title\n\nThe mayor spoke to John English and Anna Francese about the Greek premier.", "en")
    assert en["John English"][0] == en["Anna Francese"][0] == "person"
    assert "United Kingdom" not in en and en["Greece"][1] == ["Greek"]


def test_capitalised_demonym_inside_an_organisation_name_is_not_the_country():
    assert "Italy" not in found("Titolo\n\nI treni della Italiana Ferrovie sono fermi da ieri.", "it")
    assert "France" not in found("Titre\n\nLes prévisions de Météo-France annoncent de la pluie.", "fr")
    assert found("Title\n\nThe Russia-Ukraine talks resumed.", "en")["Russia"][1] == ["Russia"]


def test_weekdays_end_a_name_and_known_cities_are_locations():
    en = found("Title\n\nThe delegates met Carla Bassi in Turin on Tuesday and in Cuneo on Friday.", "en")
    assert en["Turin"] == ("location", ["Turin"])
    assert not any("Tuesday" in n or "Friday" in n for n in en)
    it = found("Titolo\n\nIl sindaco di Torino Paolo Greco è arrivato a Milano.", "it")
    assert it["Turin"][0] == it["Milan"][0] == "location" and it["Paolo Greco"][0] == "person"
    assert "Italy" not in it


def test_role_noun_with_a_state_prefix_is_the_office_holder():
    for lang, text in {
        "de": "Titel\n\nDer Kremlsprecher sagte am Montag, alles sei ruhig.",
        "en": "Title\n\nA Kremlin spokesman said on Monday all was calm.",
        "it": "Titolo\n\nIl portavoce del Cremlino ha detto che tutto è calmo.",
        "fr": "Titre\n\nLe porte-parole du Kremlin a dit que tout était calme.",
    }.items():
        assert found(text, lang)["Dmitry Peskov"][0] == "person", lang


def test_changed_office_resolves_undated_only_when_the_holder_is_named():
    text = "Title\n\nThe Russian president spoke on Monday."
    changed = actors.knowledge_base().changed_hands(frozenset({"president"}), "RU")
    names = found(text, "en")
    assert ("Vladimir Putin" in names) == (not changed)


def test_french_honorific_and_given_names_make_persons():
    fr = found("Titre\n\nM. Laroche et Mme Vasseur ont voté, Marine Le Pen aussi.", "fr")
    assert fr["Laroche"][0] == fr["Vasseur"][0] == fr["Marine Le Pen"][0] == "person"
    en = found("Title\n\nJake Morrow said the plan was ready.", "en")
    assert en["Jake Morrow"][0] == "person"


def test_portfolio_or_party_before_a_name_is_not_part_of_it():
    it = found("Titolo\n\nLa ministra del Lavoro Marina Calderone e la deputata del Pd Chiara Ferri hanno votato.", "it")
    assert it["Marina Calderone"][0] == it["Chiara Ferri"][0] == "person"
    assert not any(n.startswith("Lavoro") for n in it)


def test_acronyms_and_short_ministry_forms_are_organisations():
    fr = found("Titre\n\nLa direction de la SNCF a répondu aux syndicats.", "fr")
    assert fr["SNCF"][0] == "organization"
    en = found("Title\n\nThe GDL union and the XIV corps met.", "en")
    assert en["GDL"][0] == "organization" and "XIV" not in en
    ru = found("Заголовок\n\nМинобороны сообщило о ситуации в Белгородской области.", "ru")
    assert ru["Минобороны"][0] == "organization" and not any("Белгород" in n for n in ru)


def test_ministry_named_by_its_portfolio_is_an_organisation():
    fr = found("Titre\n\nLe ministère de l'Agriculture a répondu mardi.", "fr")
    assert fr["ministère de l'Agriculture"][0] == "organization"
    it = found("Titolo\n\nIl ministero degli Esteri ha risposto. I ministri degli Affari Esteri si sono riuniti.", "it")
    assert it == {"ministero degli Esteri": ("organization", ["ministero degli Esteri"])}


def test_two_given_names_stay_in_one_name_and_dates_are_no_acronyms():
    es = found("Título\n\nEl ministro José Manuel Ruiz-Tagle habló el 12 NOV con la prensa.", "es")
    assert es["José Manuel Ruiz-Tagle"][0] == "person" and "NOV" not in es
