"""Direct quotations in every quoting style, attributed to their speakers."""

from __future__ import annotations

import pytest
from quotes_builder import analysed, found, other, person

MINISTER = person("Anna Verdi", "Verdi")


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("it", "T\n\n“Non faremo un passo indietro”, ha detto Anna Verdi.", "Non faremo un passo indietro", "Anna Verdi"),
        ("it", "T\n\nAnna Verdi ha poi chiarito: “Il governo resta unito”.", "Il governo resta unito", "Anna Verdi"),
        ("it", "T\n\n\"Basta rinvii\", ha sottolineato Verdi.", "Basta rinvii", "Anna Verdi"),
        ("it", "T\n\n«Siamo pronti a trattare», afferma Anna Verdi.", "Siamo pronti a trattare", "Anna Verdi"),
        ("it", "T\n\n”Nessuno ci fermerà”, ha ribadito Verdi.", "Nessuno ci fermerà", "Anna Verdi"),
        ("en", "T\n\n“We will not back down,” Anna Verdi said.", "We will not back down", "Anna Verdi"),
        ("en", "T\n\n\"The talks have failed,\" said Verdi on Monday.", "The talks have failed", "Anna Verdi"),
        ("en", "T\n\nVerdi told reporters: ‘The deal is dead.’", "The deal is dead.", "Anna Verdi"),
        ("fr", "T\n\n« Nous sommes prêts à négocier », a déclaré Anna Verdi.", "Nous sommes prêts à négocier", "Anna Verdi"),
        ("de", "T\n\nAnna Verdi sagte: „Wir werden die Partner weiter unterstützen.“", "Wir werden die Partner weiter unterstützen.", "Anna Verdi"),
        ("de", "T\n\n„Das ist nicht hinnehmbar“, so Verdi.", "Das ist nicht hinnehmbar", "Anna Verdi"),
        ("de", "T\n\n»Wir bleiben standhaft«, erklärte Verdi.", "Wir bleiben standhaft", "Anna Verdi"),
        ("es", "T\n\n«No vamos a ceder», dijo Anna Verdi.", "No vamos a ceder", "Anna Verdi"),
        ("ru", "T\n\n«Мы готовы к переговорам», — заявил Верди.", "Мы готовы к переговорам", "Anna Verdi"),
    ],
)
def test_quotes_direct_styles_and_speakers(lang: str, text: str, quote: str, speaker: str) -> None:
    entity = person("Anna Verdi", "Verdi", "Верди")
    assert found(analysed(text, lang, entity)) == [("direct", quote, speaker)]


def test_quotes_direct_offsets_are_the_inner_text_without_marks() -> None:
    a = analysed("T\n\n« Nous tiendrons », a dit Verdi.", "fr", person("Anna Verdi", "Verdi"))
    (q,) = a.quotes
    assert a.text[q.start - 2 : q.start] == "« " and q.text == "Nous tiendrons"
    assert q.cue is not None and q.cue.text == "a dit"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Verdi"


def test_quotes_split_by_attribution_share_the_speaker() -> None:
    text = "T\n\n“The war,” Verdi said, “will end this year.”"
    assert found(analysed(text, "en", person("Anna Verdi", "Verdi"))) == [
        ("direct", "The war", "Anna Verdi"),
        ("direct", "will end this year.", "Anna Verdi"),
    ]


def test_quotes_interrupted_by_dashed_attribution_become_two_pieces() -> None:
    text = "T\n\n“Non ci fermeremo – ha detto Anna Verdi – e andremo avanti.”"
    assert found(analysed(text, "it", person("Anna Verdi"))) == [
        ("direct", "Non ci fermeremo", "Anna Verdi"),
        ("direct", "e andremo avanti.", "Anna Verdi"),
    ]


def test_quotes_continuation_keeps_the_previous_voice() -> None:
    text = "T\n\n“We will not back down,” Verdi said. “Never.”"
    assert [s for _, _, s in found(analysed(text, "en", person("Anna Verdi", "Verdi")))] == ["Anna Verdi"] * 2


def test_quotes_over_several_paragraphs_are_one_quotation_in_pieces() -> None:
    text = (
        "T\n\nVerdi ha dichiarato: “La prima parte del discorso riguarda la scuola.\n\n"
        "“La seconda parte riguarda gli ospedali.”\n\nPoi se ne è andata."
    )
    a = analysed(text, "it", person("Anna Verdi", "Verdi"))
    assert found(a) == [
        ("direct", "La prima parte del discorso riguarda la scuola.", "Anna Verdi"),
        ("direct", "La seconda parte riguarda gli ospedali.", "Anna Verdi"),
    ]
    assert a.warnings == []


def test_quotes_pronoun_and_null_subject_take_the_last_speaker() -> None:
    text = (
        "T\n\n“Il piano è pronto”, ha detto Anna Verdi. Paolo Neri è arrivato dopo.\n\n"
        "“Lo presenteremo domani”, ha aggiunto. Poi: “Sarà approvato”, ha precisato lei."
    )
    a = analysed(text, "it", person("Anna Verdi"), person("Paolo Neri"))
    assert [s for _, _, s in found(a)] == ["Anna Verdi"] * 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "T\n\nAnna Verdi arrived late. “We are ready,” he said."),
        ("de", "T\n\nAnna Verdi kam spät. „Wir sind bereit“, sagte er."),
        ("fr", "T\n\nAnna Verdi est arrivée. « Nous sommes prêts », a-t-elle dit."),
        ("ru", "T\n\nAnna Verdi приехала. «Мы готовы», — сказал он."),
    ],
)
def test_quotes_pronoun_without_earlier_speaker_takes_the_salient_person(lang: str, text: str) -> None:
    assert found(analysed(text, lang, person("Anna Verdi")))[0][2] == "Anna Verdi"


def test_quotes_role_noun_resolves_to_the_person_described_with_it() -> None:
    text = (
        "T\n\nIl ministro degli Esteri Anna Verdi ha incontrato Paolo Neri.\n\n"
        "“Il dialogo continua”, ha detto il ministro."
    )
    a = analysed(text, "it", person("Anna Verdi"), person("Paolo Neri"))
    (q,) = a.quotes
    assert q.speaker is not None and q.speaker.name == "Anna Verdi"
    assert q.speaker_mention is not None and q.speaker_mention.text == "il ministro"


def test_quotes_unresolved_role_leaves_the_speaker_unknown_with_low_confidence() -> None:
    (q,) = analysed("T\n\n“The border is closed,” the minister said.", "en").quotes
    assert q.speaker is None and q.confidence < 0.5
    assert q.speaker_mention is not None and q.speaker_mention.text == "the minister"


def test_quotes_organisation_or_state_can_speak() -> None:
    text = "T\n\nThe Kremlin welcomed the “constructive and honest dialogue with our partners in Asia.”"
    a = analysed(text, "en", other("Kremlin", "organization"))
    (q,) = a.quotes
    assert q.speaker is not None and q.speaker.name == "Kremlin" and q.speaker.type == "organization"
    assert q.cue is not None and q.cue.text == "welcomed"


def test_quotes_name_not_among_entities_is_an_unlinked_speaker() -> None:
    (q,) = analysed("T\n\n“Prices will fall,” said Maria Lopez.", "en").quotes
    assert q.speaker is not None and q.speaker.name == "Maria Lopez" and q.speaker.wikidata is None
