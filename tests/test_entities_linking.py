"""Entities linked to countries and KB actors across languages, inflections and metonymy."""

from __future__ import annotations

from entities_builder import analyse

from fonte.model import Analysis


def by_name(analysis: Analysis) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in analysis.entities}


def entity(analysis: Analysis, name: str):
    return next(e for e in analysis.entities if e.name == name)


def test_italian_country_forms_link_to_one_country():
    a = analyse("Titolo\n\nLa Federazione Russa e la Russia sono la stessa cosa. I soldati russi e la flotta russa.", "it")
    russia = entity(a, "Russia")
    assert russia.iso == "RU" and russia.wikidata == "Q159" and russia.type == "country"
    assert [m.text for m in russia.mentions] == ["Federazione Russa", "Russia", "russi", "russa"]
    assert russia.by == "kb:countries"


def test_russian_case_forms_find_the_dictionary_form():
    a = analyse("Заголовок\n\nСанкции против России обсуждали с Россией. Эксперт говорил о Северной Корее и КНДР.", "ru")
    names = by_name(a)
    assert names["Russia"] == ["России", "Россией"]
    assert names["North Korea"] == ["Северной Корее", "КНДР"]


def test_german_genitive_and_adjective_endings():
    a = analyse("Titel\n\nRusslands Armee und die russischen Truppen stehen an der Grenze zur Ukraine.", "de")
    assert by_name(a)["Russia"] == ["Russlands", "russischen"]
    assert by_name(a)["Ukraine"] == ["Ukraine"]


def test_capital_as_subject_is_the_government():
    a = analyse("Titolo\n\nMosca e Pechino respingono le accuse. Pyongyang tace.", "it")
    names = by_name(a)
    assert names["Russia"] == ["Mosca"]
    assert names["China"] == ["Pechino"]
    assert names["North Korea"] == ["Pyongyang"]


def test_capital_after_a_place_preposition_is_only_a_place():
    for lang, text in {
        "en": "Title\n\nThe delegates met in Moscow on Monday.",
        "it": "Titolo\n\nI delegati si sono incontrati a Mosca lunedì.",
        "ru": "Заголовок\n\nВстреча прошла в Москве.",
        "de": "Titel\n\nDie Delegierten trafen sich in Moskau.",
    }.items():
        assert analyse(text, lang).entities == [], lang


def test_capital_in_a_dateline_is_only_a_place():
    a = analyse("Titolo\n\nRoma, 5 marzo - Il governo ha approvato il decreto.", "it")
    assert a.entities == []


def test_capitals_followed_by_numbers_are_places():
    assert analyse("Title\n\nWeather: Moscow 28 °  London 2 °  Rome 13 °", "en").entities == []
    assert analyse("Title\n\nYerevan\n\n8 °\n\nMoscow\n\nThe markets closed.", "en").entities == []


def test_russian_capital_place_and_government_in_one_text():
    a = analyse("Заголовок\n\nВстреча прошла в Москве. Москва отвергла обвинения.", "ru")
    assert by_name(a) == {"Russia": ["Москва"]}


def test_government_metonyms():
    a = analyse("Title\n\nThe Kremlin denied it and the White House declined to comment.", "en")
    assert by_name(a)["Russia"] == ["Kremlin"]
    assert by_name(a)["United States"] == ["White House"]


def test_compound_adjectives_count_for_both_countries():
    a = analyse("Titolo\n\nI rapporti italo-francesi e sino-russi migliorano.", "it")
    names = by_name(a)
    assert names["Italy"] == ["italo"]
    assert names["China"] == ["sino"]
    assert names["Russia"] == ["russi"]
    assert names["France"] == ["francesi"]


def test_ambiguous_demonym_follows_the_country_the_article_names():
    a = analyse("Titolo\n\nLa Corea del Nord ha lanciato un missile. Il governo coreano tace.", "it")
    assert by_name(a)["North Korea"] == ["Corea del Nord", "coreano"]
    b = analyse("Titolo\n\nIl governo coreano tace.", "it")
    assert b.entities == []


def test_english_demonyms_need_a_capital():
    a = analyse("Title\n\nShe will polish the Polish silver.", "en")
    assert by_name(a)["Poland"] == ["Polish"]


def test_acronyms_match_only_as_written():
    a = analyse("Titolo\n\nLa NATO e l'ONU. Un vertice, un accordo.", "it")
    names = by_name(a)
    assert names["NATO"] == ["NATO"]
    assert names["United Nations"] == ["ONU"]
    assert entity(a, "NATO").wikidata == "Q7184" and entity(a, "NATO").type == "organization"


def test_person_variants_across_languages_and_scripts():
    texts = {
        "it": "Titolo\n\nKim Jong-un ha incontrato i generali.",
        "en": "Title\n\nKim Jong Un met the generals.",
        "de": "Titel\n\nSelenskyj traf Kim Jong Un.",
        "ru": "Заголовок\n\nКим Чен Ын встретился с Зеленским.",
    }
    for lang, text in texts.items():
        assert "Kim Jong-un" in by_name(analyse(text, lang)), lang
    assert by_name(analyse(texts["ru"], "ru"))["Volodymyr Zelenskyy"] == ["Зеленским"]
    assert entity(analyse(texts["de"], "de"), "Volodymyr Zelenskyy").country == "UA"


def test_french_and_spanish_sentences():
    fr = analyse("Titre\n\nLe Kremlin et Washington s'opposent; l'armée ukrainienne résiste à Kiev.", "fr")
    assert by_name(fr)["Russia"] == ["Kremlin"]
    assert by_name(fr)["United States"] == ["Washington"]
    assert by_name(fr)["Ukraine"] == ["ukrainienne"]
    es = analyse("Título\n\nLos Estados Unidos y la Unión Europea apoyan a los ucranianos.", "es")
    assert by_name(es)["United States"] == ["Estados Unidos"]
    assert by_name(es)["European Union"] == ["Unión Europea"]
    assert by_name(es)["Ukraine"] == ["ucranianos"]


def test_unknown_language_uses_every_language():
    a = analyse("x\n\nRussland, Russie, Россия.", "und")
    assert by_name(a)["Russia"] == ["Russland", "Russie", "Россия"]


def test_every_mention_points_into_the_text():
    a = analyse("Titolo\n\nIl Presidente russo Vladimir Putin a Mosca. Mosca apprezza.", "it")
    for e in a.entities:
        assert e.by and 0 < e.confidence <= 1
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text
