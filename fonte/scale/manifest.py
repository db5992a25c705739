"""The job's input: a manifest of WARC locations, one a line, in the style of cc-pyspark."""

from __future__ import annotations

from pathlib import Path

from fonte.errors import InputError


def read_manifest(path: str | Path) -> list[str]:
    """The WARC paths or URIs listed in ``path``: one a line; blank lines and ``#`` comments left out."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the manifest: {exc}") from exc
    entries = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not entries:
        raise InputError(f"{path}: the manifest lists no WARC paths")
    return entries
