"""``fonte spark-job``: analyse the WARCs of a manifest with Spark into Parquet corpus tables."""

from __future__ import annotations

import sys

DEFAULT_MASTER = "local[*]"


def register(sub) -> None:
    from fonte.scale.job import add_arguments

    p = sub.add_parser(
        "spark-job",
        help="analyse many WARC files with Spark; write corpus tables as Parquet",
        description="Analyse every HTML record of the WARCs in a manifest with Spark and write the corpus "
                    "tables as Parquet (load them with: fonte ingest --parquet DIR).",
    )
    add_arguments(p)
    p.set_defaults(func=run_spark_job)


def run_spark_job(args) -> int:
    from fonte.scale.job import run_from_args, summary_line

    summary = run_from_args(args, default_master=DEFAULT_MASTER)
    print(f"fonte: {summary_line(summary)}", file=sys.stderr)
    for source, reason in summary["samples"]:
        print(f"  skipped: {source}: {reason}", file=sys.stderr)
    print(f"fonte: tables in {args.output} (load with: fonte ingest --parquet {args.output} --db DB)", file=sys.stderr)
    return 0
