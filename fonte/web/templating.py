"""The web pages' jinja2 environment: fonte/web/templates first, then the HTML report's templates."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from starlette.responses import HTMLResponse

from fonte.model import Analysis
from fonte.render import report
from fonte.render.html import article_context


@cache
def environment() -> Environment:
    return Environment(
        loader=ChoiceLoader([PackageLoader("fonte.web", "templates"), PackageLoader("fonte.render", "templates")]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered as an HTML response."""
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status_code)


def article_page(analysis: Analysis, details: dict[str, Any]) -> HTMLResponse:
    """The article page: the report's context, plus links to speakers' pages and the corpus ``details``."""
    context = article_context(analysis)
    context["speaker_keys"] = {
        report.speaker_name(q): q.speaker.wikidata or q.speaker.name for q in analysis.quotes if q.speaker
    }
    context["page"] = details
    return page("article_page.html", **context)
