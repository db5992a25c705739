"""``fonte ingest`` on a bench WARC: extraction speed and quality per mode, stage rates, peak memory.

    .venv/bin/python bench/ingest_bench.py --articles 1000                  # builds the WARC (bench/warc.py)
    .venv/bin/python bench/ingest_bench.py --warc /tmp/b.warc.gz --profile  # cProfile of the analysers
    .venv/bin/python bench/ingest_bench.py --articles 500 --memory 500 2000 # peak RSS vs record count
    .venv/bin/python bench/ingest_bench.py --articles 300 --repeat 5        # stage rates on a busy machine
    .venv/bin/python bench/ingest_bench.py --articles 300 --corpus news     # articles as dense as real news
    .venv/bin/python bench/ingest_bench.py --texts ~/articles --repeat 3     # real article texts in page chrome

Prints, for the fast (resiliparse) and precise (trafilatura) extractors, pages/s per core (CPU
time) and token F1 against the article text the bench generated; then records/s per stage of
ingest (read, extract, analyse, store) in one process with OMP_NUM_THREADS=1, the end-to-end
rate of ``fonte.corpus.ingest.ingest`` (WARC in, DuckDB out), and peak RSS. With ``--texts DIR``
the WARC wraps the real articles of DIR (bench/warc.py ``--texts``) and their text is the truth.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from warc import build_warc  # noqa: E402

from fonte.analyze.pipeline import Options  # noqa: E402
from fonte.corpus.ingest import BATCH_SIZE, ingest  # noqa: E402
from fonte.corpus.store import Store  # noqa: E402
from fonte.errors import FonteError  # noqa: E402
from fonte.extract import extract  # noqa: E402
from fonte.sources.warc import read_warc  # noqa: E402

# CPU time: on a machine shared with other jobs, waiting for a core is not fonte's cost.
clock = time.process_time
_TOKEN = re.compile(r"\w+")


def token_f1(found: str, known: str) -> float:
    """F1 of the case-folded word tokens (as multisets) of an extracted text against the known one."""
    a, b = Counter(_TOKEN.findall(found.casefold())), Counter(_TOKEN.findall(known.casefold()))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extraction(warc: Path, truth: dict[str, str]) -> None:
    docs = list(read_warc(warc, lambda where, reason: None))
    for mode in ("fast", "precise"):
        scores, failed = [], 0
        started = clock()
        articles = []
        for raw in docs:
            try:
                articles.append(extract(raw, mode))
            except FonteError:
                articles.append(None)
        seconds = clock() - started
        for raw, article in zip(docs, articles):
            if article is None:
                failed += 1
                scores.append(0.0)
            else:
                scores.append(token_f1(article.text, truth[raw.source.url]))
        print(f"extract {mode:8s} {len(docs) / seconds:7.1f} pages/s per core ({seconds / len(docs) * 1000:.2f} ms CPU "
              f"per page), token F1 {sum(scores) / len(scores):.3f} (min {min(scores):.3f}), no text {failed}")


def _store_seconds(analyses: list) -> float:
    """CPU time to store ``analyses`` in a new database, in ingest's batches."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.duckdb") as store:
        started = clock()
        for i in range(0, len(analyses), BATCH_SIZE):
            store.add_analyses(analyses[i : i + BATCH_SIZE])
        return clock() - started


def bench_stages(warc: Path, extract_mode: str, profile: bool, repeat: int = 1) -> None:
    """Each stage of ingest on its own, in this process, CPU time per record.

    With ``repeat`` > 1, read, extract and store take the fastest of that many passes (on a shared
    machine other jobs only ever add time); analyse runs once.
    """
    from fonte import analyze_article
    from fonte.analyze.language import identify

    read_s = extract_s = float("inf")
    for _ in range(repeat):
        started = clock()
        docs = list(read_warc(warc, lambda where, reason: None))
        read_s = min(read_s, clock() - started)
        started = clock()
        articles = [extract(raw, extract_mode) for raw in docs]
        extract_s = min(extract_s, clock() - started)
    options = Options()
    # Loading a language's data is a one-off cost, not a per-record one: warm every language first.
    first_of_language = {}
    for article in articles:
        first_of_language.setdefault(identify(article.text)[0], article)
    for article in first_of_language.values():
        analyze_article(article, options)
    started = clock()
    analyses = [analyze_article(article, options) for article in articles]
    analyse_s = clock() - started
    store_s = min(_store_seconds(analyses) for _ in range(repeat))
    n = len(docs)
    total = read_s + extract_s + analyse_s + store_s
    best = f", read/extract/store best of {repeat}" if repeat > 1 else ""
    print(f"stages on {n} records (extract {extract_mode}{best}), records/s per core (CPU time):")
    for name, seconds in (("read", read_s), ("extract", extract_s), ("analyse", analyse_s), ("store", store_s)):
        print(f"  {name:8s} {n / seconds:9.1f} /s  {seconds / n * 1000:6.2f} ms  {seconds / total:5.1%}")
    print(f"  {'all':8s} {n / total:9.1f} /s  {total / n * 1000:6.2f} ms")
    if profile:  # a separate pass: the profiler's overhead must not count in the rates above
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [analyze_article(article, options) for article in articles[:200]])
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())


def bench_ingest(warc: Path, extract_mode: str, jobs: int) -> None:
    """``ingest`` end to end (WARC in, DuckDB out, no dedup), wall and CPU time.

    With workers, also the rate after the first committed batch (the workers' start-up, loading every
    language's data, weighs on a short run and not on a day's) and the CPU time of this process, the
    one that reads the WARC and writes the database.
    """
    marks: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.duckdb") as store:
        started, cpu_started = time.perf_counter(), clock()
        summary = ingest([str(warc)], store, jobs=jobs, extract_mode=extract_mode,
                         progress=lambda s: marks.append((time.perf_counter(), s.stored)))
        wall, cpu = time.perf_counter() - started, clock() - cpu_started
    stored = summary.stored
    if jobs == 1:
        rate = f"{stored / cpu:.1f} articles/s per core on CPU time; "
    else:
        rate = f"main process {cpu / stored * 1000:.2f} ms CPU per article; "
        if len(marks) > 2:
            (t1, n1), (t2, n2) = marks[0], marks[-1]
            rate += f"after the first batch {(n2 - n1) / (t2 - t1):.1f} articles/s of wall time; "
    print(f"ingest end to end, jobs {jobs}, extract {extract_mode}: {stored} stored, {summary.failed} failed, "
          f"{rate}wall {wall:.1f} s = {stored / wall:.1f} articles/s; peak RSS {_peak_mb():.0f} MB")


_CHILD = """
import resource, sys, time
from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store
with Store(sys.argv[2]) as store:
    s = ingest([sys.argv[1]], store, extract_mode="fast")
print(s.stored, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def bench_memory(counts: list[int]) -> None:
    """Peak RSS of an ingest process for WARCs of different sizes: streaming means it barely grows."""
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            warc = Path(tmp) / f"m{n}.warc.gz"
            build_warc(warc, n, seed=n, non_html=0.05)
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(warc), str(Path(tmp) / f"m{n}.duckdb")],
                capture_output=True, text=True, check=True,
            ).stdout.split()
            print(f"memory: {n} records ({warc.stat().st_size / 1e6:.1f} MB WARC.gz): {out[0]} stored, "
                  f"peak RSS {out[1]} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warc", type=Path, help="a WARC written by bench/warc.py (its .truth.jsonl beside it)")
    parser.add_argument("--articles", type=int,
                        help="pages in the WARC built when --warc is not given (default 500, or every text of --texts)")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="build the WARC from the real articles of DIR (.txt, first line the title) instead")
    parser.add_argument("--extract", default="fast", choices=["fast", "precise", "auto"], help="mode for the stages")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile the analyse stage")
    parser.add_argument("--corpus", default="dense", choices=["dense", "news"],
                        help="articles of the built WARC: bench/corpus.py's profile (default dense)")
    parser.add_argument("--memory", type=int, nargs="*", default=[], help="record counts for the peak-RSS check")
    parser.add_argument("--repeat", type=int, default=1, help="passes of read/extract/store; the fastest counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = args.warc
        if warc is None:
            warc = Path(tmp) / "bench.warc.gz"
            n = args.articles if args.articles is not None or args.texts else 500
            truths = build_warc(warc, n, seed=1, profile=args.corpus, texts=args.texts)
            truth = {t.uri: t.text for t in truths}
        else:
            lines = Path(f"{warc}.truth.jsonl").read_text(encoding="utf-8").splitlines()
            truth = {d["uri"]: d["text"] for d in map(json.loads, lines)}
        if args.warc is not None:
            made_of = "a given WARC"
        else:
            made_of = f"the real texts of {args.texts}" if args.texts else f"synthetic articles ({args.corpus} profile)"
        print(f"{warc.name}: {len(truth)} pages of {made_of}, {warc.stat().st_size / 1e6:.1f} MB; "
              f"python {sys.version.split()[0]}, "
              f"OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}")
        bench_extraction(warc, truth)
        bench_stages(warc, args.extract, args.profile, args.repeat)
        bench_ingest(warc, args.extract, args.jobs)
    if args.memory:
        bench_memory(args.memory)


if __name__ == "__main__":
    main()
