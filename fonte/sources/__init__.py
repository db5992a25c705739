"""Sources: where articles come from (files, directories, stdin, URLs), each read into a RawDocument."""

from __future__ import annotations

from fonte import settings
from fonte.model import RawDocument
from fonte.sources.files import article_files, read_file, read_stream
from fonte.sources.url import fetch

__all__ = ["STDIN", "article_files", "fetch", "is_url", "read_file", "read_input", "read_stream"]

#: The input name that means standard input.
STDIN = "-"


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_input(
    spec: str,
    *,
    allow_private: bool = False,
    timeout: float = settings.TIMEOUT_SECONDS,
    max_bytes: int = settings.MAX_BYTES,
) -> RawDocument:
    """The RawDocument named by ``spec``: an http(s) URL, ``-`` for standard input, or a file path."""
    if spec == STDIN:
        return read_stream(max_bytes=max_bytes)
    if is_url(spec):
        return fetch(spec, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    return read_file(spec, max_bytes=max_bytes)
