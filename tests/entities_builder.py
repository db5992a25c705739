"""An analysis with only the entities analyser run, for the entity tests."""

from __future__ import annotations

from fonte.analyze import entities
from fonte.extract.text import extract_text
from fonte.model import Analysis, Source


def analyse(text: str, lang: str, published: str | None = None) -> Analysis:
    article = extract_text(text, Source())
    article.published = published
    analysis = Analysis(article=article, language=lang)
    entities.run(analysis, None)
    return analysis
