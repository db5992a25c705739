"""``ingest`` pauses the cyclic garbage collector while a batch is analysed and stored, and only then."""

from __future__ import annotations

import gc
from pathlib import Path

from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store


class _WatchedStore(Store):
    """A real store that notes whether the collector ran while each batch was stored."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.collector_on_store: list[bool] = []

    def add_analyses(self, analyses, errors):
        self.collector_on_store.append(gc.isenabled())
        return super().add_analyses(analyses, errors)


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Bridge {i} reopens\n\nThe bridge number {i} reopened on Monday, the mayor said.\n",
                                          encoding="utf-8")
    return folder


def test_ingest_pauses_the_collector_per_batch_and_restores_it(tmp_path):
    folder = _corpus(tmp_path / "in", 5)
    on_progress: list[bool] = []
    with _WatchedStore(tmp_path / "c.duckdb") as store:
        summary = ingest([str(folder)], store, batch_size=2, progress=lambda s: on_progress.append(gc.isenabled()))
        assert summary.stored == 5
        assert store.collector_on_store == [False, False, False]
    assert on_progress == [True, True, True]
    assert gc.isenabled()


def test_ingest_leaves_a_collector_the_application_disabled_off(tmp_path):
    folder = _corpus(tmp_path / "in", 3)
    gc.disable()
    try:
        with Store(tmp_path / "c.duckdb") as store:
            assert ingest([str(folder)], store, batch_size=2).stored == 3
        assert not gc.isenabled()
    finally:
        gc.enable()
