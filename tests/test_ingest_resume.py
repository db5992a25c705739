"""A killed ``fonte ingest`` run, restarted, ends with exactly what an uninterrupted run stores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

TOTAL = 600
BATCH = 10


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(TOTAL):
        (folder / f"n{i:04d}.txt").write_text(
            f"Notizia numero {i}\n\nIl consiglio comunale ha discusso la proposta {i} per {i % 7} ore.\n\n"
            f"The council met on day {i} and voted {i % 3} times.\n",
            encoding="utf-8",
        )


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "fonte", "--debug", "ingest", str(folder), "--db", str(db),
         "--batch-size", str(BATCH), "--no-dedup"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )


def _contents(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT id, seq, sha256, title, text, words FROM articles ORDER BY seq").fetchall()
    finally:
        con.close()


def test_ingest_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "in"
    _write_corpus(folder)
    reference = tmp_path / "reference.duckdb"
    assert _ingest(folder, reference).wait(timeout=300) == 0

    killed = tmp_path / "killed.duckdb"
    proc = _ingest(folder, killed)
    committed = 0
    for line in proc.stderr:
        if "committed batch" in line:
            committed += 1
            if committed == 3:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial = _contents(killed)
    assert BATCH * 3 <= len(partial) < TOTAL  # it was stopped part way, after whole batches

    assert _ingest(folder, killed).wait(timeout=300) == 0
    assert _contents(killed) == _contents(reference)
    assert len(_contents(killed)) == TOTAL
