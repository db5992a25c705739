"""Fast extraction (resiliparse): main text without page furniture, head metadata, modes of ``extract``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.errors import InputError
from fonte.extract import extract, html_mode
from fonte.extract.fast import extract_fast
from fonte.model import RawDocument, Source

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Gazzetta del Molo</title>
<meta property="og:site_name" content="Gazzetta del Molo">
<meta name="author" content="Rita Sala">
<meta property="article:published_time" content="2024-05-02T07:30:00Z">
<script>var tracker = function(){{ return 'Sponsored content everywhere'; }};</script>
<style>.ad{{height:250px}}</style></head>
<body><div id="cookie">We use cookies. <button>OK</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politica">Politica</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>{title}</h1>
{body}
</article>
<section id="comments"><h3>Commenti</h3><ol><li><p>{comment}</p></li></ol></section></main>
<footer><p>© 2024 Gazzetta del Molo</p></footer></body></html>"""

IT_BODY = (
    "<p>Il consiglio comunale ha approvato lunedì il piano per i traghetti del porto vecchio &amp; della darsena.</p>"
    "<div class=\"ad\">Pubblicità</div>"
    "<h2>Le reazioni</h2>"
    "<p>La sindaca ha detto che le corse partiranno a giugno, <b>due volte al giorno</b>.</p>"
)
EN_BODY = (
    "<div class=\"txt\">The harbour board voted on Tuesday to keep the night ferry running through the winter months.</div>"
    "<div class=\"txt\">Share</div>"
    "<div class=\"txt\">Passengers had collected four thousand signatures against the closure of the line.</div>"
)


def _page(body: str, title: str = "Via libera ai traghetti", lang: str = "it", comment: str = "Era ora, bravi tutti quanti davvero.") -> bytes:
    return PAGE.format(body=body, title=title, lang=lang, comment=comment).encode("utf-8")


def test_extract_fast_keeps_title_headings_and_paragraphs_only():
    article = extract_fast(_page(IT_BODY), Source(url="https://molo.example/a"))
    assert article.title.text == "Via libera ai traghetti"
    assert [h.text for h in article.headings] == ["Le reazioni"]
    assert [p.text for p in article.paragraphs] == [
        "Il consiglio comunale ha approvato lunedì il piano per i traghetti del porto vecchio & della darsena.",
        "La sindaca ha detto che le corse partiranno a giugno, due volte al giorno.",
    ]
    for unwanted in ("cookies", "Pubblicità", "Home", "Commenti", "Era ora", "Sponsored", "©"):
        assert unwanted not in article.text


def test_extract_fast_offsets_point_into_the_text():
    article = extract_fast(_page(IT_BODY), Source())
    for span in [article.title, *article.headings, *article.paragraphs]:
        assert article.text[span.start:span.end] == span.text


def test_extract_fast_reads_head_metadata():
    article = extract_fast(_page(IT_BODY), Source())
    assert article.site_name == "Gazzetta del Molo"
    assert article.author == "Rita Sala"
    assert article.published == "2024-05-02T07:30:00Z"


def test_extract_fast_keeps_prose_lines_outside_paragraph_tags_and_drops_labels():
    article = extract_fast(_page(EN_BODY, title="Night ferry stays", lang="en"), Source())
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "The harbour board voted on Tuesday to keep the night ferry running through the winter months.",
        "Passengers had collected four thousand signatures against the closure of the line.",
    ]


def test_extract_fast_title_from_title_tag_without_site_name():
    page = (b"<html><head><title>Night ferry stays - Harbour Post</title>"
            b"<meta property='og:site_name' content='Harbour Post'></head><body><article>"
            b"<p>The harbour board voted on Tuesday to keep the night ferry running through the winter.</p>"
            b"</article></body></html>")
    article = extract_fast(page, Source())
    assert article.title.text == "Night ferry stays"


def test_extract_fast_page_without_text_is_a_clear_error():
    with pytest.raises(InputError, match="no article text"):
        extract_fast(b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                     Source(path="empty.html"))


def test_extract_modes_auto_is_fast_for_warc_records_and_precise_otherwise():
    warc = RawDocument(b"", Source(path="crawl/CC-NEWS-1.warc.gz"), kind="html")
    single = RawDocument(b"", Source(path="page.html"), kind="html")
    assert html_mode(warc, "auto") == "fast"
    assert html_mode(single, "auto") == "precise"
    assert html_mode(warc, "precise") == "precise"


def test_extract_modes_give_the_same_article_text_on_a_clean_page():
    raw = RawDocument(_page(IT_BODY), Source(path="a.warc.gz", url="https://molo.example/a"), kind="html")
    fast, precise = extract(raw, "fast"), extract(raw, "precise")
    assert fast.title.text == precise.title.text
    assert fast.paragraphs[0].text == precise.paragraphs[0].text


def test_extract_auto_falls_back_to_precise_when_fast_finds_nothing(monkeypatch):
    import fonte.extract.fast as fast

    def nothing(*args, **kwargs):
        raise InputError("x: no article text")

    monkeypatch.setattr(fast, "extract_fast", nothing)
    raw = RawDocument(_page(IT_BODY), Source(path="a.warc.gz"), kind="html")
    assert extract(raw, "auto").paragraphs  # trafilatura read it
    with pytest.raises(InputError):
        extract(raw, "fast")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80), min_size=1, max_size=6))
def test_extract_fast_spans_hold_for_any_paragraph_text(paragraphs):
    import html

    body = "".join(f"<p>{html.escape(p)} and the ferry runs twice a day from the old harbour.</p>" for p in paragraphs)
    try:
        article = extract_fast(_page(body), Source())
    except InputError:
        return
    for span in [article.title, *article.headings, *article.paragraphs]:
        assert article.text[span.start:span.end] == span.text
