"""JSON Lines input: one article per line (``url``, ``title``, ``text`` or ``html``, ``published``, ``outlet``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from fonte.errors import InputError
from fonte.model import RawDocument, Source

#: Called with (where, why) for a record that is skipped; reading goes on.
OnError = Callable[[str, str], None]


def _field(record: dict, name: str) -> str | None:
    value = record.get(name)
    return value.strip() or None if isinstance(value, str) else None


def read_jsonl(path: str | Path, on_error: OnError) -> Iterator[RawDocument]:
    """The articles of a JSON Lines file; a broken line is reported and skipped."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                on_error(where, f"not a JSON object: {exc}")
                continue
            if not isinstance(record, dict):
                on_error(where, f"not a JSON object but {type(record).__name__}")
                continue
            html, text, title = _field(record, "html"), _field(record, "text"), _field(record, "title")
            if not html and not text:
                on_error(where, "neither 'text' nor 'html'")
                continue
            if html:
                data, kind = html, "html"
            else:
                # Plain-text extraction takes the first line as the title.
                data, kind = (f"{title}\n\n{text}" if title else text), "text"
            yield RawDocument(
                data=data,
                source=Source(
                    path=where,
                    url=_field(record, "url"),
                    sha256=hashlib.sha256(data.encode("utf-8")).hexdigest(),
                ),
                kind=kind,
                title=title,
                published=_field(record, "published"),
                outlet=_field(record, "outlet"),
            )
