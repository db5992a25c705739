"""Plain-text extraction: title, headings, stated reading time, and spans that point into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import unicodedata

from fonte.errors import InputError
from fonte.extract import extract
from fonte.extract.text import extract_text
from fonte.model import RawDocument, Source

ENGLISH = """Council approves new cycle lanes

2 min read

The city council voted on Monday to build twelve kilometres of protected cycle lanes across the centre.

Shops divided

Some shop owners said the lanes would take away parking, while others expected more customers on foot.
"""


def test_text_title_heading_and_stated_minutes():
    article = extract_text(ENGLISH, Source())
    assert article.title.text == "Council approves new cycle lanes"
    assert [h.text for h in article.headings] == ["Shops divided"]
    assert article.stated_reading_minutes == 2
    assert "min read" not in article.text
    assert len(article.paragraphs) == 2


def test_text_hard_wrapped_paragraph_is_joined():
    text = "Title of the piece\n\nThe first line of a paragraph that\ncontinues on the next line and\nends here.\n"
    article = extract_text(text, Source())
    assert article.paragraphs[0].text == "The first line of a paragraph that continues on the next line and ends here."


def test_text_without_words_is_refused():
    try:
        extract_text("\n\n   \n", Source(path="blank.txt"))
    except InputError as exc:
        assert "no article text" in str(exc)
    else:
        raise AssertionError("blank text was accepted")


_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, min_size=1, max_size=12), st.lists(st.sampled_from(["\n", "\n\n", "\n \n", "\t\n"]), min_size=12, max_size=12))
def test_text_every_span_points_into_the_text(lines, breaks):
    raw = "".join(line + brk for line, brk in zip(lines, breaks))
    try:
        article = extract_text(raw, Source())
    except InputError:
        assert not raw.split()  # only input without any word may be refused
        return
    spans = [article.title, *article.headings, *article.paragraphs]
    for span in spans:
        assert span is not None
        assert article.text[span.start : span.end] == span.text
        assert span.text.strip() == span.text and span.text
    ordered = sorted(spans, key=lambda s: s.start)
    assert all(a.end < b.start for a, b in zip(ordered, ordered[1:]))  # blocks never overlap


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_text_spans_survive_decoding_and_normalisation(raw):
    """Through the whole path (bytes, decode, NFC, blocks), every span still points into the text."""
    try:
        article = extract(RawDocument(data=raw.encode("utf-8"), source=Source(path="t.txt")))
    except InputError as exc:
        assert any(reason in str(exc) for reason in ("empty", "binary data", "no article text")), exc
        return
    assert unicodedata.is_normalized("NFC", article.text)
    for span in [article.title, *article.headings, *article.paragraphs]:
        assert article.text[span.start : span.end] == span.text
