"""The Starlette application: routes, static files, safety headers, body limit, error pages."""

from __future__ import annotations

import logging
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fonte.errors import FetchError, FonteError, InputError, StoreError, UsageError
from fonte.web.database import Database
from fonte.web.routes import api, pages
from fonte.web.templating import page

log = logging.getLogger(__name__)

#: Largest request body accepted (pasted articles are far smaller).
MAX_BODY_BYTES = 2_000_000
#: Pages load only their own stylesheets and scripts; style attributes (bar widths) are allowed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """ASGI middleware: refuses bodies over ``max_bytes`` (413) and adds the security headers."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            response = PlainTextResponse(f"request body larger than {self.max_bytes} bytes", status_code=413)
            await response(scope, receive, send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            # A chunked body declares no length: count it as it arrives.
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(413, f"request body larger than {self.max_bytes} bytes")
            return message

        await self.app(scope, limited_receive, send_with_headers)


_HEADINGS = {
    400: "That request cannot be answered",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    413: "Too large",
    500: "Something went wrong",
    503: "The corpus database cannot be read",
}


def _error(request: Request, status: int, message: str, hint: str | None = None) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    heading = _HEADINGS.get(status, "Error")
    return page("error.html", status, status=status, heading=heading, message=message, hint=hint)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _error(request, exc.status_code, exc.detail)


async def _fonte_error(request: Request, exc: FonteError) -> Response:
    if isinstance(exc, StoreError):
        hint = "Check the --db path, or wait until the process holding the database (an ingest) has finished."
        return _error(request, 503, str(exc), hint)
    status = 400 if isinstance(exc, (UsageError, InputError, FetchError)) else 500
    return _error(request, status, str(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    # Logged for whoever runs the server; the page says only that something failed.
    log.exception("unexpected error on %s", request.url.path)
    return _error(request, 500, f"unexpected {type(exc).__name__}; the server log has the details")


def create_app(db: str | Path, allow_writes: bool = False, max_body_bytes: int = MAX_BODY_BYTES) -> Starlette:
    """The web UI and API over the corpus database at ``db`` (opened read-only unless ``allow_writes``)."""
    app = Starlette(
        routes=[
            *pages.ROUTES,
            *api.ROUTES,
            Mount("/static", StaticFiles(packages=[("fonte.render", "static"), ("fonte.web", "static")]), name="static"),
        ],
        exception_handlers={HTTPException: _http_error, FonteError: _fonte_error, Exception: _unexpected},
    )
    app.state.db = Database(db, allow_writes=allow_writes)
    app.add_middleware(Guard, max_bytes=max_body_bytes)
    return app
