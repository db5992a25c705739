"""HTML pages: trafilatura finds the article; its headings and paragraphs become the Article's blocks."""

from __future__ import annotations

import logging

from fonte.errors import InputError
from fonte.extract.encoding import decode_page, same_name
from fonte.extract.structure import assemble
from fonte.extract.text import collapsed_spaces, stated_reading_minutes
from fonte.model import Article, Source

log = logging.getLogger(__name__)

# trafilatura's output elements that hold one block of text each; ``head`` is a heading (h1-h6).
_HEADING = "head"
_BLOCKS = {"head", "p", "item", "quote", "row"}
_CONTAINERS = {"list", "table", "div", "quote"}


def _block_text(element) -> str:
    if element.tag == "row":  # one table row: its cells, side by side
        return " | ".join(filter(None, (collapsed_spaces("".join(cell.itertext())) for cell in element)))
    return collapsed_spaces("".join(element.itertext()))


def _walk(element, out: list[tuple[str, str]]) -> None:
    """Append ``(kind, text)`` for every block under ``element``, in reading order."""
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments, processing instructions
        nested = child.tag in _CONTAINERS and any(
            isinstance(grand.tag, str) and grand.tag in _BLOCKS | _CONTAINERS for grand in child
        )
        if nested:
            _walk(child, out)
        elif child.tag in _BLOCKS:
            text = _block_text(child)
            if text:
                out.append(("heading" if child.tag == _HEADING else "paragraph", text))
        else:
            _walk(child, out)


def _stated_minutes_in_page(html: str) -> int | None:
    """A reading time the page states outside the extracted text (often beside the byline)."""
    from lxml import etree, html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        code = element.tag in ("script", "style")  # their text is code; what follows them is page text
        for text in (element.tail,) if code else (element.text, element.tail):
            if text and text.strip():
                minutes = stated_reading_minutes(collapsed_spaces(text))
                if minutes is not None:
                    return minutes
    return None


def extract_html(
    data: bytes | str,
    source: Source,
    title: str | None = None,
    published: str | None = None,
    charset: str | None = None,
) -> Article:
    """The article in an HTML page; ``charset`` is what the transport declared (HTTP header), if anything."""
    name = source.path or source.url or "input"
    html = decode_page(data, name, charset)
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=source.url,
            with_metadata=True,
            include_comments=False,
            include_formatting=True,
            include_images=False,
        )
    except Exception as exc:  # noqa: BLE001 - a malformed page is a bad input, not a crash
        log.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(f"{name}: cannot parse HTML: {type(exc).__name__}") from exc
    blocks: list[tuple[str, str]] = []
    if document is not None and document.body is not None:
        _walk(document.body, blocks)
    stated = None
    body: list[tuple[str, str]] = []
    for kind, text in blocks:
        minutes = stated_reading_minutes(text) if stated is None else None
        if minutes is not None:
            stated = minutes
        else:
            body.append((kind, text))
    if stated is None:
        stated = _stated_minutes_in_page(html)
    if not any(kind == "paragraph" for kind, _ in body):
        raise InputError(f"{name}: no article text")
    page_title = collapsed_spaces(title or (document.title if document else None) or "")
    if body[0][0] == "heading" and (not page_title or same_name(body[0][1], page_title)):
        page_title = body.pop(0)[1]  # the page's h1 repeats (or stands for) its title
    return assemble(
        page_title or None,
        body,
        source,
        published=published or document.date,
        author=document.author,
        site_name=document.sitename,
        stated_reading_minutes=stated,
    )
