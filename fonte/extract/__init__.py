"""Extraction: a RawDocument becomes an Article whose text and offsets are fixed."""

from __future__ import annotations

from fonte.errors import InputError
from fonte.extract.encoding import decode, normalise
from fonte.extract.text import extract_text
from fonte.model import Article, RawDocument

#: HTML extraction modes: ``precise`` (trafilatura), ``fast`` (resiliparse), ``auto`` (see ``html_mode``).
EXTRACT_MODES = ("auto", "fast", "precise")
_CRAWL_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


def html_mode(raw: RawDocument, mode: str) -> str:
    """The mode ``auto`` resolves to: ``fast`` for crawl records (WARC, where volume rules), else ``precise``."""
    if mode != "auto":
        return mode
    return "fast" if (raw.source.path or "").lower().endswith(_CRAWL_SUFFIXES) else "precise"


def extract(raw: RawDocument, mode: str = "precise") -> Article:
    """The Article in ``raw`` (HTML by ``mode``, anything else as plain text).

    In ``auto`` mode a crawl record that the fast extractor finds no text in is tried again with
    the precise one, so pages that only trafilatura reads are not lost.
    """
    if raw.kind == "html":
        from fonte.extract.html import extract_html

        chosen = html_mode(raw, mode)
        if chosen == "fast":
            from fonte.extract.fast import extract_fast

            try:
                article = extract_fast(raw.data, raw.source, title=raw.title, published=raw.published, charset=raw.charset)
                return _dated(article, raw)
            except InputError:
                if mode != "auto":
                    raise
        article = extract_html(raw.data, raw.source, title=raw.title, published=raw.published, charset=raw.charset)
        return _dated(article, raw)
    name = raw.source.path or raw.source.url or "input"
    if raw.kind == "xml":
        raise InputError(f"{name}: not an article: an XML document (a feed? read it with fonte ingest)")
    text = normalise(raw.data) if isinstance(raw.data, str) else decode(raw.data, name, declared=raw.charset)
    return _dated(extract_text(text, raw.source, published=raw.published), raw)


def _dated(article: Article, raw: RawDocument) -> Article:
    """Fall back on the crawl date only when neither the container nor the page gave a date."""
    if article.published is None and raw.crawled:
        article.published = raw.crawled
    return article
