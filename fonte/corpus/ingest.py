"""Ingest: sources -> documents -> full analysis -> the corpus store, in committed batches.

Idempotent (a document whose normalised URL or input hash is stored is skipped before analysis;
an article whose text hash is stored is not stored again) and resumable (each batch is one
transaction, so a killed run loses at most the batch in flight and a rerun completes it).
With ``jobs > 1``, worker processes extract, analyse and turn the documents into table rows; the
store is written by this process only.
"""

from __future__ import annotations

import gc
import glob
import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from fonte import settings
from fonte.analyze.pipeline import Options
from fonte.corpus.store import TableBatch, analyses_to_batch, normalise_url
from fonte.errors import FonteError, StoreError
from fonte.model import Analysis, RawDocument
from fonte.sources.feeds import FEED_SUFFIXES, any_url, looks_like_feed, read_feed, read_feed_url
from fonte.sources.files import read_file
from fonte.sources.jsonl import OnError, read_jsonl
from fonte.sources.warc import is_warc, read_warc

log = logging.getLogger(__name__)

BATCH_SIZE = settings.INGEST_BATCH_SIZE
Wanted = Callable[[str], bool]
#: What ``analyse_chunk`` returns: the chunk's rows, and (index, why) for each document that failed.
Analysed = tuple[TableBatch, list[tuple[int, str]]]
_GLOB_CHARS = set("*?[")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class IngestSummary:
    """What one ingest run did (also passed to the progress callback after each batch)."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    failed: int = 0
    batches: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        rate = self.stored / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} read, {self.stored} stored, {self.already_stored} already stored, "
            f"{self.failed} failed ({self.seconds:.1f} s, {rate:.1f} articles/s)"
        )


def read_path(path: Path, on_error: OnError, fetch: bool = True, wanted: Wanted = any_url) -> Iterator[RawDocument]:
    """The documents of one file, by its kind: WARC, JSON Lines, feed, HTML or plain text."""
    if is_warc(path):
        yield from read_warc(path, on_error)
    elif path.suffix.lower() in _JSONL_SUFFIXES:
        yield from read_jsonl(path, on_error)
    elif looks_like_feed(path):
        yield from read_feed(path, on_error, fetch, wanted)
    else:
        yield read_file(path)


def _ingestible(path: Path) -> bool:
    """Whether a file found in a folder is one ``ingest`` reads (a database or image beside it is not)."""
    suffix = path.suffix.lower()
    return is_warc(path) or suffix in _JSONL_SUFFIXES or suffix in FEED_SUFFIXES or suffix in settings.ARTICLE_SUFFIXES


def _expand(spec: str) -> list[Path] | None:
    """The files a SOURCE names (a file, a directory searched recursively, a glob), or None."""
    path = Path(spec)
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.is_file() and _ingestible(p) and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
    if path.is_file():
        return [path]
    if _GLOB_CHARS & set(spec):
        return [Path(p) for p in sorted(glob.glob(spec, recursive=True)) if Path(p).is_file()] or None
    return None


def iter_documents(
    sources: Iterable[str], on_error: OnError, fetch: bool = True, wanted: Wanted = any_url
) -> Iterator[RawDocument]:
    """Every document of every SOURCE; an unreadable source is reported and the rest go on.

    ``wanted`` tells feeds which entry links to fetch (those not stored yet).
    """
    for spec in sources:
        if spec.startswith(("http://", "https://")):
            streams = [(spec, lambda spec=spec: read_feed_url(spec, on_error, fetch, wanted))]
        else:
            files = _expand(spec)
            if files is None:
                on_error(spec, "no such file, directory or matching glob")
                continue
            streams = [(str(p), lambda p=p: read_path(p, on_error, fetch, wanted)) for p in files]
        for name, open_stream in streams:
            try:
                yield from open_stream()
            except FonteError as exc:
                on_error(name, str(exc).removeprefix(f"{name}: "))


def analyse_document(
    raw: RawDocument, options: Options, extract_mode: str = "auto"
) -> tuple[Analysis | None, str | None]:
    """Extract (HTML by ``extract_mode``: auto, fast, precise) and analyse one document.

    Returns (analysis, None), or (None, why it failed).
    """
    from fonte import analyze_article
    from fonte.extract import extract

    try:
        article = extract(raw, extract_mode)
        # A container's metadata (JSONL, feed, WARC) fills what the page itself did not say.
        article.site_name = article.site_name or raw.outlet
        article.published = article.published or raw.published
        return analyze_article(article, options), None
    except FonteError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus
        return None, f"unexpected {type(exc).__name__}: {exc}"


def analyse_chunk(
    raws: list[RawDocument], options: Options, extract_mode: str = "auto"
) -> Analysed:
    """Extract, analyse and turn into table rows a run of documents (in a worker process with
    ``jobs > 1``): the rows, and (index in ``raws``, why) for each document that failed.

    Rows, not analyses, go back to the store's process: they cost a fraction of an analysis to send
    and leave it only the inserts to do.
    """
    failures: list[tuple[int, str]] = []

    def analysed() -> Iterator[Analysis]:
        for index, raw in enumerate(raws):
            analysis, reason = analyse_document(raw, options, extract_mode)
            if analysis is None:
                failures.append((index, reason or "failed"))
            else:
                yield analysis

    with _collector_paused():
        return analyses_to_batch(analysed()), failures


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while a run of documents is analysed and turned into rows.

    Collections in between find little garbage and walk the rows built so far again (about 1 ms per
    article on a WARC of news pages). An analysis holds no reference cycle
    (tests/test_pipeline_collector.py), and a run is bounded, so whatever cyclic garbage it leaves is
    collected after it as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _batches(documents: Iterator[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    sources: Iterable[str],
    store,
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    fetch: bool = True,
    options: Options | None = None,
    extract_mode: str = "auto",
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Analyse and store every new document of ``sources`` in ``store`` (a ``Store``)."""
    summary = IngestSummary()
    started = time.monotonic()
    pending_errors: list[tuple[str, str]] = []

    def on_error(where: str, reason: str) -> None:
        log.info("%s: %s", where, reason)
        summary.failed += 1
        pending_errors.append((where, reason))
        summary.failures.append((where, reason))

    known_urls, known_raws = store.known_sources()

    def is_new(raw: RawDocument) -> bool:
        summary.read += 1
        url, raw_hash = normalise_url(raw.source.url), raw.source.sha256
        if (url and url in known_urls) or (raw_hash and raw_hash in known_raws):
            summary.already_stored += 1
            return False
        if url:
            known_urls.add(url)
        if raw_hash:
            known_raws.add(raw_hash)
        return True

    def not_stored(url: str) -> bool:
        if normalise_url(url) in known_urls:
            summary.read += 1
            summary.already_stored += 1
            return False
        return True

    analyse = partial(analyse_chunk, options=options or Options(), extract_mode=extract_mode)
    new_documents = (raw for raw in iter_documents(sources, on_error, fetch, not_stored) if is_new(raw))
    # spawn, not fork: the parent holds an open DuckDB connection and its threads.
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) if jobs > 1 else None

    def store_batch(chunks: list[list[RawDocument]], results: Iterable[Analysed]) -> None:
        parts = []
        for chunk, (rows, failures) in zip(chunks, results):
            parts.append(rows)
            for index, reason in failures:
                raw = chunk[index]
                on_error(raw.source.url or raw.source.path or "input", reason)
        rows = TableBatch.concat(parts)
        try:
            stored = store.add_batch(rows, pending_errors)
        except StoreError as exc:
            raise StoreError(f"{exc} ({summary.stored} articles stored before the fault are kept)") from exc
        pending_errors.clear()
        summary.stored += stored
        summary.already_stored += len(rows.hashes) - stored
        summary.batches += 1
        summary.seconds = time.monotonic() - started
        log.debug("committed batch %d: %d articles stored so far", summary.batches, summary.stored)
        if progress:
            progress(summary)

    try:
        ahead: tuple[list[list[RawDocument]], Iterable[Analysed]] | None = None
        for batch in _batches(new_documents, batch_size):
            if pool is None:
                store_batch([batch], [analyse(batch)])
                continue
            # Several chunks a worker, so that one slow document does not leave the other workers idle.
            size = -(-len(batch) // (jobs * 4))
            chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
            # The workers analyse this batch while the one before it is stored: one batch ahead, no more.
            submitted = (chunks, pool.map(analyse, chunks))
            if ahead is not None:
                store_batch(*ahead)
            ahead = submitted
        if ahead is not None:
            store_batch(*ahead)
        if pending_errors:  # failures after the last batch (e.g. a truncated file at the end)
            store.add_analyses([], pending_errors)
            pending_errors.clear()
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    summary.seconds = time.monotonic() - started
    return summary
