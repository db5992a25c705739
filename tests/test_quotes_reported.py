"""Reported speech without "that": closing attributions, anaphoric cues, the reported mood, dashes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quotes_builder import analysed, found, other, person


def verdi():
    return person("Anna Verdi", "Verdi", "Анна Верди")


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("en", "T\n\nThe border will stay closed until spring, Anna Verdi said.", "The border will stay closed until spring"),
        ("en", "T\n\nThe border will stay closed until spring, said Anna Verdi.", "The border will stay closed until spring"),
        ("it", "T\n\nIl ponte sarà riaperto a marzo, ha detto Anna Verdi.", "Il ponte sarà riaperto a marzo"),
        ("de", "T\n\nDer Plan sei längst gescheitert, so Verdi.", "Der Plan sei längst gescheitert"),
        ("fr", "T\n\nLa réforme sera votée avant l'été, a déclaré Anna Verdi.", "La réforme sera votée avant l'été"),
    ],
)
def test_quotes_reported_clause_closed_by_its_attribution(lang: str, text: str, clause: str) -> None:
    assert found(analysed(text, lang, verdi())) == [("indirect", clause, "Anna Verdi")]


def test_quotes_reported_dash_attribution_is_direct_speech() -> None:
    text = "T\n\nМы готовы к диалогу с соседями, — сказала Анна Верди."
    assert found(analysed(text, "ru", verdi())) == [("direct", "Мы готовы к диалогу с соседями", "Anna Verdi")]


def test_quotes_reported_quote_with_its_own_lead_is_not_a_clause() -> None:
    text = "T\n\nAnna Verdi: “Il piano è pronto”, ha detto."
    assert [k for k, _, _ in found(analysed(text, "it", verdi()))] == ["direct"]


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("it", "T\n\nIl governo non cadrà prima dell'estate. Lo ha detto Anna Verdi in un'intervista.", "Il governo non cadrà prima dell'estate"),
        ("ru", "T\n\nПереговоры продолжатся на следующей неделе. Об этом заявила Анна Верди.", "Переговоры продолжатся на следующей неделе"),
        ("de", "T\n\nDie Gespräche gehen nächste Woche weiter. Das sagte Verdi am Montag.", "Die Gespräche gehen nächste Woche weiter"),
    ],
)
def test_quotes_reported_anaphoric_cue_attributes_the_sentence_before(lang: str, text: str, clause: str) -> None:
    assert found(analysed(text, lang, verdi())) == [("indirect", clause, "Anna Verdi")]


def test_quotes_reported_anaphoric_cue_attributes_the_quote_before_and_the_next_one() -> None:
    text = "T\n\n“Il piano è pronto”. Lo ha detto la ministra Anna Verdi. “Lo presenteremo domani”, ha aggiunto."
    assert found(analysed(text, "it", verdi(), person("Paolo Neri"))) == [
        ("direct", "Il piano è pronto", "Anna Verdi"),
        ("direct", "Lo presenteremo domani", "Anna Verdi"),
    ]


def test_quotes_reported_mood_clause_and_its_continuations() -> None:
    text = (
        "T\n\nAuf einer Konferenz sagte Verdi, die Regierung habe keinen Plan. Die Lage sei ernst.\n\n"
        "Der Winter kommt bald."
    )
    assert found(analysed(text, "de", verdi())) == [
        ("indirect", "die Regierung habe keinen Plan", "Anna Verdi"),
        ("indirect", "Die Lage sei ernst", "Anna Verdi"),
    ]


def test_quotes_reported_mood_sentence_before_a_closing_attribution() -> None:
    text = "T\n\nDie Regierung spekuliere auf einen Fehler. Das sei falsch, so Verdi."
    assert found(analysed(text, "de", verdi())) == [
        ("indirect", "Die Regierung spekuliere auf einen Fehler", "Anna Verdi"),
        ("indirect", "Das sei falsch", "Anna Verdi"),
    ]


def test_quotes_reported_mood_needs_a_reported_clause_nearby() -> None:
    assert found(analysed("T\n\nDie Lage sei ernst, heißt es oft. Der Winter kommt.\n\nEs sei denn, es regnet.", "de")) == [
        ("indirect", "Die Lage sei ernst", None)
    ]


def test_quotes_reported_bare_clause_after_a_pronoun_subject() -> None:
    text = "T\n\nAnna Verdi said she would resign in May."
    assert found(analysed(text, "en", verdi())) == [("indirect", "she would resign in May", "Anna Verdi")]


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("ru", "T\n\n«Мы готовы», — сказала Анна Верди. По её словам, переговоры продолжатся.", "переговоры продолжатся"),
        ("de", "T\n\n„Wir sind bereit“, sagte Verdi. Ihren Angaben zufolge gehen die Gespräche weiter.", "gehen die Gespräche weiter"),
        ("en", "T\n\n“We are ready,” Anna Verdi said. According to her, the talks will go on.", "the talks will go on"),
    ],
)
def test_quotes_reported_according_to_a_pronoun_takes_the_last_speaker(lang: str, text: str, clause: str) -> None:
    assert ("indirect", clause, "Anna Verdi") in found(analysed(text, lang, verdi()))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "T\n\nDer Zug kam spät an, so dass wir lange warteten."),
        ("en", "T\n\nThe bridge was closed, and the mayor said nothing about it."),
        ("it", "T\n\nIl treno è arrivato tardi. Lo hanno visto tutti."),
    ],
)
def test_quotes_reported_ordinary_sentences_are_not_speech(lang: str, text: str) -> None:
    assert found(analysed(text, lang)) == []


def test_quotes_reported_colon_clause_without_quotation_marks() -> None:
    text = "T\n\nAnna Verdi said: the river will flood the valley again."
    assert found(analysed(text, "en", verdi())) == [("indirect", "the river will flood the valley again", "Anna Verdi")]


def test_quotes_reported_according_to_which_names_the_noun_before() -> None:
    text = "T\n\nIl ministero smentisce un articolo della Gazzetta Nord, secondo cui il ponte sarebbe chiuso da mesi."
    gazette = person("Gazzetta Nord")
    gazette.type = "organization"
    assert found(analysed(text, "it", gazette)) == [("indirect", "il ponte sarebbe chiuso da mesi", "Gazzetta Nord")]


def test_quotes_reported_clause_whose_quotation_ends_before_the_attribution() -> None:
    text = 'T\n\nMeanwhile, the army keeps its "defensive posture" in the north "to protect the border," Verdi added.'
    assert found(analysed(text, "en", verdi())) == [
        ("indirect", 'Meanwhile, the army keeps its "defensive posture" in the north "to protect the border,"', "Anna Verdi"),
        ("partial", "defensive posture", "Anna Verdi"),
        ("partial", "to protect the border", "Anna Verdi"),
    ]


def test_quotes_reported_gerund_takes_the_subject_that_opens_the_sentence() -> None:
    text = "T\n\nAnna Verdi blamed Paolo Neri for the delay, saying that the budget had been late for months."
    a = analysed(text, "en", verdi(), person("Paolo Neri"))
    assert found(a) == [("indirect", "the budget had been late for months", "Anna Verdi")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "T\n\nAnna Verdi ha commentato i messaggi che chiedevano il suo parere sul ponte."),
        ("es", "T\n\nAnna Verdi recordó la carta que escribió su abuelo en la guerra."),
    ],
)
def test_quotes_reported_relative_pronoun_after_an_object_is_not_a_clause(lang: str, text: str) -> None:
    assert found(analysed(text, lang, verdi())) == []


def test_quotes_reported_that_after_an_addressee_still_reports() -> None:
    text = "T\n\nAnna Verdi ha detto ai giornalisti che il ponte sarà riaperto."
    assert found(analysed(text, "it", verdi())) == [("indirect", "il ponte sarà riaperto", "Anna Verdi")]


def test_quotes_reported_lead_closing_the_paragraph_before_the_quotation() -> None:
    text = "T\n\n« Nous sommes prêts », a déclaré Anna Verdi.\n\nEt de poursuivre :\n\n« Le pays doit rester uni face à la crise. »"
    assert [s for _, _, s in found(analysed(text, "fr", verdi()))] == ["Anna Verdi", "Anna Verdi"]


def test_quotes_reported_relative_source_is_the_name_before_it_past_a_parenthetical() -> None:
    text = "T\n\nCosì, la banca, risponde all'articolo pubblicato dalla Gazzetta Nord, secondo cui il ponte sarebbe chiuso."
    gazette = person("Gazzetta Nord")
    gazette.type = "organization"
    assert found(analysed(text, "it", gazette)) == [("indirect", "il ponte sarebbe chiuso", "Gazzetta Nord")]


def test_quotes_reported_anaphor_before_an_adjective_is_not_a_cue() -> None:
    text = "T\n\nDie Preise steigen weiter. Das erklärte Ziel der Regierung ist es, sie zu senken."
    assert found(analysed(text, "de")) == []


def test_quotes_reported_clause_leaves_out_its_own_closing_attribution() -> None:
    text = "T\n\nAnna Verdi a dit que la réforme passera, ajoute-t-elle."
    assert found(analysed(text, "fr", verdi())) == [("indirect", "la réforme passera", "Anna Verdi")]


def test_quotes_reported_closing_attribution_followed_by_its_source() -> None:
    text = "T\n\nThe river will flood the valley again, Anna Verdi said at the annual meeting of the council, Nordpress reports."
    assert found(analysed(text, "en", verdi())) == [("indirect", "The river will flood the valley again", "Anna Verdi")]


_PIECES = [
    "Anna Verdi", "Verdi", " sagte", " said", ", ", ". ", " — ", ": ", "„", "“", "”", "«", "»", '"', " sei", " habe",
    " so", " Das", " Lo ha detto", " Об этом заявила", " that", " dass", " he", " the plan", "\n\n", " und",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["de", "en", "it", "ru"]))
def test_quotes_reported_offsets_hold_on_any_mix_of_cues(pieces: list[str], lang: str) -> None:
    a = analysed("T\n\n" + "".join(pieces), lang, verdi())
    for q in a.quotes:
        assert a.text[q.start : q.end] == q.text and q.text.strip() == q.text
        assert q.cue is None or a.text[q.cue.start : q.cue.end] == q.cue.text
        assert q.speaker_mention is None or a.text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text


def test_quotes_reported_that_less_clause_told_by_its_auxiliary() -> None:
    text = "T\n\nIn a statement, the ministry said the sanctions were illegal."
    ministry = other("Ministry of Trade", "organization", "the ministry")
    assert found(analysed(text, "en", ministry)) == [("indirect", "the sanctions were illegal", "Ministry of Trade")]


def test_quotes_reported_subject_in_apposition_before_the_verb() -> None:
    text = "T\n\nThe spokesperson for the council, Anna Verdi, said the meeting would take place in May."
    assert found(analysed(text, "en", verdi())) == [("indirect", "the meeting would take place in May", "Anna Verdi")]


def test_quotes_reported_according_cue_with_a_long_source_ends_at_its_comma() -> None:
    text = "T\n\nКак заявила пресс-секретарь совета Анна Верди, переговоры продолжатся."
    assert found(analysed(text, "ru", verdi())) == [("indirect", "переговоры продолжатся", "Anna Verdi")]


def test_quotes_reported_mood_clause_keeps_the_subject_before_the_verb() -> None:
    text = "T\n\nVerdi sagte der Agentur Nordpress, die Gespräche seien gescheitert."
    a = analysed(text, "de", verdi(), other("Nordpress", "organization"))
    assert found(a) == [("indirect", "die Gespräche seien gescheitert", "Anna Verdi")]


def test_quotes_reported_according_to_whom_a_whole_quotation_is_direct() -> None:
    text = "T\n\nAnna Verdi a parlé longtemps. Selon elle, « le pays doit rester uni face à la crise »."
    assert found(analysed(text, "fr", verdi())) == [("direct", "le pays doit rester uni face à la crise", "Anna Verdi")]


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("ru", "T\n\nАнна Верди заявила в интервью агентству, что переговоры продолжатся.", "переговоры продолжатся"),
        ("de", "T\n\nAnna Verdi erklärte am Mittwoch in Berlin, dass die Gespräche weitergehen.", "die Gespräche weitergehen"),
    ],
)
def test_quotes_reported_comma_before_the_complementizer_is_grammar(lang: str, text: str, clause: str) -> None:
    assert found(analysed(text, lang, verdi())) == [("indirect", clause, "Anna Verdi")]


def test_quotes_reported_that_less_clause_after_an_addressee() -> None:
    text = "T\n\nAnna Verdi told reporters in Rome the situation was difficult."
    assert found(analysed(text, "en", verdi())) == [("indirect", "the situation was difficult", "Anna Verdi")]


def test_quotes_reported_parenthetical_dashes_are_no_attribution() -> None:
    text = "T\n\nThe government's new plan to cut taxes — said to cost billions — was approved on Monday."
    assert found(analysed(text, "en")) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("T\n\nAnna Verdi said Brazil supported the new treaty.", "Brazil supported the new treaty"),
        ("T\n\nAnna Verdi, the mayor, said the farmers wanted more water.", "the farmers wanted more water"),
    ],
)
def test_quotes_reported_that_less_clause_told_by_a_past_verb(text: str, clause: str) -> None:
    assert found(analysed(text, "en", verdi())) == [("indirect", clause, "Anna Verdi")]


@pytest.mark.parametrize(
    "text",
    [
        "T\n\nAnna Verdi said in a letter posted online the red flag.",  # a preposition first: no subject, a participle
        "T\n\nAnna Verdi said goodbye to the red carpet.",  # "red": too short a stem for a past verb
    ],
)
def test_quotes_reported_past_verb_needs_a_subject_before_it(text: str) -> None:
    assert found(analysed(text, "en", verdi())) == []


@pytest.mark.parametrize(
    "text",
    [
        "T\n\nOn Monday the United States and Canada signed a new fishing accord.",  # "States" is no verb
        "T\n\nOfficials in the United States would not comment on the accord.",
    ],
)
def test_quotes_reported_a_capitalised_verb_inside_a_sentence_is_a_name(text: str) -> None:
    assert found(analysed(text, "en")) == []


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        ("it", "T\n\nIl partito resterà unito fino alle elezioni. Così, la segretaria Anna Verdi, ha risposto alla stampa.", "Il partito resterà unito fino alle elezioni"),
        ("ru", "T\n\nПереговоры продолжатся на следующей неделе. Об этом, по данным агентства, заявила Анна Верди.", "Переговоры продолжатся на следующей неделе"),
    ],
)
def test_quotes_reported_anaphoric_cue_with_its_subject_between_commas(lang: str, text: str, clause: str) -> None:
    assert found(analysed(text, lang, verdi(), other("Nordpress", "organization", "Corriere"))) == [("indirect", clause, "Anna Verdi")]


def test_quotes_reported_anaphoric_cue_with_a_subject_between_commas_speaks_for_it_not_after_the_verb() -> None:
    text = "T\n\nIl partito resterà unito fino alle elezioni. Così, la segretaria Anna Verdi, ha risposto al Corriere."
    assert found(analysed(text, "it", verdi(), other("Nordpress", "organization", "Corriere"))) == [
        ("indirect", "Il partito resterà unito fino alle elezioni", "Anna Verdi")
    ]
