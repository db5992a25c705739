"""Ingest throughput, database size per 1,000 articles, and near-duplicate detection at 10k vs 100k.

    .venv/bin/python bench/corpus_scale.py --ingest 1000 --dedup 10000 100000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from republication import Generator  # noqa: E402

from fonte.corpus import dedup  # noqa: E402
from fonte.corpus.ingest import ingest  # noqa: E402
from fonte.corpus.store import Store  # noqa: E402


def bench_ingest(n: int, jobs: int) -> None:
    texts, _ = Generator(seed=3).corpus(n // 2)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in list(texts.items())[:n]:
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        db = Path(tmp) / "c.duckdb"
        started, cpu_started = time.perf_counter(), time.process_time()
        with Store(db) as store:
            summary = ingest([str(folder)], store, jobs=jobs)
            dedup.update(store)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        size = db.stat().st_size
        print(f"ingest {summary.stored} articles, jobs {jobs}: {seconds:.1f} s ({summary.stored / seconds:.1f} articles/s, "
              f"incl. dedup; {cpu:.1f} s CPU in this process); database {size / 1e6:.1f} MB ({size / 1e6 * 1000 / summary.stored:.1f} MB per 1,000)")


def bench_dedup(n: int) -> None:
    texts, _ = Generator(seed=5).corpus(int(n / 2.2))
    started, cpu_started = time.perf_counter(), time.process_time()
    pairs = dedup.find_pairs(texts)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
    print(f"dedup {len(texts)} articles: {seconds:.1f} s wall, {cpu:.1f} s CPU "
          f"({cpu / len(texts) * 1000:.2f} ms CPU per article), {len(pairs)} pairs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--dedup", type=int, nargs="*", default=[10000, 100000])
    args = parser.parse_args()
    if args.ingest:
        bench_ingest(args.ingest, args.jobs)
    for n in args.dedup:
        bench_dedup(n)


if __name__ == "__main__":
    main()
