"""fonte: what a news article does — who speaks, who is cited, who is talked about, how it persuades."""

from __future__ import annotations

from dataclasses import replace

from fonte.analyze.pipeline import Options
from fonte.errors import FonteError, InputError
from fonte.model import Analysis, Article, Source

__all__ = ["analyze_text", "analyze_article", "Analysis", "Article", "Options", "FonteError", "InputError"]
__version__ = "0.1.0"


def analyze_article(article: Article, options: Options | None = None) -> Analysis:
    """Run the full pipeline on an extracted article."""
    from fonte.analyze import pipeline

    return pipeline.run(article, options)


def analyze_text(text: str, language: str | None = None, options: Options | None = None) -> Analysis:
    """Analyse a plain-text article given as a string (first line: title)."""
    from fonte.extract.encoding import normalise
    from fonte.extract.text import extract_text

    options = options or Options()
    if language:
        options = replace(options, language=language)  # the caller's options stay as they were
    return analyze_article(extract_text(normalise(text), Source()), options)
