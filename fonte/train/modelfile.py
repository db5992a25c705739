"""Model files: one zip holding a JSON header and numeric arrays, never pickled objects.

Trust model: loading a model runs no code from it. The header is read and checked first
(format, fonte version, kind, a SHA-256 of the arrays), then the arrays are read with
``allow_pickle=False``. A hostile file can at worst make fonte predict nonsense, so a model is
as trustworthy as whoever trained it: use models you trained or got from someone you trust.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from fonte import __version__
from fonte.errors import ModelError

MAGIC = "fonte-model"
#: Bumped whenever the header or the arrays change meaning.
FORMAT_VERSION = 1
KINDS = ("techniques", "frames", "genre")
_HEADER = "header.json"
_ARRAYS = "arrays.npz"


def new_header(kind: str, **fields: Any) -> dict[str, Any]:
    """The header every model file starts with; ``fields`` adds what the kind needs."""
    if kind not in KINDS:
        raise ValueError(f"unknown model kind {kind!r}")
    return {
        "format": MAGIC,
        "format_version": FORMAT_VERSION,
        "fonte_version": __version__,
        "kind": kind,
        "trained": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **fields,
    }


def save(path: Path, header: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Write the model to a temporary file beside ``path``, then rename it: never half-written."""
    path = Path(path)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    payload = buffer.getvalue()
    header = {**header, "arrays_sha256": hashlib.sha256(payload).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(_HEADER, json.dumps(header, ensure_ascii=False, indent=1))
            zf.writestr(_ARRAYS, payload)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a model is not a secret
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path, kind: str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The header and arrays of a model of ``kind``; ModelError naming the file otherwise."""
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}: model file not found")
    try:
        with zipfile.ZipFile(path) as zf:
            header = _check_header(path, json.loads(zf.read(_HEADER)), kind)
            payload = zf.read(_ARRAYS)
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError, OSError) as exc:
        raise ModelError(f"{path}: not a fonte model file or corrupted ({type(exc).__name__})") from None
    if hashlib.sha256(payload).hexdigest() != header.get("arrays_sha256"):
        raise ModelError(f"{path}: model file corrupted (checksum mismatch)")
    try:
        with np.load(io.BytesIO(payload), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except (ValueError, OSError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{path}: model arrays unreadable ({exc})") from None
    return header, arrays


def _check_header(path: Path, header: Any, kind: str) -> dict[str, Any]:
    if not isinstance(header, dict) or header.get("format") != MAGIC:
        raise ModelError(f"{path}: not a fonte model file")
    if header.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{path}: model format {header.get('format_version')} but this fonte reads format {FORMAT_VERSION}; retrain it"
        )
    if header.get("fonte_version") != __version__:
        raise ModelError(
            f"{path}: model trained with fonte {header.get('fonte_version')}, this is fonte {__version__}; retrain it"
        )
    if header.get("kind") != kind:
        raise ModelError(f"{path}: a {header.get('kind')} model, expected a {kind} model")
    return header


def fingerprint(paths: list[Path]) -> str:
    """A SHA-256 over the names and bytes of the training files, to tell data sets apart."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
