"""HTML extraction: the article's text and structure, without the page's furniture."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.errors import InputError
from fonte.extract import extract
from fonte.extract.html import extract_html
from fonte.model import RawDocument, Source

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bridge repairs close the river crossing | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Anna Rossi">
<meta property="article:published_time" content="2024-05-14T07:00:00Z">
<script>var trackingSecret = "script text must not appear";</script>
<style>.nav { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<!-- comment text must not appear -->
<main><article>
<h1>Bridge repairs close the river crossing</h1>
<p>The old stone bridge over the river will close for six weeks from Monday while engineers replace the worn supports under its central arch.</p>
<h2>Detours for drivers</h2>
<p>"We know this is a nuisance, but the bridge has to be safe for the next fifty years," said the county engineer, Paul Green, at a meeting on Thursday evening.</p>
<p>Buses will take a longer route through the northern industrial estate, and the council expects journeys to take about twenty minutes more at peak times.</p>
<h3>Shops worry about trade</h3>
<p>Owners of the cafes and bakeries near the bridge said they feared losing passing customers during the busiest weeks of the spring season.</p>
</article></main>
<aside><h3>Most read</h3><ul><li>Storm warning for the weekend</li><li>Council budget approved</li></ul></aside>
<footer><p>Copyright 2024 Valley Courier. All rights reserved.</p></footer>
<script>console.log("footer script must not appear")</script>
</body></html>
"""


def _article(page: str | bytes, **raw):
    return extract(RawDocument(data=page, source=Source(path="page.html"), kind="html", **raw))


def test_html_keeps_title_headings_and_paragraphs_in_order():
    article = _article(PAGE)
    assert article.title.text == "Bridge repairs close the river crossing"
    assert [h.text for h in article.headings] == ["Detours for drivers", "Shops worry about trade"]
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].text.startswith("The old stone bridge")
    assert article.headings[0].start < article.paragraphs[1].start < article.headings[1].start


def test_html_drops_navigation_footer_scripts_and_comments():
    text = _article(PAGE).text
    for furniture in ("must not appear", "Most read", "Copyright", "Weather", "color: red"):
        assert furniture not in text


def test_html_metadata_date_author_site():
    article = _article(PAGE)
    assert article.published == "2024-05-14"
    assert article.author == "Anna Rossi"
    assert article.site_name == "Valley Courier"


def test_html_spans_point_into_the_text():
    article = _article(PAGE)
    for span in [article.title, *article.headings, *article.paragraphs]:
        assert article.text[span.start : span.end] == span.text


def test_html_bytes_decoded_with_meta_charset():
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("cafes", "caffè")
    article = _article(page.encode("iso-8859-1"))
    assert "caffè" in article.text


def test_html_bytes_decoded_with_transport_charset():
    page = PAGE.replace('<meta charset="utf-8">', "").replace("cafes", "crêperies")
    article = _article(page.encode("cp1252"), charset="cp1252")
    assert "crêperies" in article.text


def test_html_stated_reading_time_is_read_and_removed():
    page = PAGE.replace("<h2>Detours", "<p>4 min read</p><h2>Detours")
    article = _article(page)
    assert article.stated_reading_minutes == 4
    assert "min read" not in article.text


def test_html_stated_reading_time_outside_the_article_is_found():
    page = PAGE.replace("<main>", '<div class="meta"><span>Anna Rossi</span><span>Tempo di lettura: 3 minuti</span></div><main>')
    assert _article(page).stated_reading_minutes == 3


def test_html_without_stated_reading_time():
    assert _article(PAGE).stated_reading_minutes is None


def test_html_container_title_wins_over_page_title():
    article = _article(PAGE, title="Feed title for the bridge story")
    assert article.title.text == "Feed title for the bridge story"
    assert "Bridge repairs close the river crossing" in [h.text for h in article.headings]


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><script>var onlyScript = 1;</script></body></html>",
    ],
)
def test_html_without_article_text_is_refused(page):
    with pytest.raises(InputError, match="no article text"):
        extract_html(page, Source(path="empty.html"))


_words = st.lists(
    st.text(alphabet=st.characters(whitelist_categories=("L", "N"), max_codepoint=0x4FF), min_size=1, max_size=12),
    min_size=8,
    max_size=30,
).map(" ".join)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["h2", "p", "p"]), _words), min_size=2, max_size=8))
def test_html_spans_point_into_the_text_for_any_article(blocks):
    body = "".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in blocks)
    page = f"<html><head><title>Generated page</title></head><body><article>{body}</article></body></html>"
    try:
        article = extract_html(page, Source(path="gen.html"))
    except InputError as exc:
        assert "no article text" in str(exc)
        return
    for span in [article.title, *article.headings, *article.paragraphs]:
        assert article.text[span.start : span.end] == span.text
