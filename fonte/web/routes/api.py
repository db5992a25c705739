"""The JSON API: the same views as the pages, as JSON; ``/api/openapi.json`` describes it."""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from fonte.errors import UsageError
from fonte.lang import LANGUAGES
from fonte.web import views
from fonte.web.openapi import openapi_document
from fonte.web.queries import Filters


def _read(request: Request, view, *args):
    """Run ``view(store, *args)`` on a read-only store, in a worker thread."""

    def load():
        with request.app.state.db.reading() as store:
            return view(store, *args)

    return run_in_threadpool(load)


def _found(value, what: str):
    if value is None:
        raise HTTPException(404, f"no {what} in this corpus")
    return value


async def search(request: Request) -> Response:
    return JSONResponse(await _read(request, views.search_view, Filters.from_params(request.query_params)))


async def article(request: Request) -> Response:
    ident = views.parse_id(request.path_params["id"])
    found = _found(await _read(request, views.article_view, ident), f"article with id {ident}")
    found.pop("analysis")  # the record holds the same, as docs/analysis-json.md describes it
    return JSONResponse(found)


async def outlets(request: Request) -> Response:
    return JSONResponse(await _read(request, views.outlets_view))


async def outlet(request: Request) -> Response:
    name = request.path_params["name"]
    return JSONResponse(_found(await _read(request, views.outlet_view, name), f"outlet {name!r}"))


async def entity(request: Request) -> Response:
    key = request.path_params["key"]
    return JSONResponse(_found(await _read(request, views.entity_view, key), f"entity {key!r}"))


async def analyse(request: Request) -> Response:
    try:
        body = json.loads(await request.body() or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"the body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise UsageError("the body must be a JSON object: {\"text\": ...} or {\"url\": ...}")
    text, url, language = body.get("text") or "", body.get("url") or "", body.get("language") or None
    if not all(isinstance(v, str) for v in (text, url)) or (language is not None and language not in LANGUAGES):
        raise UsageError(f"text and url must be strings, language one of {', '.join(LANGUAGES)}")
    db = request.app.state.db
    if body.get("store") and not db.allow_writes:
        raise HTTPException(403, "this server is read-only: start it with --allow-writes to store articles")
    analysis = await run_in_threadpool(views.analyse, text, url, language)
    ident = None
    if body.get("store"):
        def store_it() -> str:
            with db.writing() as store:
                return views.store_analysis(store, analysis)

        ident = await run_in_threadpool(store_it)
    return JSONResponse({"id": ident, "stored": ident is not None, "record": analysis.to_dict()})


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document())


ROUTES = [
    Route("/api/search", search),
    Route("/api/articles/{id}", article),
    Route("/api/outlets", outlets),
    Route("/api/outlets/{name:path}", outlet),
    Route("/api/entities/{key:path}", entity),
    Route("/api/analyse", analyse, methods=["POST"]),
    Route("/api/openapi.json", openapi),
]
