"""``ingest`` pauses the cyclic garbage collector while documents are analysed into rows, and only then."""

from __future__ import annotations

import gc
from pathlib import Path

from fonte.corpus import ingest as ingest_module
from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Bridge {i} reopens\n\nThe bridge number {i} reopened on Monday, the mayor said.\n",
                                          encoding="utf-8")
    return folder


def test_ingest_pauses_the_collector_while_analysing_and_restores_it(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "in", 5)
    collector_on_analysis: list[bool] = []
    analyse_document = ingest_module.analyse_document

    def watched(*args, **kwargs):
        collector_on_analysis.append(gc.isenabled())
        return analyse_document(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "analyse_document", watched)
    on_progress: list[bool] = []
    with Store(tmp_path / "c.duckdb") as store:
        summary = ingest([str(folder)], store, batch_size=2, progress=lambda s: on_progress.append(gc.isenabled()))
        assert summary.stored == 5
    assert collector_on_analysis == [False] * 5
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
