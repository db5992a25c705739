"""The HTML pages: search, article, outlets, outlet, entity, analyse."""

from __future__ import annotations

from typing import Any, Callable, TypeVar
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from fonte import taxonomy
from fonte.errors import InputError, UsageError
from fonte.lang import LANGUAGES
from fonte.web import views
from fonte.web.queries import Filters
from fonte.web.templating import article_page, page

T = TypeVar("T")


def _db(request: Request):
    return request.app.state.db


async def _read(request: Request, view: Callable[..., T], *args: Any) -> T:
    """``view(store, *args)`` on a reading connection to the corpus, in a worker thread."""

    def load() -> T:
        with _db(request).reading() as store:
            return view(store, *args)

    return await run_in_threadpool(load)


async def search(request: Request) -> Response:
    filters = Filters.from_params(request.query_params)
    found = await _read(request, views.search_view, filters)
    params = {k: v for k, v in request.query_params.items() if k != "page"}
    return page(
        "search.html",
        **{**found, "filters": filters},
        active=filters.active(),
        quick_query=filters.q,
        technique_names={t: taxonomy.technique(t).name for t in found["facets"]["techniques"]},
        query_for=lambda n: urlencode({**params, "page": n}),
    )


async def article(request: Request) -> Response:
    ident = views.parse_id(request.path_params["id"])
    found = await _read(request, views.article_view, ident)
    if found is None:
        raise HTTPException(404, f"no article with id {ident} in this corpus")
    return article_page(found["analysis"], found)


async def outlets(request: Request) -> Response:
    return page("outlets.html", **await _read(request, views.outlets_view))


async def outlet(request: Request) -> Response:
    name = request.path_params["name"]
    found = await _read(request, views.outlet_view, name)
    if found is None:
        raise HTTPException(404, f"no articles from {name!r} in this corpus")
    return page("outlet.html", **found)


async def entity(request: Request) -> Response:
    key = request.path_params["key"]
    found = await _read(request, views.entity_view, key)
    if found is None:
        raise HTTPException(404, f"no entity {key!r} in this corpus")
    return page("entity.html", **found)


def _form(request: Request, status: int = 200, error: str | None = None, **values) -> Response:
    fields = {"text": "", "url": "", "language": "", **values}
    return page(
        "analyse.html", status, error=error, languages=LANGUAGES, allow_writes=_db(request).allow_writes, **fields
    )


async def analyse_form(request: Request) -> Response:
    return _form(request)


async def analyse(request: Request) -> Response:
    form = await request.form()
    text, url = str(form.get("text", "")), str(form.get("url", ""))
    language = str(form.get("language", "")) or None
    if language and language not in LANGUAGES:
        return _form(request, 400, f"language: not one of {', '.join(LANGUAGES)}", text=text, url=url)
    wants_store = bool(form.get("store"))
    db = _db(request)
    if wants_store and not db.allow_writes:
        return _form(request, 403, "this server is read-only: start it with --allow-writes to store articles",
                     text=text, url=url, language=language or "")
    try:
        analysis = await run_in_threadpool(views.analyse, text, url, language)
    except (UsageError, InputError) as exc:
        return _form(request, 400, str(exc), text=text, url=url, language=language or "")
    if wants_store:
        def store_it() -> str:
            with db.writing() as store:
                return views.store_analysis(store, analysis)

        return RedirectResponse(f"/article/{await run_in_threadpool(store_it)}", status_code=303)
    return article_page(analysis, {"id": None, "outlet": None, "republications": [], "stories": []})


ROUTES = [
    Route("/", search, name="search"),
    Route("/article/{id}", article, name="article"),
    Route("/outlets", outlets, name="outlets"),
    Route("/outlet/{name:path}", outlet, name="outlet"),
    Route("/entity/{key:path}", entity, name="entity"),
    Route("/analyse", analyse_form, methods=["GET"], name="analyse_form"),
    Route("/analyse", analyse, methods=["POST"], name="analyse"),
]
