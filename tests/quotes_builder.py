"""Builds an analysed article for the quotes and voices tests, with entities set by hand."""

from __future__ import annotations

import re

from fonte.analyze import quotes, segments, voices
from fonte.extract.text import extract_text
from fonte.model import Analysis, Entity, Mention, Source


def person(name: str, *surfaces: str, wikidata: str | None = None, country: str | None = None) -> Entity:
    entity = Entity(name=name, type="person", wikidata=wikidata)
    entity.surfaces = (name, *surfaces)  # type: ignore[attr-defined]
    if country:
        entity.country = country  # type: ignore[attr-defined]
    return entity


def other(name: str, kind: str, *surfaces: str, iso: str | None = None) -> Entity:
    entity = Entity(name=name, type=kind, iso=iso)
    entity.surfaces = (name, *surfaces)  # type: ignore[attr-defined]
    return entity


def analysed(text: str, lang: str, *entities: Entity) -> Analysis:
    """Title on the first line, paragraphs after blank lines; mentions are every exact occurrence."""
    analysis = Analysis(article=extract_text(text, Source()), language=lang)
    segments.run(analysis, None)
    for entity in entities:
        for surface in entity.surfaces:  # type: ignore[attr-defined]
            for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", analysis.text):
                entity.mentions.append(Mention(m.start(), m.end(), m.group()))
        analysis.entities.append(entity)
    quotes.run(analysis, None)
    voices.run(analysis, None)
    return analysis


def found(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote, checking each offset on the way."""
    for q in analysis.quotes:
        assert analysis.text[q.start : q.end] == q.text
        assert q.by and 0 < q.confidence <= 1
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]
