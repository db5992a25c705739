"""One WARC of the manifest -> per-article table rows, with the same code path as ``fonte ingest``.

Runs inside a Spark task but needs no Spark: each HTML record is read by ``read_warc``, extracted
and analysed by ``analyse_document`` and turned into rows by ``analyses_to_tables``, so the job's
Parquet has the corpus schema and the same findings as an ingest of the same WARC.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fonte.analyze.pipeline import Options
from fonte.corpus.ingest import analyse_document
from fonte.corpus.store import analyses_to_tables, normalise_url
from fonte.errors import InputError
from fonte.sources.warc import read_warc

#: Records of one WARC get ``seq`` = manifest line << SEQ_BITS | record number: ingest order, globally.
SEQ_BITS = 32
_COPY_CHUNK = 1 << 20
#: Skip reasons by what they say (the messages of ``read_warc`` and the extractors).
_KINDS = (
    ("not HTML", "not_html"),
    ("bytes skipped (limit", "too_large"),
    ("truncated", "truncated"),
    ("unreadable", "unreadable"),
    ("cannot read", "unreadable"),
    ("no such", "unreadable"),
    ("no article text", "no_text"),
)
DUPLICATE = "duplicate"


@dataclass
class ArticleRows:
    """One analysed article as rows of the corpus tables (``outlets`` included)."""

    id: int
    seq: int
    url_key: str  # the normalised URL, or the id where the page has no URL
    rows: dict[str, list[dict]]


@dataclass
class Skipped:
    """A record or path that gave no article, and why."""

    source: str
    reason: str
    kind: str


def reason_kind(reason: str) -> str:
    """A short category of a skip reason, for the run's summary."""
    return next((kind for marker, kind in _KINDS if marker in reason), "failed")


def _skipped(source: str, reason: str) -> Skipped:
    return Skipped(source, reason, reason_kind(reason))


@contextmanager
def local_copy(uri: str) -> Iterator[Path]:
    """A local path to the WARC at ``uri``: the file itself, or a temporary copy of a remote one.

    Remote URIs (s3://, gs://, hdfs://...) are read with pyarrow's filesystems, streamed to disk
    in chunks so that memory does not grow with the file.
    """
    if "://" not in uri or uri.startswith("file://"):
        yield Path(uri.removeprefix("file://"))
        return
    from pyarrow import fs

    with tempfile.TemporaryDirectory(prefix="fonte-warc-") as tmp:
        local = Path(tmp) / Path(uri.rstrip("/")).name
        try:
            filesystem, path = fs.FileSystem.from_uri(uri)
            with filesystem.open_input_stream(path) as remote, local.open("wb") as out:
                shutil.copyfileobj(remote, out, _COPY_CHUNK)
        except (OSError, ValueError) as exc:  # pyarrow raises these for unknown schemes and missing files
            raise InputError(f"{uri}: cannot read: {exc}") from exc
        yield local


def analyse_warc(
    index: int, uri: str, options: Options, extract_mode: str, ingested_at: datetime
) -> Iterator[ArticleRows | Skipped]:
    """Every HTML record of the ``index``-th manifest entry, analysed, or the reason it was skipped."""
    pending: list[Skipped] = []
    try:
        with local_copy(uri) as path:
            if not path.is_file():
                raise InputError(f"{uri}: no such WARC file")
            seen_urls: set[str] = set()
            records = read_warc(path, lambda where, reason: pending.append(_skipped(where, reason)))
            for number, raw in enumerate(records):
                yield from pending
                pending.clear()
                raw.source.path = uri  # where the row came from, as the manifest says it
                url = normalise_url(raw.source.url)
                if url and url in seen_urls:  # as ingest does: a URL is analysed once
                    yield Skipped(f"{uri} {raw.source.url}", "URL already read", DUPLICATE)
                    continue
                if url:
                    seen_urls.add(url)
                analysis, reason = analyse_document(raw, options, extract_mode)
                if analysis is None:
                    yield _skipped(f"{uri} {raw.source.url or ''}".rstrip(), reason or "failed")
                    continue
                seq = (index << SEQ_BITS) | number
                tables = analyses_to_tables([analysis], first_seq=seq, ingested_at=ingested_at)
                article = tables["articles"].to_pylist()[0]
                yield ArticleRows(
                    id=article["id"],
                    seq=seq,
                    url_key=article["norm_url"] or f"id:{article['id']}",
                    rows={name: table.to_pylist() for name, table in tables.items() if table.num_rows},
                )
    except InputError as exc:
        pending.append(_skipped(uri, str(exc).removeprefix(f"{uri}: ")))
    yield from pending  # what read_warc reported after the last record (a truncated tail)


def first_read(a: ArticleRows, b: ArticleRows) -> ArticleRows:
    """Of two articles with the same URL or text, the one ingest would keep: the one read first."""
    return a if a.seq <= b.seq else b
