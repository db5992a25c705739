"""Who speaks: honorifics, salience, role nouns next to organisations, appositions, split quotes."""

from __future__ import annotations

import pytest
from quotes_builder import analysed, found, other, person


def speakers(text: str, lang: str, *entities) -> list[str | None]:
    return [s for _, _, s in found(analysed(text, lang, *entities))]


@pytest.mark.parametrize("name", ["M.Verdi", "M. Verdi"])
def test_quotes_speakers_french_honorific_is_not_the_name(name: str) -> None:
    text = f"T\n\n« La paix est possible », a souligné {name} devant la presse."
    assert speakers(text, "fr", person("Paul Verdi", "Verdi")) == ["Paul Verdi"]


def test_quotes_speakers_pronoun_prefers_the_subject_over_a_person_merely_mentioned() -> None:
    text = (
        "T\n\nCentral bank chair Anna Verdi spoke on Monday. While Verdi did not name the president, "
        "she told reporters that rates would stay high."
    )
    a = speakers(text, "en", person("Anna Verdi", "Verdi"), person("Paolo Neri", "the president"))
    assert a == ["Anna Verdi"]


def test_quotes_speakers_missing_subject_without_earlier_quote_takes_the_sentence_subject() -> None:
    text = "T\n\nAnna Verdi ha incontrato Paolo Neri a Roma.\n\n“Saremo pronti”, ha detto in un video."
    assert speakers(text, "it", person("Anna Verdi"), person("Paolo Neri")) == ["Anna Verdi"]


def test_quotes_speakers_role_after_a_state_is_the_subject() -> None:
    text = "T\n\nThe senior diplomat Anna Verdi arrived in Rome.\n\nRuritania's senior diplomat said that the talks were over."
    a = speakers(text, "en", person("Anna Verdi"), other("Ruritania", "country", iso="RU"))
    assert a == ["Anna Verdi"]


def test_quotes_speakers_role_of_an_organisation_names_its_holder() -> None:
    text = (
        "T\n\nLa presidente della Banca Alfa, Anna Verdi, è arrivata a Roma.\n\n"
        "La presidente della Banca Alfa ha aggiunto che i tassi scenderanno presto."
    )
    assert speakers(text, "it", person("Anna Verdi"), other("Banca Alfa", "organization")) == ["Anna Verdi"]


def test_quotes_speakers_role_without_holder_leaves_the_organisation() -> None:
    text = "T\n\nUn portavoce della Banca Alfa ha detto che i tassi scenderanno presto."
    assert speakers(text, "it", other("Banca Alfa", "organization")) == ["Banca Alfa"]


def test_quotes_speakers_name_in_apposition_after_a_role() -> None:
    text = (
        "T\n\n“Il piano è pronto”, ha detto Anna Verdi.\n\n“Ci sono trattative in corso”. Lo ha detto il consigliere "
        "per la sicurezza, Paolo Neri, in un'intervista."
    )
    assert speakers(text, "it", person("Anna Verdi"), person("Paolo Neri")) == ["Anna Verdi", "Paolo Neri"]


def test_quotes_speakers_stance_verb_object_does_not_speak() -> None:
    text = "T\n\nAnna Verdi called on Nato countries to “lift some restrictions” on weapons."
    assert speakers(text, "en", person("Anna Verdi"), other("Nato", "organization")) == ["Anna Verdi"]


def test_quotes_speakers_quote_split_by_a_fragment_takes_the_next_attribution() -> None:
    text = "T\n\n“La lista va bene” per noi, “ma servono garanzie serie”, ha affermato Anna Verdi."
    assert found(analysed(text, "it", person("Anna Verdi"))) == [
        ("direct", "La lista va bene", "Anna Verdi"),
        ("direct", "ma servono garanzie serie", "Anna Verdi"),
    ]


def test_quotes_speakers_mixed_quotation_marks_still_pair() -> None:
    text = 'T\n\nAnna Verdi ha parlato a lungo. Poi ha aggiunto: "Faremo ogni cosa necessaria”.'
    assert found(analysed(text, "it", person("Anna Verdi"))) == [("direct", "Faremo ogni cosa necessaria", "Anna Verdi")]


def test_quotes_speakers_dateline_is_not_part_of_the_clause() -> None:
    text = "T\n\n(AGENZIA) - ROMA, 3 MAR - Il governo chiede più fondi alle regioni. Lo ha detto Anna Verdi."
    assert found(analysed(text, "it", person("Anna Verdi"))) == [
        ("indirect", "Il governo chiede più fondi alle regioni", "Anna Verdi")
    ]


def test_quotes_speakers_french_inverted_pronoun_after_a_present_verb() -> None:
    text = "T\n\n« Nous partons », a déclaré Anna Verdi. « Nous continuerons les discussions », ajoute-t-elle."
    assert speakers(text, "fr", person("Anna Verdi")) == ["Anna Verdi", "Anna Verdi"]


def test_quotes_speakers_full_quote_after_reported_speech_goes_on_with_its_voice() -> None:
    text = "T\n\nAnna Verdi ha spiegato che i tassi scenderanno. “Non è un cambio di rotta, è prudenza.”"
    assert found(analysed(text, "it", person("Anna Verdi"))) == [
        ("indirect", "i tassi scenderanno", "Anna Verdi"),
        ("direct", "Non è un cambio di rotta, è prudenza.", "Anna Verdi"),
    ]


def test_quotes_speakers_exact_surname_outside_any_mention_joins_its_person() -> None:
    text = "T\n\nPaul Verdi est arrivé.\n\n« Nous voterons », a déclaré M. Verdi."
    a = analysed(text, "fr", person("Paul Verdi"))
    assert speakers(text, "fr", person("Paul Verdi")) == ["Paul Verdi"]
    assert a.quotes[0].speaker_mention is not None and a.quotes[0].speaker_mention.text == "Verdi"


def test_quotes_speakers_anaphoric_cue_after_a_quote_behind_page_debris() -> None:
    text = "T\n\nupdated 2024-05 “Il ponte sarà chiuso per due mesi”. Lo ha detto Anna Verdi in un'intervista."
    assert found(analysed(text, "it", person("Anna Verdi"))) == [("direct", "Il ponte sarà chiuso per due mesi", "Anna Verdi")]


def test_quotes_speakers_untyped_name_in_apposition_after_a_role() -> None:
    text = "T\n\n“Il ponte è sicuro”. Lo ha detto il consigliere per le opere pubbliche, Paolo Neri, ieri."
    assert speakers(text, "it", other("Paolo Neri", "other")) == ["Paolo Neri"]


def test_quotes_speakers_sentence_opening_with_its_verb_keeps_the_last_speaker() -> None:
    text = "T\n\n“Hay que esperar”, dijo Anna Verdi.\n\nCriticó a Paolo Neri por el retraso y aseguró que el plan fracasará."
    a = found(analysed(text, "es", person("Anna Verdi"), person("Paolo Neri")))
    assert a[-1] == ("indirect", "el plan fracasará", "Anna Verdi")


def test_quotes_speakers_surname_alone_joins_the_unlinked_full_name_before() -> None:
    text = "T\n\nMarco Bellini ha detto che il governo non cadrà. Secondo Bellini, la crescita sarà forte."
    assert speakers(text, "it") == ["Marco Bellini", "Marco Bellini"]


def test_quotes_speakers_full_name_after_a_dateline_agency() -> None:
    text = "T\n\nPARIS (Agence Nord) - Le ministre Pierre Garnier a affirmé mardi que la réforme serait votée."
    assert speakers(text, "fr", other("Agence Nord", "organization")) == ["Pierre Garnier"]


def test_quotes_speakers_german_noun_after_an_article_is_no_name() -> None:
    text = "T\n\nDie Regierung werde handeln, sagte Weber.\n\nDie Opposition sprach von einem „Haushalt der Ausreden“. Weber sagte, die Lage sei ernst."
    assert speakers(text, "de") == ["Weber", None, "Weber"]


def test_quotes_speakers_closing_attribution_before_a_gerund() -> None:
    text = "T\n\nThe economy is already slowing, Anna Verdi said, adding that families would pay the price."
    assert found(analysed(text, "en", person("Anna Verdi"))) == [
        ("indirect", "The economy is already slowing", "Anna Verdi"),
        ("indirect", "families would pay the price", "Anna Verdi"),
    ]


def test_quotes_speakers_quote_ending_its_paragraph_is_not_a_piece_of_the_next() -> None:
    text = 'T\n\nAnna Verdi spoke first. She went on: "Nothing is decided yet."\n\n"We will not accept this," Paolo Neri said.'
    assert speakers(text, "en", person("Anna Verdi"), person("Paolo Neri")) == ["Anna Verdi", "Paolo Neri"]


def test_quotes_speakers_german_compound_role_names_its_holder() -> None:
    text = "T\n\nRatssprecher Paolo Neri kam am Morgen.\n\nDer Ratssprecher sagte, die Sitzung sei vertagt."
    assert speakers(text, "de", person("Paolo Neri")) == ["Paolo Neri"]


def test_quotes_speakers_body_is_never_the_person_just_quoted() -> None:
    text = "T\n\n„Wir sind bereit“, sagte Anna Verdi.\n\nDas Außenministerium teilte mit, die Sanktionen seien illegal."
    assert speakers(text, "de", person("Anna Verdi")) == ["Anna Verdi", None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "T\n\n“Siamo pronti”, ha detto Anna Verdi. Sull’Italia ha poi detto: “Il Paese cresce bene”."),
        ("en", "T\n\n“We are ready,” Anna Verdi said. On Italy, she then said: “The country is growing well.”"),
    ],
)
def test_quotes_speakers_topic_after_an_opening_preposition_does_not_speak(lang: str, text: str) -> None:
    italy = other("Italy", "country", "Italia", "Italy", iso="IT")
    assert speakers(text, lang, person("Anna Verdi"), italy) == ["Anna Verdi", "Anna Verdi"]


def test_quotes_speakers_judging_verb_takes_a_quoted_object() -> None:
    text = "T\n\nLa France a jugé mercredi « inacceptables » les propositions de la Commission."
    france = other("France", "country", "La France", iso="FR")
    assert found(analysed(text, "fr", france)) == [("partial", "inacceptables", "France")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "T\n\nIl governo ruritano ha detto che le frontiere resteranno chiuse."),
        ("en", "T\n\nThe Ruritanian government said that the borders would stay closed."),
    ],
)
def test_quotes_speakers_body_named_with_its_state_gives_the_state(lang: str, text: str) -> None:
    ruritania = other("Ruritania", "country", "ruritano", "Ruritanian", iso="RT")
    assert speakers(text, lang, ruritania) == ["Ruritania"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("T\n\nAnna Verdi, speaking in Rome alongside Paolo Neri, said: “We are ready to sign.”", "en"),
        ("T\n\nAnna Verdi, arrivata a Roma insieme a Paolo Neri, ha detto: «Siamo pronti a firmare».", "it"),
        ("T\n\nAnna Verdi, die am Montag Paolo Neri traf, sagte: „Wir sind bereit zu unterschreiben.“", "de"),
    ],
)
def test_quotes_speakers_insertion_between_subject_and_verb_is_skipped(text: str, lang: str) -> None:
    assert speakers(text, lang, person("Anna Verdi"), person("Paolo Neri")) == ["Anna Verdi"]


def test_quotes_speakers_apposition_after_the_subject_still_names_the_speaker() -> None:
    text = "T\n\nThe spokesperson, Anna Verdi, said: “We are ready to sign.”"
    assert speakers(text, "en", person("Anna Verdi")) == ["Anna Verdi"]


def test_quotes_speakers_pronoun_takes_a_person_who_opened_a_sentence_since_the_last_quote() -> None:
    text = (
        "T\n\n“We expect progress,” Anna Verdi said.\n\n"
        "Paolo Neri rejected the criticism. “We are not a party to the conflict,” he said."
    )
    assert speakers(text, "en", person("Anna Verdi"), person("Paolo Neri")) == ["Anna Verdi", "Paolo Neri"]


def test_quotes_speakers_colon_after_a_clause_without_speech_verb_gives_its_subject() -> None:
    text = "T\n\nIl presidente Paolo Neri ha ringraziato Anna Verdi: «Il vostro sostegno è fondamentale»."
    assert speakers(text, "it", person("Paolo Neri"), person("Anna Verdi")) == ["Paolo Neri"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nPendant la séance, Paolo Neri a interpellé la maire Anna Verdi : « Où est passé l'argent du stade ? »", "fr"),
        ("T\n\nDurante la seduta, Paolo Neri ha incalzato la sindaca Anna Verdi: «Dove sono finiti i soldi dello stadio?»", "it"),
        ("T\n\nIeri, durante la seduta, Paolo Neri ha incalzato Anna Verdi: «Dove sono finiti i soldi dello stadio?»", "it"),
    ],
)
def test_quotes_speakers_colon_lead_after_an_opening_phrase_gives_its_subject(text: str, lang: str) -> None:
    assert speakers(text, lang, person("Paolo Neri"), person("Anna Verdi")) == ["Paolo Neri"]


def test_quotes_speakers_addressee_of_asked_before_a_colon_is_not_the_speaker() -> None:
    text = "T\n\nAt the hearing, Paolo Neri asked Anna Verdi: “Where did the stadium money go?”"
    assert speakers(text, "en", person("Paolo Neri"), person("Anna Verdi")) == ["Paolo Neri"]


def test_quotes_speakers_unlinked_name_after_a_role_nobody_holds() -> None:
    text = "T\n\n„Das reicht nicht“, sagte die Grünen-Politikerin Eva Brandt am Abend.\n\n„Nie“, sagte Paolo Neri."
    names = speakers(text, "de", person("Paolo Neri"))
    assert names[0] == "Eva Brandt"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nLe chômage reculera, estime Paul Verdi, qui dirige l'institut depuis 2019.", "fr"),
        ("T\n\nLe chômage reculera, a estimé Paul Verdi, dont le mandat s'achève.", "fr"),
        ("T\n\nLa disoccupazione calerà, ha detto Paul Verdi, che guida l'istituto dal 2019.", "it"),
    ],
)
def test_quotes_speakers_relative_clause_after_a_closing_attribution_describes_the_speaker(text: str, lang: str) -> None:
    a = found(analysed(text, lang, person("Paul Verdi", "Verdi")))
    assert [(k, s) for k, _, s in a] == [("indirect", "Paul Verdi")]
    assert a[0][1].startswith(("Le chômage reculera", "La disoccupazione calerà"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nPaul Verdi a parlé lundi. « Le chômage reculera », a-t-il précisé, selon l'Agence Sud.", "fr"),
        ("T\n\nPaul Verdi a parlé lundi. « Le chômage reculera », a-t-il ajouté, d'après l'Agence Sud.", "fr"),
        ("T\n\nPaul Verdi ha parlato lunedì. «La disoccupazione calerà», ha precisato, secondo l'Agenzia Sud.", "it"),
    ],
)
def test_quotes_speakers_source_after_a_pronoun_attribution_only_reports_it(text: str, lang: str) -> None:
    entities = (person("Paul Verdi", "Verdi"), other("Agence Sud", "organization", "Agence Sud", "Agenzia Sud"))
    assert speakers(text, lang, *entities) == ["Paul Verdi"]


@pytest.mark.parametrize("verb", ["a jugé", "a considéré", "juge"])
def test_quotes_speakers_french_judging_verb_reports_a_that_clause(verb: str) -> None:
    text = f"T\n\nPaul Verdi {verb} lundi que le chômage reculerait cette année."
    assert found(analysed(text, "fr", person("Paul Verdi", "Verdi"))) == [
        ("indirect", "le chômage reculerait cette année", "Paul Verdi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "T\n\n« Le chômage reculera », a déclaré Paul Verdi mardi matin sur Radio Sud.",
        "T\n\n« Le chômage reculera », a expliqué à l'AFP Paul Verdi.",
        "T\n\nPaul Verdi dirige l'institut. « Le chômage reculera », a-t-il ajouté.",
        "T\n\nPaul Verdi, ministre du Travail, a indiqué que le chômage reculerait.",
        "T\n\nSelon Paul Verdi, le chômage reculera cette année.",
        "T\n\nD'après Paul Verdi, le chômage reculera cette année.",
        "T\n\nPaul Verdi dirige l'institut. « Le chômage reculera », a déclaré Mme Verdi.",
    ],
)
def test_quotes_speakers_french_news_attributions(text: str) -> None:
    assert speakers(text, "fr", person("Paul Verdi", "Verdi")) == ["Paul Verdi"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El ministro afirma que el puerto abrirá en mayo\n\nEl ministro de Transportes, Paolo Neri, ha dicho que las obras terminan ya.", "es"),
        ("Le ministre affirme que le port ouvrira en mai\n\nLe ministre des Transports, Paolo Neri, a déclaré que les travaux s'achèvent.", "fr"),
    ],
)
def test_quotes_speakers_role_in_a_headline_is_the_person_described_with_it_below(text: str, lang: str) -> None:
    assert speakers(text, lang, person("Paolo Neri")) == ["Paolo Neri", "Paolo Neri"]


def test_quotes_speakers_role_named_before_anyone_stays_unknown_without_a_holder() -> None:
    text = "El ministro afirma que el puerto abrirá en mayo\n\nLa alcaldesa Anna Verdi ha dicho que las obras terminan ya."
    assert speakers(text, "es", person("Anna Verdi")) == [None, "Anna Verdi"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nAnna Verdi besuchte Lima. «Wir erwarten klare Antworten von der Regierung», zitiert die Agentur Nordpress sie.", "de"),
        ("T\n\nAnna Verdi visited Lima. “We expect clear answers from the government,” Nordpress quoted her as saying.", "en"),
        ("T\n\nAnna Verdi s'est rendue à Lima. « Nous attendons des réponses claires du gouvernement », cite l'agence Nordpress.", "fr"),
        ("T\n\nАнна Верди посетила Лиму. «Мы ждём ясных ответов от правительства», — цитирует её агентство Нордпресс.", "ru"),
    ],
)
def test_quotes_speakers_outlet_that_quotes_is_not_the_speaker(text: str, lang: str) -> None:
    entities = (person("Anna Verdi", "Анна Верди"), other("Nordpress", "organization", "Нордпресс"))
    assert speakers(text, lang, *entities) == ["Anna Verdi"]


def test_quotes_speakers_outlet_that_quotes_a_named_person_gives_that_person() -> None:
    text = "T\n\nAnna Verdi besuchte Lima. «Das ist ein Fehler», zitierte Nordpress Paolo Neri."
    entities = (person("Anna Verdi"), person("Paolo Neri"), other("Nordpress", "organization"))
    assert speakers(text, "de", *entities) == ["Paolo Neri"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nLe maire Paolo Neri a parlé longtemps. « Rien n'est encore décidé pour le stade », a nuancé Mme Verdi.", "fr"),
        ("T\n\n«Решение по стадиону ещё не принято», — рассказала Анна Верди журналистам.", "ru"),
    ],
)
def test_quotes_speakers_more_speech_verbs(text: str, lang: str) -> None:
    assert speakers(text, lang, person("Anna Verdi", "Verdi", "Анна Верди"), person("Paolo Neri")) == ["Anna Verdi"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nDie Reederei Nordpress kritisierte den Streik. „Dieser Streik ist völlig überzogen“, erklärte das Unternehmen.", "de"),
        ("T\n\nNordpress criticised the strike. “This strike is unjustified,” said Anna Verdi, its chief executive. “We will appeal,” the company said.", "en"),
        ("T\n\nNordpress a critiqué la grève. « Cette grève est injustifiée », a déclaré le groupe.", "fr"),
        ("T\n\nNordpress ha criticato lo sciopero. «Questo sciopero è ingiustificato», ha dichiarato la società.", "it"),
    ],
)
def test_quotes_speakers_company_noun_is_the_organisation_named_before(text: str, lang: str) -> None:
    assert speakers(text, lang, person("Anna Verdi"), other("Nordpress", "organization"))[-1] == "Nordpress"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("T\n\nSudrail a appelé à la grève. « Cette grève est injustifiée », a déclaré le groupe Nordpress.", "fr"),
        ("T\n\nSudrail rief zum Streik auf. „Der Streik ist überzogen“, erklärte der Konzern Nordpress.", "de"),
    ],
)
def test_quotes_speakers_company_noun_before_a_name_is_that_organisation(text: str, lang: str) -> None:
    assert speakers(text, lang, other("Sudrail", "organization"), other("Nordpress", "organization")) == ["Nordpress"]
