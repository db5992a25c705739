"""Extraction: a RawDocument becomes an Article whose text and offsets are fixed."""

from __future__ import annotations

from fonte.errors import InputError
from fonte.extract.encoding import decode, normalise
from fonte.extract.text import extract_text
from fonte.model import Article, RawDocument


def extract(raw: RawDocument) -> Article:
    """The Article in ``raw`` (HTML through trafilatura, anything else as plain text)."""
    if raw.kind == "html":
        from fonte.extract.html import extract_html

        return extract_html(raw.data, raw.source, title=raw.title, published=raw.published, charset=raw.charset)
    name = raw.source.path or raw.source.url or "input"
    if raw.kind == "xml":
        raise InputError(f"{name}: not an article: an XML document (a feed? read it with fonte ingest)")
    text = normalise(raw.data) if isinstance(raw.data, str) else decode(raw.data, name, declared=raw.charset)
    return extract_text(text, raw.source, published=raw.published)
