"""Pipeline throughput on synthetic articles: articles/s per process, CPU time per analyser, peak memory.

    .venv/bin/python bench/run.py                 # 2,000 articles, one process
    .venv/bin/python bench/run.py -n 300 --jobs 2 --languages it,en
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LANGUAGES, SyntheticArticle, generate  # noqa: E402

from fonte.analyze import pipeline  # noqa: E402
from fonte.extract.encoding import normalise  # noqa: E402
from fonte.extract.text import extract_text  # noqa: E402
from fonte.model import Source  # noqa: E402

EXTRACT = "(extract)"


# CPU time, not wall time: on a machine shared with other jobs, waiting for a core is not fonte's cost.
clock = time.process_time


def _timed_registry(seconds: Counter) -> None:
    """Wrap every registered analyser so that its CPU time adds up in ``seconds``."""

    def timed(name, run):
        def wrapper(analysis, options):
            started = clock()
            try:
                run(analysis, options)
            finally:
                seconds[name] += clock() - started

        return wrapper

    pipeline._REGISTRY = [pipeline.Registered(r.name, timed(r.name, r.run)) for r in pipeline.registry()]


def analyse_batch(articles: list[SyntheticArticle]) -> tuple[float, Counter, Counter]:
    """(CPU seconds, CPU seconds per analyser, findings counted) for one process's share."""
    seconds: Counter = Counter()
    found: Counter = Counter()
    _timed_registry(seconds)
    started = clock()
    for a in articles:
        t0 = clock()
        article = extract_text(normalise(a.text), Source())
        seconds[EXTRACT] += clock() - t0
        analysis = pipeline.run(article)
        found["quotes"] += len(analysis.quotes)
        found["entities"] += len(analysis.entities)
        found["citations"] += len(analysis.citations)
        found["techniques"] += len(analysis.techniques)
        found["narratives"] += len(analysis.narratives)
        found["warnings"] += len(analysis.warnings)
        found["words"] += analysis.words
    return clock() - started, seconds, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated (default all six)")
    args = parser.parse_args(argv)

    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    articles = generate(args.n, args.seed, languages)
    words = sum(a.words for a in articles)
    print(f"{len(articles)} synthetic articles ({', '.join(languages)}), {words} words, {words / len(articles):.0f} per article")
    print(f"python {platform.python_version()}, {platform.machine()}, jobs {args.jobs}")

    # Warm-up outside the clock: the first article loads language data and models.
    analyse_batch(articles[: len(languages)])
    started = time.perf_counter()
    if args.jobs > 1:
        shares = [articles[i :: args.jobs] for i in range(args.jobs)]
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(analyse_batch, shares))
    else:
        results = [analyse_batch(articles)]
    wall = time.perf_counter() - started

    busy = sum(r[0] for r in results)
    seconds: Counter = Counter()
    found: Counter = Counter()
    for _, s, f in results:
        seconds += s
        found += f
    print(f"{len(articles) / busy:.1f} articles/s per process on CPU time ({1000 * busy / len(articles):.1f} ms CPU per article); "
          f"wall {wall:.1f} s, {len(articles) / wall:.1f} articles/s overall")
    total = sum(seconds.values()) or 1.0
    print("CPU time per stage (share, ms per article):")
    for name, s in seconds.most_common():
        print(f"  {name:<12} {100 * s / total:5.1f} %  {1000 * s / len(articles):7.2f} ms")
    per_article = ", ".join(f"{k} {found[k] / len(articles):.1f}" for k in ("quotes", "entities", "citations", "techniques", "narratives", "warnings"))
    print(f"findings per article: {per_article}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory (maxrss): {own:.0f} MB this process" + (f", {children:.0f} MB largest worker" if args.jobs > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
