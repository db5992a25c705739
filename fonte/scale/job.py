"""The Spark driver: a manifest of WARCs in, corpus tables as partitioned Parquet out.

    fonte spark-job --manifest warcs.txt --output out/ --master 'local[2]'
    spark-submit --master yarn fonte/scale/job.py --manifest warcs.txt --output s3://bucket/out/

Stages: one task per manifest entry reads, extracts and analyses its WARC (``partition``); the
articles are then reduced by normalised URL and by text hash, keeping the one read first (what
``fonte ingest`` keeps), and spread over ``--partitions`` output parts. Skipped records and
paths go to ``errors/`` and are counted by reason in ``_summary.json``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from functools import partial

from fonte.analyze.pipeline import Options
from fonte.errors import FonteError, UsageError
from fonte.extract import EXTRACT_MODES

SAMPLES = 20


def _analyse_entry(entry: tuple[int, str], options: Options, extract_mode: str, ingested_at: datetime):
    from fonte.scale.partition import analyse_warc

    index, uri = entry
    return analyse_warc(index, uri, options, extract_mode, ingested_at)


def spark_session(master: str | None = None):
    """A SparkSession whose Python workers run this interpreter with one BLAS thread each."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise UsageError("pyspark is not installed: pip install 'fonte[spark]'") from exc
    # Workers run the system python unless told otherwise, and it has no fonte.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.appName("fonte")
        .config("spark.executorEnv.OMP_NUM_THREADS", "1")
        .config("spark.ui.showConsoleProgress", "false")
    )
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def run_job(
    spark,
    manifest: str,
    output: str,
    *,
    partitions: int | None = None,
    extract_mode: str = "auto",
    options: Options | None = None,
) -> dict:
    """Analyse every WARC of ``manifest`` and write the corpus tables under ``output``; returns the summary."""
    from pyspark import StorageLevel

    from fonte.scale.manifest import read_manifest
    from fonte.scale.output import check_empty, write_articles, write_errors, write_outlets, write_summary
    from fonte.scale.partition import DUPLICATE, ArticleRows, Skipped, first_read

    started = time.monotonic()
    paths = read_manifest(manifest)
    check_empty(output)
    sc = spark.sparkContext
    parts = partitions or sc.defaultParallelism
    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None)
    analyse = partial(_analyse_entry, options=options or Options(), extract_mode=extract_mode, ingested_at=ingested_at)
    # One task per WARC: a file is read as one stream, and small tasks balance the cluster.
    items = sc.parallelize(list(enumerate(paths)), len(paths)).flatMap(analyse)
    items.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        articles = (
            items.filter(lambda item: isinstance(item, ArticleRows))
            .keyBy(lambda a: a.url_key).reduceByKey(first_read).values()
            .keyBy(lambda a: a.id).reduceByKey(first_read, parts).values()
        )
        written = articles.mapPartitionsWithIndex(partial(write_articles, output=output)).collect()
        write_outlets(output, [row for _, rows in written for row in rows])
        skipped = items.filter(lambda item: isinstance(item, Skipped))
        kinds = Counter(skipped.map(lambda s: s.kind).countByValue())
        samples = skipped.filter(lambda s: s.kind != DUPLICATE).take(SAMPLES)
        errors = skipped.coalesce(parts).mapPartitionsWithIndex(partial(write_errors, output=output)).sum()
        analysed = items.filter(lambda item: isinstance(item, ArticleRows)).count()
    finally:
        items.unpersist()
    stored = sum(count for count, _ in written)
    summary = {
        "manifest": manifest,
        "warcs": len(paths),
        "analysed": analysed,
        "stored": stored,
        "duplicates": analysed - stored + kinds.pop(DUPLICATE, 0),
        "skipped": dict(sorted(kinds.items())),
        "errors_written": errors,
        "partitions": parts,
        "extract": extract_mode,
        "seconds": round(time.monotonic() - started, 1),
        "samples": [[s.source, s.reason] for s in samples],
    }
    write_summary(output, summary)
    return summary


def summary_line(summary: dict) -> str:
    skipped = ", ".join(f"{n} {kind}" for kind, n in summary["skipped"].items()) or "none"
    rate = summary["stored"] / summary["seconds"] if summary["seconds"] else 0.0
    return (
        f"{summary['warcs']} WARCs, {summary['analysed']} analysed, {summary['stored']} stored, "
        f"{summary['duplicates']} duplicates; skipped: {skipped} ({summary['seconds']} s, {rate:.1f} articles/s)"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--manifest", required=True, help="text file: one WARC path or URI a line (# comments)")
    parser.add_argument("--output", required=True, help="new folder or URI for the Parquet tables")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="output parts (default: Spark's default parallelism)")
    parser.add_argument("--extract", choices=EXTRACT_MODES, default="auto",
                        help="HTML extraction: fast (resiliparse), precise (trafilatura), auto (fast for WARC)")
    parser.add_argument("--language", help="force the language of every article")


def run_from_args(args, default_master: str | None = None) -> dict:
    from fonte.scale.manifest import read_manifest
    from fonte.scale.output import check_empty

    if args.partitions is not None and args.partitions < 1:
        raise UsageError("--partitions must be at least 1")
    read_manifest(args.manifest)  # bad arguments fail before a JVM starts
    check_empty(args.output)
    spark = spark_session(args.master or default_master)
    try:
        return run_job(spark, args.manifest, args.output, partitions=args.partitions, extract_mode=args.extract,
                       options=Options(language=args.language))
    finally:
        spark.stop()


def main(argv: list[str] | None = None) -> int:
    """The ``spark-submit`` entry point (the master comes from spark-submit unless --master is given)."""
    parser = argparse.ArgumentParser(prog="fonte.scale.job", description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        summary = run_from_args(args)
    except FonteError as exc:
        print(f"fonte: error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"fonte: {summary_line(summary)}", file=sys.stderr)
    for source, reason in summary["samples"]:
        print(f"  skipped: {source}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
