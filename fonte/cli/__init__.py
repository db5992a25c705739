"""The ``fonte`` command: parse, call the API, render, map errors to exit codes.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser, a function ``(args) -> int`` that returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from fonte import __version__
from fonte.errors import FonteError

#: Command modules, in the order ``fonte --help`` lists them.
COMMANDS = ["analyze", "eval", "train", "outlets", "corpus", "serve", "spark"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fonte",
        description="What a news article does: who speaks, who is cited, who is talked about, how it persuades.",
    )
    parser.add_argument("--version", action="version", version=f"fonte {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"fonte.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("fonte.cli"):
                continue  # a command whose module is not there yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except FonteError as exc:
        if args.debug:
            raise
        print(f"fonte: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("fonte: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a user sees one line, never a traceback, unless --debug
        if args.debug:
            raise
        print(f"fonte: error: unexpected {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


def entry() -> None:
    sys.exit(main())
