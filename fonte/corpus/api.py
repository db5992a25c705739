"""The corpus from Python: ``Corpus(path).frame("quotes")`` or ``.frame("SELECT ...")`` -> pandas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from fonte.corpus import query, stories
from fonte.corpus.store import TABLES, Store
from fonte.errors import UsageError


class Corpus:
    """A read-only view of a corpus database (one process owns the file while it is open)."""

    def __init__(self, path: str | Path = "fonte.duckdb") -> None:
        self.store = Store(path, read_only=True)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def frame(self, sql_or_table: str, params: list | None = None) -> pd.DataFrame:
        """A table by name, or the result of a read-only SQL query, as a pandas DataFrame."""
        if sql_or_table in TABLES:
            sql_or_table = f"SELECT * FROM {sql_or_table}"
        return query.run_sql(self.store.con, sql_or_table, params)

    def polars(self, sql_or_table: str):
        """The same as ``frame`` as a polars DataFrame (needs polars installed)."""
        try:
            import polars
        except ImportError as exc:
            raise UsageError("polars is not installed (pip install polars), use .frame() for pandas") from exc
        return polars.from_pandas(self.frame(sql_or_table))

    def top(self, what: str, **filters) -> pd.DataFrame:
        return query.top(self.store.con, what, **filters)

    def outlet_profiles(self, outlet: str | None = None) -> pd.DataFrame:
        return query.outlet_profiles(self.store.con, outlet)

    def timeline(self, story_id: int) -> pd.DataFrame:
        return pd.DataFrame(stories.timeline(self.store, story_id))
