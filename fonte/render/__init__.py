"""Renderers: one analysis as a terminal report, JSON, Markdown or a self-contained HTML page."""

from __future__ import annotations

from fonte.errors import UsageError
from fonte.model import Analysis

#: The formats ``render`` accepts, in the order ``--format`` lists them.
FORMATS = ("text", "json", "markdown", "html")


def render(analysis: Analysis, fmt: str, color: bool = False) -> str:
    """``analysis`` in format ``fmt``; ``color`` adds ANSI colours to the text report only."""
    # Each renderer is imported on use: JSON output should not pay for rich or jinja2.
    if fmt == "json":
        from fonte.render.json import render_json

        return render_json(analysis)
    if fmt == "text":
        from fonte.render.text import render_text

        return render_text(analysis, color=color)
    if fmt == "markdown":
        from fonte.render.markdown import render_markdown

        return render_markdown(analysis)
    if fmt == "html":
        from fonte.render.html import render_html

        return render_html(analysis)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
