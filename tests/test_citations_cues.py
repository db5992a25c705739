"""Citations: cue + outlet name in six languages, datelines, credits, unknown agencies, false positives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fonte import analyze_text
from fonte.analyze import citations
from fonte.analyze.pipeline import Options, run
from fonte.extract.text import extract_text
from fonte.model import Article, Source


@pytest.fixture(autouse=True)
def _no_user_catalogue(tmp_path, monkeypatch):
    monkeypatch.setenv("FONTE_HOME", str(tmp_path))


def cited(text: str, lang: str) -> list[tuple[str, str]]:
    analysis = analyze_text("Titolo\n\n" + text, language=lang)
    for c in analysis.citations:
        assert analysis.text[c.start : c.end] == c.text
        assert c.by.startswith("citations.") and 0 < c.confidence <= 1
    return [(c.text, c.outlet.name) for c in analysis.citations]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Il vertice è fallito, come riportato da Ria Novosti.", ("come riportato da Ria Novosti", "RIA Novosti")),
        ("it", "Secondo la Tass, la riunione è durata due ore.", ("Secondo la Tass", "TASS")),
        ("it", "Lo riferisce l'agenzia Xinhua in serata.", ("Lo riferisce l'agenzia Xinhua", "Xinhua")),
        ("it", "Il ministro ha detto all'Ansa che non si dimetterà.", ("ha detto all'Ansa", "ANSA")),
        ("en", "The talks collapsed, according to Reuters.", ("according to Reuters", "Reuters")),
        ("en", "The minister told the BBC he would stay.", ("told the BBC", "BBC")),
        ("en", "In an interview with CNN, she denied it.", ("In an interview with CNN", "CNN")),
        ("en", "The Associated Press reported the strike on Monday.", ("Associated Press reported", "Associated Press")),
        ("fr", "Le sommet a échoué, selon l'AFP.", ("selon l'AFP", "Agence France-Presse")),
        ("fr", "Le ministre a déclaré au Figaro qu'il resterait.", ("a déclaré au Figaro", "Le Figaro")),
        ("de", "Das Treffen scheiterte, berichtet dpa.", ("berichtet dpa", "dpa")),
        ("de", "Laut Spiegel wurde nichts entschieden.", ("Laut Spiegel", "Der Spiegel")),
        ("es", "La cumbre fracasó, según EFE.", ("según EFE", "EFE")),
        ("es", "El ministro dijo a El País que seguiría.", ("dijo a El País", "El País")),
        ("ru", "Переговоры сорвались, как сообщает РИА Новости.", ("как сообщает РИА Новости", "RIA Novosti")),
        ("ru", "По данным Интерфакса, встреча прошла спокойно.", ("По данным Интерфакса", "Interfax")),
        ("ru", "Об этом сообщает агентство ТАСС.", ("сообщает агентство ТАСС", "TASS")),
        ("ru", "Как пишет «Коммерсантъ», решение принято.", ("Как пишет «Коммерсантъ»", "Kommersant")),
        ("ru", "Как сообщает РИА «Новости», саммит закончился.", ("Как сообщает РИА «Новости»", "RIA Novosti")),
    ],
)
def test_citations_cue_and_name_in_six_languages(lang, text, expected):
    assert expected in cited(text, lang)


def test_citations_state_affiliation_comes_with_the_outlet():
    analysis = analyze_text("Titolo\n\nL'accordo è stato firmato, come riportato da Ria Novosti.", language="it")
    (citation,) = analysis.citations
    assert citation.outlet.state_affiliated is True
    assert citation.outlet.country == "RU"
    assert citation.outlet.typology == "SC"
    independent = analyze_text("Title\n\nThe deal was signed, the minister told the BBC.", language="en").citations[0]
    assert independent.outlet.state_affiliated is False


def test_citations_dateline_and_credit():
    text = "MOSCA (Reuters) – Il Cremlino ha smentito la notizia.\n\nIl ministro ha parlato a lungo con i giornalisti (ANSA)."
    found = cited(text, "it")
    assert ("MOSCA (Reuters) –", "Reuters") in found
    assert ("(ANSA)", "ANSA") in found
    found_en = cited("MOSCOW, June 19 (Reuters) - Prices rose again.", "en")
    assert ("MOSCOW, June 19 (Reuters) -", "Reuters") in found_en


def test_citations_credit_at_paragraph_start():
    assert ("(ANSA)", "ANSA") in cited("(ANSA) - ROMA - Il governo ha approvato il decreto.", "it")


def test_citations_unknown_agency_after_strong_cue():
    analysis = analyze_text("Titolo\n\nRiferisce l'agenzia di stampa Zorbex che il vertice è finito.", language="it")
    (citation,) = analysis.citations
    assert citation.outlet.name == "Zorbex"
    assert citation.outlet.state_affiliated is None
    assert citation.confidence < citations.CONFIDENCE_CUE
    assert citation.by == "citations.unknown-agency"
    en = cited("The talks failed, the news agency Qorvath said.", "en")
    assert [name for _, name in en] == ["Qorvath"]


def test_citations_plain_agency_noun_alone_is_not_a_news_source():
    assert cited("L'agenzia Frontex ha pubblicato nuovi dati.", "it") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thomson Reuters shares rose, according to analysts."),
        ("en", "According to Thomson Reuters Foundation data, prices rose."),
        ("en", "RT @maria: what a day for the markets."),
        ("en", "Students taking the Advanced Placement (AP) exams were told to wait."),
        ("en", "The talks failed, according to Interfax-Ukraine."),
        ("en", "Reuters was founded in London."),
        ("fr", "Selon le monde entier, la paix est proche."),
        ("it", "Il fiume forma un'ansa, secondo ansa locali."),
    ],
)
def test_citations_false_positives_avoided(lang, text):
    assert [name for _, name in cited(text, lang) if name in ("Reuters", "RT", "Associated Press", "Interfax", "Le Monde", "ANSA")] == []


def test_citations_own_outlet_from_url_and_site_name():
    art = extract_text("Titolo\n\nTesto dell'articolo, secondo la Tass.", Source(url="https://france.news-pravda.com/world/1.html"))
    analysis = run(art, Options(language="it"))
    assert analysis.outlet.name == "Pravda network"
    assert analysis.outlet.kind == "network"
    assert analysis.outlet.domain == "france.news-pravda.com"
    art = extract_text("Title\n\nSome text.", Source(url="https://www.example.org/a"))
    assert run(art, Options(language="en")).outlet.to_dict() == {"name": "example.org", "domain": "example.org"}
    article = Article(text="Title\n\nSome text.", site_name="Deutsche Welle")
    outlet = run(article, Options(language="en"), only=["citations"]).outlet
    assert (outlet.name, outlet.state_affiliated) == ("Deutsche Welle", False)


def test_citations_outlet_crediting_itself_cites_nobody():
    art = extract_text("Titolo\n\n(ANSA) - ROMA - Il governo ha approvato il decreto.", Source(url="https://www.ansa.it/x"))
    assert run(art, Options(language="it")).citations == []


def test_citations_seed_ria_novosti(seed_text):
    analysis = analyze_text(seed_text)
    ria = [c for c in analysis.citations if c.outlet.name == "RIA Novosti"]
    assert [c.text for c in ria] == ["come riportato da Ria Novosti"]
    assert ria[0].outlet.state_affiliated is True and ria[0].outlet.country == "RU"


_WORDS = st.sampled_from(
    ["secondo", "la", "Tass", "Reuters", "(", ")", "ANSA", "–", "according", "to", "РИА", "«Новости»", "agenzia", "di",
     "stampa", "Zorbex", "\n\n", "MOSCA", ",", ".", "told", "the", "BBC", "RT", "@x", "Interfax-", "Ukraine"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.sampled_from(["it", "en", "ru", "und"]))
def test_citations_offsets_always_point_into_the_text(words, lang):
    text = "T\n\n" + " ".join(words)
    analysis = run(Article(text=text), Options(language=None if lang == "und" else lang), only=["language", "citations"])
    for c in analysis.citations:
        assert text[c.start : c.end] == c.text and c.start < c.end


def test_citations_dash_dateline_and_closing_credit():
    found = cited("МОСКВА, 20 июн — РИА Новости. Правительство утвердило новый план.", "ru")
    assert ("МОСКВА, 20 июн — РИА Новости", "RIA Novosti") in found
    assert ("ANSA", "ANSA") in cited("Il governo ha approvato il decreto nella notte. ANSA", "it")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Intervistato dal quotidiano Le Monde, il ministro ha negato.", "Intervistato dal quotidiano Le Monde"),
        ("ru", "Как сообщил телеканал CNN, встреча отменена.", "Как сообщил телеканал CNN"),
        ("en", "Speaking to the newspaper Le Monde, he denied it.", "Speaking to the newspaper Le Monde"),
    ],
)
def test_citations_medium_noun_between_cue_and_name(lang, text, expected):
    assert expected in [t for t, _ in cited(text, lang)]


def test_citations_medium_noun_alone_is_a_mention_not_a_citation():
    assert cited("Il quotidiano Le Monde ha cambiato direttore nel 2020.", "it") == []
