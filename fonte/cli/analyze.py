"""``fonte analyze``: articles in (files, directories, URLs, stdin), analysis records out."""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Iterator, TextIO

from fonte import settings
from fonte.analyze.pipeline import Options
from fonte.errors import FonteError, InputError, UsageError
from fonte.lang import LANGUAGES
from fonte.model import RawDocument, Source
from fonte.render import FORMATS
from fonte.sources import STDIN, article_files, is_url, read_input, read_stream
from fonte.sources.files import raw_document

_FORMAT_BY_SUFFIX = {".json": "json", ".jsonl": "json", ".md": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}
_SUFFIX_BY_FORMAT = {"text": ".txt", "json": ".json", "markdown": ".md", "html": ".html"}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
EXAMPLE_LANGUAGE = "it"


def parse_size(value: str) -> int:
    """Bytes in ``value``: a number with an optional k, M or G (decimal) unit, e.g. ``10MB``, ``500k``."""
    m = _SIZE.match(value)
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (examples: 10MB, 500k, 2000000)")
    return int(float(m.group(1)) * _SIZE_UNITS[m.group(2).lower()])


def _positive(kind: type):
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if number <= 0:
            raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
        return number

    parse.__name__ = kind.__name__
    return parse


def register(sub) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse articles (files, directories, URLs, stdin)",
        description="Analyse news articles: who speaks, who is cited, who is talked about, how it persuades.",
    )
    p.add_argument("inputs", nargs="*", metavar="ARTICLE",
                   help="a .txt/.html/.htm file, a directory (searched recursively), an http(s) URL, or - for stdin")
    p.add_argument("--example", action="store_true",
                   help=f"analyse a bundled sample article ({EXAMPLE_LANGUAGE}; pick another with --language)")
    p.add_argument("-f", "--format", choices=FORMATS,
                   help="output format (default: text on a terminal, json otherwise; json for several articles is JSON Lines)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write to PATH instead of stdout; a directory (existing, ending in /, or for --format html "
                        "with several articles) gets one file per article")
    p.add_argument("--language", choices=LANGUAGES, help="the articles' language (default: identified per article)")
    p.add_argument("-j", "--jobs", type=_positive(int), default=1, metavar="N", help="analyse in N processes (default 1)")
    p.add_argument("--max-size", type=parse_size, default=settings.MAX_BYTES, metavar="SIZE",
                   help="largest input read, e.g. 10MB (the default), 500k")
    p.add_argument("--allow-private", action="store_true",
                   help="allow URLs on private, loopback and link-local addresses")
    p.add_argument("--timeout", type=_positive(float), default=settings.TIMEOUT_SECONDS, metavar="SECONDS",
                   help=f"network connect/read timeout (default {settings.TIMEOUT_SECONDS:g})")
    p.add_argument("--techniques-model", metavar="PATH", help="a trained technique model (from fonte train techniques)")
    p.add_argument("--frames-model", metavar="PATH", help="a trained frame model (from fonte train frames)")
    p.add_argument("--genre-model", metavar="PATH", help="a trained genre model (from fonte train genre)")
    # also accepted after the command; the global flag sets it otherwise
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks and debug logs")
    p.set_defaults(func=run)


@dataclass(frozen=True)
class Config:
    """Everything a worker needs to turn one input into rendered output."""

    fmt: str
    color: bool
    options: Options
    allow_private: bool
    timeout: float
    max_bytes: int
    debug: bool


@dataclass
class Job:
    name: str  # as the user will read it in messages
    spec: str | None = None  # a path or URL to read
    raw: RawDocument | None = None  # already read (stdin, bundled example)
    error: str | None = None  # failed before analysis (e.g. an empty directory)


@dataclass
class Outcome:
    name: str
    output: str | None = None
    error: str | None = None
    trace: str | None = None


def analyse_one(job: Job, config: Config) -> Outcome:
    """Read, extract, analyse and render one input; failures come back as an error message."""
    if job.error:
        return Outcome(job.name, error=job.error)
    try:
        from fonte import analyze_article
        from fonte.extract import extract
        from fonte.render import render

        raw = job.raw or read_input(
            job.spec, allow_private=config.allow_private, timeout=config.timeout, max_bytes=config.max_bytes
        )
        analysis = analyze_article(extract(raw), config.options)
        return Outcome(job.name, output=render(analysis, config.fmt, config.color))
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop a batch
        message = str(exc) if isinstance(exc, FonteError) else f"unexpected {type(exc).__name__}: {exc}"
        if not message.startswith(job.name):
            message = f"{job.name}: {message}"
        return Outcome(job.name, error=message, trace=traceback.format_exc() if config.debug else None)


def _example(language: str | None) -> Job:
    lang = language or EXAMPLE_LANGUAGE
    folder = resources.files("fonte") / "examples"
    samples = sorted(p for p in folder.iterdir() if p.name.endswith(f".{lang}.txt"))
    if not samples:
        raise UsageError(f"--example: no bundled sample in {lang}")
    sample = samples[0]
    return Job(name=sample.name, raw=raw_document(sample.read_bytes(), Source(path=f"examples/{sample.name}"), "text"))


def _is_dir(spec: str) -> bool:
    try:
        return Path(spec).is_dir()
    except OSError:  # e.g. a name too long: reading it as a file reports why
        return False


def _jobs(args) -> list[Job]:
    jobs = [_example(args.language)] if args.example else []
    for spec in args.inputs:
        if spec == STDIN:
            try:
                jobs.append(Job(name=STDIN, raw=read_stream(max_bytes=args.max_size)))
            except InputError as exc:
                jobs.append(Job(name=STDIN, error=str(exc)))
        elif not is_url(spec) and _is_dir(spec):
            try:
                jobs.extend(Job(name=str(path), spec=str(path)) for path in article_files(spec))
            except InputError as exc:
                jobs.append(Job(name=spec, error=str(exc)))
        else:
            jobs.append(Job(name=spec, spec=spec))
    return jobs


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it cancels what is left), not a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _outcomes(jobs: list[Job], config: Config, processes: int) -> Iterator[Outcome]:
    """Outcomes in input order, from ``processes`` worker processes (or this one)."""
    if processes <= 1 or len(jobs) <= 2:
        yield from map(analyse_one, jobs, repeat(config))
        return
    # The first input runs here: the language data it loads (seconds of start-up) is then inherited
    # by every forked worker instead of being loaded again in each.
    first = analyse_one(jobs[0], config)
    pool = ProcessPoolExecutor(max_workers=min(processes, len(jobs) - 1), initializer=_ignore_interrupts)
    try:
        rest = pool.map(analyse_one, jobs[1:], repeat(config))
        yield first
        yield from rest
    finally:
        pool.shutdown(cancel_futures=True)


def _stem(name: str) -> str:
    """A file name for the output of input ``name``."""
    base = "stdin" if name == STDIN else name.rstrip("/").rsplit("/", 1)[-1]
    base = re.sub(r"\.(txt|html?)$", "", base, flags=re.IGNORECASE)
    return re.sub(r"[^\w.-]+", "-", base).strip(".-") or "article"


class Sink:
    """Where rendered articles go: a stream (JSON Lines for json), or one file per article in a folder."""

    def __init__(self, fmt: str, stream: TextIO | None = None, folder: Path | None = None):
        self.fmt, self.stream, self.folder = fmt, stream, folder
        self.count = 0
        self.names: set[str] = set()

    def write(self, outcome: Outcome) -> None:
        assert outcome.output is not None
        if self.folder is not None:
            stem = _stem(outcome.name)
            name, n = stem, 1
            while name in self.names:
                n += 1
                name = f"{stem}-{n}"
            self.names.add(name)
            (self.folder / f"{name}{_SUFFIX_BY_FORMAT[self.fmt]}").write_text(outcome.output + "\n", encoding="utf-8")
        else:
            if self.count and self.fmt != "json":
                self.stream.write("\n")  # a blank line between articles; json is one line each
            self.stream.write(outcome.output.rstrip("\n") + "\n")
            self.stream.flush()
        self.count += 1


def _format(args, tty: bool) -> str:
    if args.format:
        return args.format
    if args.output:
        return _FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "json")
    return "text" if tty else "json"


def _report(outcome: Outcome, progress) -> None:
    if outcome.trace:
        sys.stderr.write(outcome.trace)
    line = f"fonte: error: {outcome.error}"
    if progress is not None:
        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        print(line, file=sys.stderr)


def run(args) -> int:
    if not args.inputs and not args.example:
        raise UsageError("analyze: no inputs (give files, directories, URLs or -, or use --example)")
    for flag, path in (("--techniques-model", args.techniques_model), ("--frames-model", args.frames_model),
                       ("--genre-model", args.genre_model)):
        if path and not Path(path).is_file():
            raise UsageError(f"{flag} {path}: no such file")
    options = Options(language=args.language, techniques_model=args.techniques_model, frames_model=args.frames_model,
                      genre_model=args.genre_model, debug=args.debug)
    if options.techniques_model or options.frames_model or options.genre_model:
        from fonte.analyze import trained  # scikit-learn: loaded only when a model is named

        trained.check(options)  # a corrupt or foreign model fails here, before any article is read
    stdout_tty = sys.stdout.isatty()
    fmt = _format(args, stdout_tty)
    jobs = _jobs(args)
    batch = len(jobs) > 1
    folder = None
    if args.output:
        out = Path(args.output)
        if out.is_dir() or args.output.endswith(("/", os.sep)) or (fmt == "html" and batch):
            folder = out
    elif fmt == "html" and batch:
        raise UsageError("--format html with several articles needs --output DIR (one page per article)")
    config = Config(
        fmt=fmt,
        color=fmt == "text" and stdout_tty and not args.output and "NO_COLOR" not in os.environ,
        options=options,
        allow_private=args.allow_private,
        timeout=args.timeout,
        max_bytes=args.max_size,
        debug=args.debug,
    )
    started = time.monotonic()
    failed = 0
    stream = None
    try:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        elif args.output:
            stream = open(args.output, "w", encoding="utf-8")
        sink = Sink(fmt, stream or sys.stdout, folder)
        with _progress(len(jobs)) as progress:
            task = progress.add_task("analysing", total=len(jobs)) if progress is not None else None
            for outcome in _outcomes(jobs, config, args.jobs):
                if outcome.error:
                    failed += 1
                    _report(outcome, progress)
                else:
                    sink.write(outcome)
                if progress is not None:
                    progress.advance(task)
                    progress.refresh()
    except BrokenPipeError:
        raise  # the reader went away (| head): the CLI ends quietly
    except OSError as exc:
        raise FonteError(f"{args.output or 'stdout'}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if stream is not None:
            stream.close()
    if batch:
        seconds = time.monotonic() - started
        rate = len(jobs) / seconds if seconds > 0 else 0.0
        print(
            f"fonte: analysed {len(jobs) - failed}, failed {failed}, in {seconds:.1f} s ({rate:.2f} articles/s)",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _progress(total: int):
    """A rich progress bar on stderr for a batch on a terminal; nothing otherwise."""
    if total <= 1 or not sys.stderr.isatty():
        return nullcontext()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        redirect_stdout=False,
        redirect_stderr=False,
        auto_refresh=False,  # no refresh thread: worker processes are forked while the bar runs
        transient=True,
    )
