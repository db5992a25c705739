"""Corpus commands: ``ingest``, ``query``, ``top``, ``export``, ``dupes``, ``stories``, ``outlet-profile``."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from fonte import settings
from fonte.analyze.pipeline import Options
from fonte.errors import UsageError

if TYPE_CHECKING:  # pandas costs ~2 s to import: only the commands that print frames load it
    import pandas as pd

DEFAULT_DB = "fonte.duckdb"


def register(sub) -> None:
    def command(name: str, help_text: str, func):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", default=DEFAULT_DB, help=f"corpus database (default: {DEFAULT_DB} in the current folder)")
        p.set_defaults(func=func)
        return p

    p = command("ingest", "analyse articles and store them in a corpus database", run_ingest)
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="file, folder (recursive), glob, JSON Lines, RSS/Atom feed (file or URL), WARC[.gz]")
    p.add_argument("--jobs", type=int, default=1, help="worker processes for analysis (default 1)")
    p.add_argument("--batch-size", type=int, default=settings.INGEST_BATCH_SIZE,
                   help=f"articles per committed batch (default {settings.INGEST_BATCH_SIZE})")
    p.add_argument("--no-fetch", action="store_true", help="feeds: use each entry's summary, fetch no page")
    p.add_argument("--no-dedup", action="store_true", help="skip near-duplicate detection after ingest")
    p.add_argument("--language", help="force the language of every article")
    p.add_argument("--extract", choices=["auto", "fast", "precise"], default="auto",
                   help="HTML extraction: fast (resiliparse), precise (trafilatura), auto (fast for WARC records)")
    p.add_argument("--parquet", metavar="DIR", help="load the Parquet tables of `fonte spark-job` instead of SOURCEs")

    p = command("query", "run read-only SQL on a corpus", run_query)
    p.add_argument("sql")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    p = command("top", "most frequent speakers, outlets, techniques or entities", run_top)
    p.add_argument("what", choices=["speakers", "outlets", "techniques", "entities"])
    p.add_argument("--since", help="published on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="published on or before this date (YYYY-MM-DD)")
    p.add_argument("--language")
    p.add_argument("--limit", type=int, default=20)

    p = command("export", "write a corpus table to Parquet, CSV or JSON Lines", run_export)
    p.add_argument("table")
    p.add_argument("--format", choices=["parquet", "csv", "jsonl"], default="parquet")
    p.add_argument("--output", required=True)

    p = command("dupes", "near-duplicate groups: who published first, who republished, what changed", run_dupes)
    p.add_argument("--diff", action="store_true", help="show each copy's changed headline and sentences")
    p.add_argument("--limit", type=int, default=50, help="groups to show (default 50)")

    p = command("stories", "articles about the same event across outlets and languages", run_stories)
    p.add_argument("--window", type=int, default=3, help="days between articles of one story (default 3)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--timeline", action="store_true", help="who was quoted first in each story")

    p = command("outlet-profile", "per outlet: languages, state-affiliated citations, techniques, voices, copies",
                run_outlet_profile)
    p.add_argument("outlet", nargs="?", help="one outlet (name); all when omitted")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")


def _print_frame(frame: pd.DataFrame, fmt: str = "table") -> None:
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "jsonl":
        for record in frame.to_dict(orient="records"):
            print(json.dumps(record, ensure_ascii=False, default=str))
    elif frame.empty:
        print("(no rows)")
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            print(frame.to_string(index=False))


def run_ingest(args) -> int:
    from fonte.corpus import dedup
    from fonte.corpus.ingest import ingest
    from fonte.corpus.store import Store

    if args.jobs < 1 or args.batch_size < 1:
        raise UsageError("--jobs and --batch-size must be at least 1")
    if bool(args.sources) == bool(args.parquet):
        raise UsageError("give SOURCEs to ingest, or --parquet DIR to load, not both or neither")
    if args.parquet:
        from fonte.scale.output import load_output

        with Store(args.db) as store:
            stored = load_output(store, args.parquet)
            pairs = 0 if args.no_dedup else dedup.update(store)
        print(f"fonte: {stored} articles loaded from {args.parquet}; {pairs} new near-duplicate pairs", file=sys.stderr)
        return 0
    with Store(args.db) as store, _progress() as progress:
        summary = ingest(
            args.sources, store, jobs=args.jobs, batch_size=args.batch_size, fetch=not args.no_fetch,
            options=Options(language=args.language), extract_mode=args.extract, progress=progress,
        )
        pairs = 0 if args.no_dedup else dedup.update(store)
    print(f"fonte: {summary.line()}; {pairs} new near-duplicate pairs", file=sys.stderr)
    for where, reason in summary.failures[:10]:
        # Input errors already open with the input's name.
        print(f"  failed: {reason if reason.startswith(where) else f'{where}: {reason}'}", file=sys.stderr)
    if len(summary.failures) > 10:
        print(f"  ... {len(summary.failures) - 10} more in the errors table", file=sys.stderr)
    # Skipped records (a WARC's images, a broken line) are normal in a corpus and sit in the errors
    # table; the run itself failed only when it read something and could store none of it.
    return 1 if summary.failed and not (summary.stored or summary.already_stored) else 0


class _progress:
    """A rich progress line on stderr when it is a terminal; nothing otherwise."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("ingesting")
        return lambda s: self.bar.update(task, description=s.line())

    def __exit__(self, *exc_info) -> None:
        if getattr(self, "bar", None):
            self.bar.stop()


def run_query(args) -> int:
    from fonte.corpus.query import run_sql
    from fonte.corpus.store import Store

    with Store(args.db, read_only=True) as store:
        _print_frame(run_sql(store.con, args.sql), args.format)
    return 0


def run_top(args) -> int:
    from fonte.corpus.query import top
    from fonte.corpus.store import Store

    with Store(args.db, read_only=True) as store:
        _print_frame(top(store.con, args.what, args.since, args.until, args.language, args.limit))
    return 0


def run_export(args) -> int:
    from fonte.corpus.export import export
    from fonte.corpus.store import Store

    with Store(args.db, read_only=True) as store:
        rows = export(store.con, args.table, args.format, args.output)
    print(f"fonte: {rows} rows of {args.table} written to {args.output}", file=sys.stderr)
    return 0


DUPES_SQL = """
SELECT d.group_id, d.role, a.outlet, a.published, a.title, d.similarity, d.headline_changed,
       d.added_sentences, d.dropped_sentences, d.diff
FROM duplicates d JOIN articles a ON a.id = d.article_id
WHERE d.group_id IN (SELECT DISTINCT group_id FROM duplicates ORDER BY group_id LIMIT ?)
ORDER BY d.group_id, d.role DESC, a.published NULLS LAST, a.seq
"""


def run_dupes(args) -> int:
    from fonte.corpus.store import Store

    with Store(args.db, read_only=True) as store:
        rows = store.con.execute(DUPES_SQL, [args.limit]).fetchall()
    if not rows:
        print("(no near-duplicates)")
    current = None
    for group, role, outlet, published, title, sim, changed, added, dropped, diff in rows:
        when = published.date().isoformat() if published else "undated"
        if group != current:
            current = group
            print(f"\ngroup {group}\n  first: {outlet or '?'} ({when}) {title!r}")
            continue
        print(f"  copy:  {outlet or '?'} ({when}) similarity {sim:.2f}"
              f"{', headline changed' if changed else ''}, +{added}/-{dropped} sentences")
        if args.diff and diff:
            for line in diff.splitlines():
                print(f"         {line}")
    return 0


def run_stories(args) -> int:
    from fonte.corpus import stories
    from fonte.corpus.store import Store

    with Store(args.db) as store:
        count = stories.build(store, window_days=args.window)
        rows = store.con.execute(
            "SELECT story_id, label, first_published, articles, languages, outlets FROM stories "
            "ORDER BY articles DESC, first_published NULLS LAST LIMIT ?", [args.limit]
        ).fetchall()
        for story_id, label, first, n, languages, outlets in rows:
            when = first.date().isoformat() if first else "undated"
            print(f"story {story_id}: {label or '(unlabelled)'} — {n} articles, {outlets} outlets, "
                  f"languages {languages}, from {when}")
            if args.timeline:
                for entry in stories.timeline(store, story_id):
                    day = entry["published"].date().isoformat() if entry["published"] else "undated"
                    print(f"    {day} {entry['outlet'] or '?'} [{entry['language']}] "
                          f"{entry['speaker']}: {entry['text'][:100]!r}")
    print(f"fonte: {count} stories", file=sys.stderr)
    return 0


def run_outlet_profile(args) -> int:
    from fonte.corpus.query import outlet_profiles
    from fonte.corpus.store import Store

    with Store(args.db, read_only=True) as store:
        _print_frame(outlet_profiles(store.con, args.outlet), args.format)
    return 0
