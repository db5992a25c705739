"""Local inputs: files, directories of articles, standard input."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import BinaryIO

from fonte import settings
from fonte.errors import InputError
from fonte.model import RawDocument, Source

# Plain text that is really a page (stdin has no file name to tell).
_LOOKS_LIKE_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def human_size(n: int) -> str:
    """``n`` bytes as a person reads a size: 10 MB, 500 kB, 200 bytes."""
    for unit, size in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: larger than the {human_size(max_bytes)} size cap (raise it with --max-size)")


def sniff_kind(data: bytes) -> str:
    """``html`` when the bytes start like an HTML page, else ``text``."""
    return "html" if _LOOKS_LIKE_HTML.match(data[:1024]) else "text"


def raw_document(data: bytes, source: Source, kind: str) -> RawDocument:
    """A RawDocument for ``data``, with the SHA-256 of those bytes in its source."""
    source.sha256 = hashlib.sha256(data).hexdigest()
    return RawDocument(data=data, source=source, kind=kind)


def read_file(path: str | Path, max_bytes: int = settings.MAX_BYTES) -> RawDocument:
    """The bytes of one article file (.html/.htm read as HTML, anything else as plain text)."""
    path = Path(path)
    name = str(path)
    try:
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        if not path.is_file():
            raise InputError(f"{name}: not a regular file")
        if path.stat().st_size > max_bytes:
            raise too_large(name, max_bytes)
        data = path.read_bytes()
    except OSError as exc:  # permission denied, name too long, ...
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(f"{name}: empty file")
    kind = "html" if path.suffix.lower() in settings.HTML_SUFFIXES else sniff_kind(data)
    return raw_document(data, Source(path=name), kind)


def read_stream(stream: BinaryIO | None = None, max_bytes: int = settings.MAX_BYTES, name: str = "-") -> RawDocument:
    """One article from a byte stream (standard input by default); HTML is recognised by its start."""
    if stream is None:
        if sys.stdin is None:  # started with standard input closed
            raise InputError(f"{name}: standard input is closed")
        stream = sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed stream
        raise InputError(f"{name}: cannot read: {exc}") from exc
    if len(data) > max_bytes:
        raise too_large(name, max_bytes)
    if not data.strip():
        raise InputError(f"{name}: empty input")
    return raw_document(data, Source(path=name), sniff_kind(data))


def article_files(directory: str | Path) -> list[Path]:
    """Every article file (.txt, .html, .htm) under ``directory``, recursively, in path order."""
    directory = Path(directory)
    try:
        found = sorted(
            p
            for p in directory.rglob("*")
            if p.suffix.lower() in settings.ARTICLE_SUFFIXES
            and p.is_file()
            # hidden folders (.git, .cache) hold no articles a user meant to pass
            and not any(part.startswith(".") for part in p.relative_to(directory).parts)
        )
    except OSError as exc:
        raise InputError(f"{directory}: cannot list: {exc.strerror or exc}") from exc
    if not found:
        suffixes = ", ".join(settings.ARTICLE_SUFFIXES)
        raise InputError(f"{directory}: no articles ({suffixes}) in this directory")
    return found
