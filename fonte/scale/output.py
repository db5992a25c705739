"""The job's output folder: ``<table>/part-NNNNN.parquet`` in the corpus schema, plus errors and a summary.

Each part is written to a hidden temporary name and then moved, so a retried Spark task replaces
its part instead of leaving a half-written one. Local folders and any URI pyarrow's filesystems
read (s3://, gs://, hdfs://) work.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow import fs

from fonte.corpus.store import ARROW_SCHEMAS, Store, errors_table
from fonte.errors import StoreError, UsageError
from fonte.scale.partition import DUPLICATE, ArticleRows, Skipped

ERRORS = "errors"
SUMMARY = "_summary.json"
#: The tables one article contributes rows to (``outlets`` is collected and written once, by the driver).
ARTICLE_TABLES = [name for name in ARROW_SCHEMAS if name != "outlets"]


def filesystem(output: str) -> tuple[fs.FileSystem, str]:
    """The filesystem and root path of an output folder (a local path or a URI)."""
    if "://" in output:
        return fs.FileSystem.from_uri(output)
    return fs.LocalFileSystem(), str(Path(output).resolve())


def check_empty(output: str) -> None:
    """Refuse an output folder that already holds a run's results (parts of two runs would mix)."""
    filesystem_, root = filesystem(output)
    if filesystem_.get_file_info(f"{root}/articles").type != fs.FileType.NotFound:
        raise UsageError(f"{output}: already holds job output (articles/); choose a new folder")


def write_part(output: str, table: str, part: int, data: pa.Table) -> None:
    filesystem_, root = filesystem(output)
    folder = f"{root}/{table}"
    filesystem_.create_dir(folder, recursive=True)
    temporary, final = f"{folder}/.part-{part:05d}.parquet.tmp", f"{folder}/part-{part:05d}.parquet"
    with filesystem_.open_output_stream(temporary) as out:
        pq.write_table(data, out)
    filesystem_.move(temporary, final)


def write_articles(part: int, articles: Iterable[ArticleRows], output: str) -> Iterator[tuple[int, list[dict]]]:
    """Write one output partition of articles and findings; yields (articles written, their outlet rows)."""
    rows: dict[str, list[dict]] = {name: [] for name in ARROW_SCHEMAS}
    count = 0
    for article in articles:
        count += 1
        for name, table_rows in article.rows.items():
            rows[name].extend(table_rows)
    for name in ARTICLE_TABLES:
        if rows[name] or name == "articles":  # an empty articles part still says the partition ran
            write_part(output, name, part, pa.Table.from_pylist(rows[name], schema=ARROW_SCHEMAS[name]))
    yield count, rows["outlets"]


def write_outlets(output: str, rows: list[dict]) -> None:
    """The outlets seen, once each (by domain, else name), as one part."""
    unique: dict[str, dict] = {}
    for row in rows:
        key = row["domain"] or row["name"]
        if key:
            unique.setdefault(key, row)
    write_part(output, "outlets", 0, pa.Table.from_pylist(list(unique.values()), schema=ARROW_SCHEMAS["outlets"]))


def write_errors(part: int, skipped: Iterable[Skipped], output: str) -> Iterator[int]:
    """Write one partition of skip reasons (duplicates are not errors, as in ingest); yields how many."""
    table = errors_table((s.source, s.reason) for s in skipped if s.kind != DUPLICATE)
    if table.num_rows:
        write_part(output, ERRORS, part, table)
    yield table.num_rows


def write_summary(output: str, summary: dict) -> None:
    filesystem_, root = filesystem(output)
    with filesystem_.open_output_stream(f"{root}/{SUMMARY}") as out:
        out.write(json.dumps(summary, indent=2).encode("utf-8"))


def load_output(store: Store, directory: str | Path) -> int:
    """Load a job's output folder into a corpus: articles and findings (new ones only) and its errors."""
    directory = Path(directory)
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such folder")
    stored = store.load_parquet(directory)
    error_files = sorted(directory.glob(f"{ERRORS}/*.parquet"))
    if error_files:
        incoming = pq.ParquetDataset([str(f) for f in error_files]).read()  # noqa: F841 - read by the SQL below
        try:  # a folder loaded twice adds its errors once
            store.con.execute(
                "INSERT INTO errors BY NAME SELECT * FROM incoming "
                "WHERE (source, reason) NOT IN (SELECT (source, reason) FROM errors)"
            )
        except duckdb.Error as exc:
            raise StoreError(f"{store.path}: {exc}") from exc
    return stored
