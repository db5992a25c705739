"""The corpus database as the web server uses it: opened per request, one request at a time.

DuckDB lets one process hold a database file, even read-only. Opening it per request (under a
lock, since the server's threads share the process) leaves the file free between requests, so
``fonte ingest`` can add articles while the server runs; a request made while another process
holds the file gets a clear "in use" error page.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fonte.corpus.store import Store
from fonte.errors import StoreError


class Database:
    """Where the corpus lives and whether the server may write to it."""

    def __init__(self, path: str | Path, allow_writes: bool = False) -> None:
        self.path = Path(path)
        self.allow_writes = allow_writes
        self._lock = threading.Lock()

    def check(self) -> None:
        """Raise ``StoreError`` now when the database is missing, locked or from a newer fonte."""
        with self.reading():
            pass

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store, opened read-only for one request."""
        with self._lock:
            store = Store(self.path, read_only=True)
            try:
                yield store
            finally:
                store.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """A writable store, only when the server was started with ``--allow-writes``."""
        if not self.allow_writes:
            raise StoreError(f"{self.path}: the server is read-only (start it with --allow-writes to store articles)")
        with self._lock:
            store = Store(self.path)
            try:
                yield store
            finally:
                store.close()
