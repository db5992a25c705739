"""Export a corpus table to Parquet, CSV or JSON Lines (DuckDB's COPY; no rows pass through Python)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from fonte.corpus.store import TABLES
from fonte.errors import StoreError, UsageError

FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER)", "jsonl": "(FORMAT json)"}


def export(con, table: str, fmt: str, output: str | Path) -> int:
    """Write ``table`` to ``output`` in ``fmt``; returns the number of rows written."""
    if table not in TABLES:
        raise UsageError(f"export: unknown table {table!r} (choose from {', '.join(TABLES)})")
    if fmt not in FORMATS:
        raise UsageError(f"export: unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    output = Path(output)
    if not output.parent.is_dir():
        raise UsageError(f"export: {output.parent} is not a directory")
    target = str(output).replace("'", "''")
    try:
        con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' {FORMATS[fmt]}")
    except (duckdb.Error, OSError) as exc:
        raise StoreError(f"export to {output}: {str(exc).splitlines()[0]}") from exc
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
