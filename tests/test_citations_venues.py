"""Citations of interview venues, bylines and credits, cues apart from the name, and the outlets they name."""

from __future__ import annotations

import pytest

from fonte import analyze_text
from fonte.kb import outlets


@pytest.fixture(autouse=True)
def _no_user_catalogue(tmp_path, monkeypatch):
    monkeypatch.setenv("FONTE_HOME", str(tmp_path))


def cited(text: str, lang: str) -> list[tuple[str, str, str]]:
    analysis = analyze_text("Titolo\n\n" + text, language=lang)
    for c in analysis.citations:
        assert analysis.text[c.start : c.end] == c.text
        assert c.by.startswith("citations.") and 0 < c.confidence <= 1
    return [(c.text, c.outlet.name, c.by) for c in analysis.citations]


def pairs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t, name) for t, name, _ in cited(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Lo ha detto il ministro in un'intervista esclusiva alla Bbc.", ("in un'intervista esclusiva alla Bbc", "BBC")),
        ("it", "Il commissario, nell'intervista rilasciata a Sky TG24, ha negato tutto.", ("rilasciata a Sky TG24", "Sky TG24")),
        ("en", "She spoke in a lengthy interview with the Financial Times.", ("in a lengthy interview with the Financial Times", "Financial Times")),
        ("en", "He made the remark in an exclusive interview for the BBC.", ("in an exclusive interview for the BBC", "BBC")),
        ("fr", "Il l'a dit dans une interview sur la chaîne de télévision britannique BBC.", ("dans une interview sur la chaîne de télévision britannique BBC", "BBC")),
        ("fr", "Elle s'est exprimée dans un entretien exclusif accordé au Monde.", None),
        ("de", "Im ausführlichen Interview mit dem Spiegel wich sie aus.", ("Im ausführlichen Interview mit dem Spiegel", "Der Spiegel")),
        ("es", "El presidente habló en una entrevista exclusiva con El País.", ("en una entrevista exclusiva con El País", "El País")),
        ("ru", "Министр рассказал об этом в эксклюзивном интервью ТАСС.", ("в эксклюзивном интервью ТАСС", "TASS")),
    ],
)
def test_citations_interview_venue(lang, text, expected):
    found = pairs(text, lang)
    if expected is None:  # "au Monde" without its article is not looked up: a known gap, kept visible
        assert found == []
    else:
        # The span may start earlier, at a speech verb of the same sentence ("ha detto ... alla Bbc").
        assert any(t.endswith(expected[0]) and name == expected[1] for t, name in found), found


def test_citations_title_case_acronyms_only_where_the_language_writes_them():
    assert ("secondo la Cnn", "CNN") in pairs("Il vertice è saltato, secondo la Cnn.", "it")
    assert pairs("The summit failed, according to Cnn.", "en") == []
    assert pairs("Il vertice è saltato, secondo la Ap.", "it") == []  # two letters: too short to trust


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le ministre a tranché jeudi, a déclaré sa porte-parole vendredi soir sur Europe 1.", "Europe 1"),
        ("it", "Il piano è pronto, ha detto ieri il ministro al Corriere della Sera.", "Corriere della Sera"),
        ("es", "No habrá cambios, declaró el ministro a la Cadena SER.", "Cadena SER"),
        ("de", "So berichtete zuletzt der Spiegel über die Pläne.", "Der Spiegel"),
        ("de", "Das sei falsch, sagte Anna Berg, Sprecherin des Verbands, dem Spiegel.", "Der Spiegel"),
        ("en", "The deal is dead, the senator said on Sunday on CNN.", "CNN"),
        ("fr", "Le délai sera tenu, a-t-il dit en répondant à une question de l'AFP.", "Agence France-Presse"),
        ("en", "The talks will resume, he said, responding to a question from Reuters.", "Reuters"),
        ("fr", "Les troupes partiront, comme l'a déjà révélé le journal Le Monde.", "Le Monde"),
        ("it", "La bozza è stata pubblicata oggi dal Financial Times.", "Financial Times"),
        ("es", "El acuerdo está cerca, informa 'El Mundo'.", "El Mundo"),
    ],
)
def test_citations_cue_apart_from_the_name(lang, text, expected):
    assert expected in [name for _, name in pairs(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il ministro ha detto che partirà domani. Alla Stampa non risulta nulla."),
        ("en", "The admiral said the fleet was active on the Atlantic for weeks."),
        ("de", "Der Kanzler berichtete über die Welt von morgen."),
        ("fr", "Le ministre a dit qu'il passerait sur le Point de vue du port."),
    ],
)
def test_citations_cue_apart_stays_in_its_sentence(lang, text):
    assert pairs(text, lang) == []


def test_citations_slash_credit_and_initials():
    found = cited("Der Minister will die Pläne im Herbst vorlegen.\n\ndpa/ab", "de")
    assert ("dpa", "dpa", "citations.credit") in found
    both = pairs("Die Gespräche sollen im Mai weitergehen.\n\nAFP/dpa", "de")
    assert ("AFP", "Agence France-Presse") in both and ("dpa", "dpa") in both


def test_citations_name_alone_on_a_line_is_not_a_credit():
    assert pairs("Reuters\n\nThe talks failed on Monday.", "en") == []


def test_citations_paragraph_opened_by_the_source_and_a_colon():
    found = cited("Reuters : le sommet est reporté à juin.", "fr")
    assert ("Reuters", "Reuters", "citations.source-lead") in found
    assert pairs("Le sommet est reporté, Reuters : rien de plus.", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "By Jane Roe and John Doe, Reuters", "By Jane Roe and John Doe, Reuters"),
        ("de", "Von Max Muster, dpa", "Von Max Muster, dpa"),
        ("es", "Por Ana Ruiz | EFE", "Por Ana Ruiz | EFE"),
    ],
)
def test_citations_byline(lang, text, expected):
    assert (expected, "citations.byline") in [(t, by) for t, _, by in cited(text + "\n\nThe text goes on here.", lang)]


def test_citations_dateline_after_other_text_on_its_line():
    found = cited("ultimo aggiornamento 10:42 Milano, 3 mar. (askanews) – Il governo ha approvato il piano.", "it")
    assert ("Milano, 3 mar. (askanews) –", "askanews", "citations.dateline") in found


def test_citations_unknown_outlet_in_a_closing_credit():
    found = cited("El ministro viajará a Lima el lunes.\n\nCon información de El Faro del Sur", "es")
    assert ("Con información de El Faro del Sur", "El Faro del Sur", "citations.unknown-credit") in found
    known = pairs("Le ministre partira lundi.\n\ninformation fournie par AFP", "fr")
    assert ("information fournie par AFP", "Agence France-Presse") in known
    assert pairs("El ministro viajará a Lima.\n\nCon información de agencias", "es") == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Подробности — в материале Общественной службы новостей.", "Obshchestvennaya Sluzhba Novostey"),
        ("en", "He said so in an interview with Soloviev Live.", "Soloviev Live"),
        ("it", "Lo riferisce askanews in serata.", "askanews"),
        ("es", "La ministra lo explicó ayer en una entrevista en RNE.", "Radio Nacional de España"),
    ],
)
def test_citations_outlets_added_to_the_catalogue(lang, text, name):
    assert name in [n for _, n in pairs(text, lang)]


def test_outlets_catalogue_state_affiliation_of_new_and_revised_entries():
    assert outlets.lookup_name("AFP").state_affiliated is False  # autonomous by statute, not in the matrix
    assert outlets.lookup_name("Radio Nacional de España").state_affiliated is True  # RTVE asset, SC
    assert outlets.lookup_name("NPR").typology == "IP"
    assert outlets.lookup_name("Europe 1").state_affiliated is False
    assert outlets.lookup_name("Soloviev Live").state_affiliated is None  # unknown stays unknown


@pytest.mark.parametrize(
    "names",
    [
        ["ANSA", "Adnkronos", "AGI", "LaPresse", "askanews", "RAI", "Mediaset", "La7", "Corriere della Sera", "la Repubblica", "La Stampa", "Il Fatto Quotidiano"],
        ["Reuters", "Associated Press", "BBC", "CNN", "The New York Times", "The Washington Post", "The Guardian", "Fox News", "MSNBC", "Daily Mail"],
        ["AFP", "Le Monde", "Le Figaro", "Libération", "France Télévisions", "Radio France", "Europe 1", "RTL", "TF1", "BFM TV", "Le Point", "L'Express"],
        ["dpa", "ARD", "ZDF", "Der Spiegel", "Die Zeit", "Süddeutsche Zeitung", "Bild", "Der Tagesspiegel", "Deutschlandfunk", "Focus", "Stern"],
        ["EFE", "Europa Press", "RTVE", "Radio Nacional de España", "El País", "El Mundo", "ABC (Spain)", "La Vanguardia", "Cadena SER", "Antena 3", "Telecinco"],
        ["TASS", "RIA Novosti", "Interfax", "RBC", "Kommersant", "Izvestia", "Channel One Russia", "Russia-1", "NTV", "Regnum", "Obshchestvennaya Sluzhba Novostey", "Soloviev Live"],
    ],
    ids=["it", "en", "fr", "de", "es", "ru"],
)
def test_outlets_catalogue_covers_major_outlets_of_each_language(names):
    assert [n for n in names if outlets.lookup_name(n) is None] == []
