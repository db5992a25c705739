"""``fonte outlets``: list, show and import the outlet catalogue."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fonte.errors import UsageError
from fonte.kb import outlets


def register(sub) -> None:
    p = sub.add_parser("outlets", help="the outlet catalogue: list, show, import public lists")
    cmds = p.add_subparsers(dest="outlets_command", metavar="ACTION")

    imp = cmds.add_parser("import", help="add a public list of outlets to your catalogue")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=outlets.IMPORT_FORMATS, help="the list's format (default: detected)")
    imp.add_argument("--name", help="dima: the operation's name (default: the file name)")
    imp.add_argument("--country", help="dima: the ISO code of the country behind the operation")
    imp.set_defaults(func=run_import)

    ls = cmds.add_parser("list", help="list catalogued outlets")
    ls.add_argument("--country", help="only outlets of this ISO country code")
    ls.add_argument("--state-affiliated", action="store_true", help="only state-affiliated outlets")
    ls.add_argument("--kind", choices=outlets.KINDS)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(func=run_list)

    show = cmds.add_parser("show", help="everything known about one outlet (a name or a domain)")
    show.add_argument("name")
    show.set_defaults(func=run_show)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_import(args) -> int:
    country = args.country.upper() if args.country else None
    if country and len(country) != 2:
        raise UsageError(f"--country wants an ISO 3166-1 alpha-2 code, not {args.country!r}")
    entries = outlets.read_list(args.file, args.format, args.name, country)
    added, extended = outlets.import_entries(entries)
    print(f"{args.file}: {len(entries)} outlets read; {added} added, {extended} extended known ones -> {outlets.user_file()}")
    return 0


def _flag(entry: outlets.OutletEntry) -> str:
    return {True: "state-affiliated", False: "independent", None: "-"}[entry.state_affiliated]


def run_list(args) -> int:
    country = args.country.upper() if args.country else None
    rows = [
        e
        for e in outlets.catalogue()
        if (country is None or e.country == country)
        and (not args.state_affiliated or e.state_affiliated)
        and (args.kind is None or e.kind == args.kind)
    ]
    for e in sorted(rows, key=lambda e: e.name.lower()):
        if args.json:
            print(json.dumps(e.to_dict(), ensure_ascii=False))
        else:
            print(f"{e.name}\t{e.country or '-'}\t{e.kind or '-'}\t{e.typology or '-'}\t{_flag(e)}\t{e.domains[0] if e.domains else '-'}")
    return 0


def run_show(args) -> int:
    entry = outlets.lookup_name(args.name) or outlets.lookup_domain(args.name)
    if entry is None:
        raise UsageError(f"no catalogued outlet is called {args.name!r} or has that domain (see `fonte outlets list`)")
    d = entry.to_dict()
    d["state_affiliated"] = entry.state_affiliated
    for key, value in d.items():
        if isinstance(value, list):
            value = ", ".join(value) if len(value) <= 12 else ", ".join(value[:12]) + f", ... ({len(value)} in all)"
        print(f"{key}: {'-' if value is None or value == '' else value}")
    return 0
