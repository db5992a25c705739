"""Pipeline throughput: articles/s per process, CPU time per analyser, findings, peak memory.

On synthetic articles (bench/corpus.py) or on a folder of your own articles (.txt, .html, .htm):

    .venv/bin/python bench/run.py                          # 2,000 synthetic articles, "news" profile
    .venv/bin/python bench/run.py -n 300 --jobs 2 --languages it,en --profile dense
    .venv/bin/python bench/run.py --texts ~/articles       # your articles, read as `fonte analyze` reads them

Findings are fonte's own (what its analysers report), not gold counts.
"""

from __future__ import annotations

import argparse
import math
import platform
import resource
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LANGUAGES, PROFILES, generate  # noqa: E402

from fonte.analyze import pipeline  # noqa: E402
from fonte.analyze.language import identify  # noqa: E402
from fonte.errors import FonteError  # noqa: E402
from fonte.extract import extract  # noqa: E402
from fonte.model import Analysis, RawDocument, Source  # noqa: E402
from fonte.sources.files import article_files, read_file  # noqa: E402

EXTRACT = "(extract)"
# What is counted in every article, in report order; quote kinds are fonte's: direct, partial, indirect.
FINDINGS = ("direct", "partial", "indirect", "citations", "entities", "techniques", "sentences", "narratives", "warnings")

# CPU time, not wall time: on a machine shared with other jobs, waiting for a core is not fonte's cost.
clock = time.process_time


# CPU seconds per stage of the batch in progress; the analysers are wrapped once per process.
_stage_seconds: Counter = Counter()
_wrapped = False


def _time_registry() -> None:
    """Wrap every registered analyser so that its CPU time adds up in ``_stage_seconds``."""
    global _wrapped

    def timed(name, run):
        def wrapper(analysis, options):
            started = clock()
            try:
                run(analysis, options)
            finally:
                _stage_seconds[name] += clock() - started

        return wrapper

    if not _wrapped:
        pipeline._REGISTRY = [pipeline.Registered(r.name, timed(r.name, r.run)) for r in pipeline.registry()]
        _wrapped = True


def counts(analysis: Analysis) -> Counter:
    """The findings of one analysed article, by FINDINGS name, plus its words."""
    found = Counter(q.kind for q in analysis.quotes)
    found.update(
        citations=len(analysis.citations),
        entities=len(analysis.entities),
        techniques=len(analysis.techniques),
        sentences=len(analysis.sentences),
        narratives=len(analysis.narratives),
        warnings=len(analysis.warnings),
        words=analysis.words,
    )
    return found


def analyse_batch(docs: list[RawDocument]) -> tuple[float, Counter, list[Counter]]:
    """(CPU seconds, CPU seconds per stage, findings of each article) for one process's share."""
    global _stage_seconds
    _stage_seconds = seconds = Counter()
    _time_registry()
    per_article = []
    started = clock()
    for raw in docs:
        t0 = clock()
        article = extract(raw)
        seconds[EXTRACT] += clock() - t0
        per_article.append(counts(pipeline.run(article)))
    return clock() - started, seconds, per_article


def synthetic_documents(n: int, seed: int, languages: tuple[str, ...], profile: str) -> list[RawDocument]:
    return [RawDocument(data=a.text, source=Source(), kind="text") for a in generate(n, seed, languages, profile)]


def folder_documents(directory: str | Path) -> list[RawDocument]:
    """Every .txt/.html/.htm article under ``directory``, read as ``fonte analyze`` reads files."""
    return [read_file(path) for path in article_files(directory)]


@dataclass
class Report:
    """What one benchmark run measured."""

    articles: int
    busy: float  # CPU seconds spent in the timed batches, all processes together
    wall: float
    stages: Counter  # CPU seconds per stage
    per_article: list[Counter] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(c["words"] for c in self.per_article)

    def per_1000_words(self, name: str) -> float:
        return 1000 * sum(c[name] for c in self.per_article) / max(1, self.words)

    def median_per_1000_words(self, name: str) -> float:
        return statistics.median(1000 * c[name] / max(1, c["words"]) for c in self.per_article)


def warm_up_sample(docs: list[RawDocument], size: int) -> list[RawDocument]:
    """About ``size`` articles spread over ``docs``, plus the first article of every language in them.

    The first article of a language loads its data and models (a few hundred ms): that must happen
    outside the clock for every language, whatever order the articles come in.
    """
    sample = docs[:: max(1, math.ceil(len(docs) / size))]
    seen = set()
    for doc in docs:
        language, _ = identify(extract(doc).text)
        if language not in seen:
            seen.add(language)
            sample.append(doc)
    return sample


def measure(docs: list[RawDocument], jobs: int = 1, warm_up: int = 30) -> Report:
    """Analyse ``docs`` in ``jobs`` processes, after about ``warm_up`` of them outside the clock."""
    analyse_batch(warm_up_sample(docs, warm_up))
    started = time.perf_counter()
    if jobs > 1:
        shares = [docs[i::jobs] for i in range(jobs)]
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(analyse_batch, shares))
    else:
        results = [analyse_batch(docs)]
    wall = time.perf_counter() - started
    stages: Counter = Counter()
    per_article: list[Counter] = []
    for _, s, found in results:
        stages += s
        per_article += found
    return Report(len(docs), sum(r[0] for r in results), wall, stages, per_article)


def print_report(report: Report, jobs: int) -> None:
    n = report.articles
    words = report.words
    print(f"{words} words, {words / n:.0f} per article (median {statistics.median(c['words'] for c in report.per_article):.0f})")
    print(f"{n / report.busy:.1f} articles/s per process on CPU time ({1000 * report.busy / n:.1f} ms CPU per article); "
          f"wall {report.wall:.1f} s, {n / report.wall:.1f} articles/s overall")
    total = sum(report.stages.values()) or 1.0
    print("CPU time per stage (share, ms per article):")
    for name, s in report.stages.most_common():
        print(f"  {name:<12} {100 * s / total:5.1f} %  {1000 * s / n:7.2f} ms")
    print("findings (fonte's, not gold): per article | per 1,000 words | median per 1,000 words")
    for name in FINDINGS:
        found = sum(c[name] for c in report.per_article)
        print(f"  {name:<12} {found / n:7.1f} | {report.per_1000_words(name):7.1f} | {report.median_per_1000_words(name):7.1f}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory (maxrss): {own:.0f} MB this process" + (f", {children:.0f} MB largest worker" if jobs > 1 else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=2000, help="synthetic articles to generate (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated (default all six)")
    parser.add_argument("--profile", choices=PROFILES, default="news",
                        help="synthetic corpus: news (calibrated on real articles, default) or dense (the earlier, quote-heavy one)")
    parser.add_argument("--texts", metavar="DIR", help="time your own articles (.txt, .html, .htm under DIR) instead")
    args = parser.parse_args(argv)

    if args.texts:
        try:
            docs = folder_documents(args.texts)
        except FonteError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        html = sum(d.kind == "html" for d in docs)
        print(f"{len(docs)} articles from {args.texts} ({len(docs) - html} text, {html} HTML)")
    else:
        languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
        docs = synthetic_documents(args.n, args.seed, languages, args.profile)
        print(f"{len(docs)} synthetic articles, profile {args.profile} ({', '.join(languages)})")
    print(f"python {platform.python_version()}, {platform.machine()}, jobs {args.jobs}")
    print_report(measure(docs, args.jobs), args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
