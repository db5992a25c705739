"""``fonte serve``: the corpus in a browser and as a JSON API (Starlette on uvicorn)."""

from __future__ import annotations

import sys

from fonte.cli.corpus import DEFAULT_DB

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def register(sub) -> None:
    p = sub.add_parser(
        "serve",
        help="browse and search a corpus in a web browser (and a JSON API)",
        description="Serve a corpus database as web pages and a JSON API; read-only unless --allow-writes.",
    )
    p.add_argument("--db", default=DEFAULT_DB, help=f"corpus database (default: {DEFAULT_DB} in the current folder)")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--allow-writes", action="store_true",
                   help="let the Analyse page store articles in the database")
    p.set_defaults(func=run)


def run(args) -> int:
    import uvicorn

    from fonte.web.app import create_app

    app = create_app(args.db, allow_writes=args.allow_writes)
    app.state.db.check()  # a missing, locked or newer database: one line now, not an error per page
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"fonte: warning: listening on {args.host}: anyone who can reach it can read the corpus", file=sys.stderr)
    print(f"fonte: serving {args.db} at http://{args.host}:{args.port}/ "
          f"({'writes allowed' if args.allow_writes else 'read-only'}; Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
