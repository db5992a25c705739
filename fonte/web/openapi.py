"""The OpenAPI 3.1 document of the JSON API, written out by hand (it is small and stable)."""

from __future__ import annotations

from typing import Any

from fonte import __version__

_ERROR = {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema or {"type": "string"}}


def _path(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description, "schema": {"type": "string"}}


def _get(summary: str, parameters: list[dict[str, Any]], not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "found", "content": {"application/json": {"schema": {"type": "object"}}}},
        "400": _ERROR,
        "503": {**_ERROR, "description": "the database is missing, locked or unreadable"},
    }
    if not_found:
        responses["404"] = {**_ERROR, "description": "not in this corpus"}
    return {"get": {"summary": summary, "parameters": parameters, "responses": responses}}


SEARCH_PARAMETERS = [
    _query("q", "words found in the title or text (case-insensitive)"),
    _query("since", "published on or after (YYYY-MM-DD)", {"type": "string", "format": "date"}),
    _query("until", "published on or before (YYYY-MM-DD)", {"type": "string", "format": "date"}),
    _query("outlet", "publishing outlet, as listed by /api/outlets"),
    _query("language", "ISO 639-1 code"),
    _query("technique", "SemEval-2023 technique label, e.g. Loaded_Language"),
    _query("entity", "an entity named in the article: name, Wikidata QID or ISO country code"),
    _query("speaker", "someone quoted in the article: name or Wikidata QID"),
    _query("state_only", "only articles citing state-affiliated media (1/true)", {"type": "boolean"}),
    _query("page", "page of 20 results, from 1", {"type": "integer", "minimum": 1}),
]


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "fonte corpus API",
            "version": __version__,
            "description": "Read a fonte corpus: articles with every finding, outlets, entities; analyse new text. "
            "Article ids are 63-bit integers sent as strings.",
        },
        "paths": {
            "/api/search": _get("search articles with filters (newest first)", SEARCH_PARAMETERS),
            "/api/articles/{id}": _get(
                "one article: its analysis record (docs/analysis-json.md), republications and stories",
                [_path("id", "article id")], not_found=True,
            ),
            "/api/outlets": _get("every publishing outlet", []),
            "/api/outlets/{name}": _get(
                "an outlet: techniques per 1,000 words over time, top speakers, top cited sources, copying",
                [_path("name", "outlet name")], not_found=True,
            ),
            "/api/entities/{key}": _get(
                "an entity: its quotes, articles over time, outlets, entities named alongside",
                [_path("key", "Wikidata QID, else ISO country code, else name")], not_found=True,
            ),
            "/api/analyse": {
                "post": {
                    "summary": "analyse pasted text or a public URL; stored only with store=true on a server started with --allow-writes",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnalyseRequest"}}},
                    },
                    "responses": {
                        "200": {"description": "the analysis record", "content": {"application/json": {"schema": {"type": "object"}}}},
                        "400": _ERROR,
                        "403": {**_ERROR, "description": "store asked of a read-only server"},
                        "413": {**_ERROR, "description": "body larger than the server's limit"},
                    },
                }
            },
            "/api/openapi.json": {"get": {"summary": "this document", "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
                    "required": ["error", "status"],
                },
                "AnalyseRequest": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "description": "the article, first line the title"},
                        "url": {"type": "string", "description": "a public http(s) URL to fetch instead"},
                        "language": {"type": "string", "description": "ISO 639-1 code; identified when absent"},
                        "store": {"type": "boolean", "default": False},
                    },
                },
            }
        },
    }
