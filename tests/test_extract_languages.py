"""Plain text and HTML in six languages: title, heading and stated reading time from language data."""

from __future__ import annotations

import pytest

from fonte.extract import extract
from fonte.model import RawDocument, Source

# (language, title, stated-time line, heading, paragraph): short texts written for this test.
ARTICLES = [
    ("it", "Il ponte riapre dopo i lavori", "Tempo di lettura: 4 minuti", "Le reazioni dei residenti",
     "Il ponte sul fiume è stato riaperto lunedì dopo sei settimane di lavori, ha detto il sindaco."),
    ("en", "The bridge reopens after repairs", "4 min read", "How residents reacted",
     "The bridge over the river reopened on Monday after six weeks of repairs, the mayor said."),
    ("fr", "Le pont rouvre après les travaux", "Temps de lecture : 4 minutes", "La réaction des habitants",
     "Le pont sur la rivière a rouvert lundi après six semaines de travaux, a indiqué le maire."),
    ("de", "Die Brücke ist wieder offen", "Lesezeit: 4 Minuten", "Was die Anwohner sagen",
     "Die Brücke über den Fluss wurde am Montag nach sechs Wochen Bauzeit wieder geöffnet, sagte der Bürgermeister."),
    ("es", "El puente reabre tras las obras", "Tiempo de lectura: 4 minutos", "La reacción de los vecinos",
     "El puente sobre el río reabrió el lunes tras seis semanas de obras, dijo el alcalde."),
    ("ru", "Мост снова открыт после ремонта", "Время чтения: 4 минуты", "Что говорят жители",
     "Мост через реку открыли в понедельник после шести недель ремонта, сообщил мэр города."),
]


@pytest.mark.parametrize("lang, title, stated, heading, paragraph", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_languages_plain_text_structure(lang, title, stated, heading, paragraph):
    text = f"{title}\n\n{stated}\n\n{paragraph}\n\n{heading}\n\n{paragraph}\n"
    article = extract(RawDocument(data=text.encode("utf-8"), source=Source(path=f"a.{lang}.txt")))
    assert article.title.text == title
    assert [h.text for h in article.headings] == [heading]
    assert article.stated_reading_minutes == 4
    assert stated not in article.text


@pytest.mark.parametrize("lang, title, stated, heading, paragraph", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_languages_html_structure(lang, title, stated, heading, paragraph):
    page = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{stated}</p><p>{paragraph}</p>"
        f"<h2>{heading}</h2><p>{paragraph}</p></article></body></html>"
    )
    article = extract(RawDocument(data=page.encode("utf-8"), source=Source(path=f"a.{lang}.html"), kind="html"))
    assert article.title.text == title
    assert [h.text for h in article.headings] == [heading]
    assert article.stated_reading_minutes == 4
    assert len(article.paragraphs) == 2
