"""WARC / WARC.gz input in the layout of Common Crawl's CC-NEWS: HTML responses become documents.

Streams with fastwarc (bounded memory: one record at a time). A record larger than
``max_bytes``, a response that is not HTML, or a truncated file is reported through
``on_error``; the records before it are kept.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from fonte.errors import InputError
from fonte.model import RawDocument, Source
from fonte.sources.jsonl import OnError

MAX_RECORD_BYTES = 10_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc.gz"))


def _gzip_tail_is_truncated(path: Path, offset: int) -> bool:
    """Whether the gzip members from ``offset`` on end before their end-of-stream marker."""
    with path.open("rb") as handle:
        handle.seek(offset)
        try:
            with gzip.GzipFile(fileobj=handle) as stream:
                while stream.read(_CHUNK):
                    pass
        except (EOFError, zlib.error, gzip.BadGzipFile):
            return True
    return False


def read_warc(path: str | Path, on_error: OnError, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[RawDocument]:
    """The HTML responses of a WARC file, with their target URI and WARC-Date."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such WARC file")
    last_offset = 0
    try:
        for record in ArchiveIterator(str(path), record_types=WarcRecordType.response, parse_http=True):
            last_offset = record.stream_pos
            uri = record.headers.get("WARC-Target-URI")
            where = f"{path}@{record.stream_pos} {uri or ''}".rstrip()
            if record.content_length > max_bytes:
                on_error(where, f"record of {record.content_length} bytes skipped (limit {max_bytes})")
                continue
            content_type = (record.http_content_type or "").lower()
            if not content_type.startswith(_HTML_TYPES):
                on_error(where, f"not HTML ({content_type or 'no content type'}); skipped")
                continue
            body = record.reader.read(max_bytes + 1)
            if len(body) < record.content_length:
                on_error(where, f"truncated record ({len(body)} of {record.content_length} bytes)")
                continue
            yield RawDocument(
                data=body,
                source=Source(path=str(path), url=uri, sha256=hashlib.sha256(body).hexdigest()),
                kind="html",
                crawled=record.headers.get("WARC-Date"),
            )
    except OSError as exc:
        on_error(str(path), f"unreadable after offset {last_offset}: {exc}")
        return
    if path.name.lower().endswith(".gz") and _gzip_tail_is_truncated(path, last_offset):
        on_error(str(path), f"truncated gzip after offset {last_offset}; the records before it were read")
