"""Extraction: a RawDocument becomes an Article whose text and offsets are fixed."""

from __future__ import annotations

from fonte.extract.encoding import decode
from fonte.extract.text import extract_text
from fonte.model import Article, RawDocument


def extract(raw: RawDocument) -> Article:
    """The Article in ``raw`` (HTML through trafilatura, anything else as plain text)."""
    name = raw.source.path or raw.source.url or "input"
    meta = {"published": raw.published}
    if raw.kind == "html":
        from fonte.extract.html import extract_html

        return extract_html(raw.data, raw.source, title=raw.title, **meta)
    text = raw.data if isinstance(raw.data, str) else decode(raw.data, name)
    article = extract_text(text, raw.source, **meta)
    return article
