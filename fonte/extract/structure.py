"""Assemble an Article from blocks (title, headings, paragraphs) with fixed offsets."""

from __future__ import annotations

from fonte.model import Article, Source, Span

BLOCK_SEPARATOR = "\n\n"


def assemble(
    title: str | None,
    blocks: list[tuple[str, str]],
    source: Source,
    **metadata,
) -> Article:
    """Join the title and ``(kind, text)`` blocks (kind: heading | paragraph) into one text."""
    parts: list[str] = []
    pos = 0
    title_span = None
    headings: list[Span] = []
    paragraphs: list[Span] = []

    def add(text: str) -> Span:
        nonlocal pos
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        span = Span(pos, pos + len(text), text)
        parts.append(text)
        pos += len(text)
        return span

    if title:
        title_span = add(title)
    for kind, text in blocks:
        span = add(text)
        (headings if kind == "heading" else paragraphs).append(span)
    return Article(
        text="".join(parts),
        source=source,
        title=title_span,
        headings=headings,
        paragraphs=paragraphs,
        **metadata,
    )
