"""Bytes to text: detect the encoding, refuse binaries, normalise to NFC."""

from __future__ import annotations

import unicodedata

from fonte.errors import InputError

# Signatures of common binary formats a user may pass by mistake.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF (audio/video/image) file",
}


def normalise(text: str) -> str:
    """NFC, Unix newlines, no BOM, no NUL."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode ``data`` (from input ``name``) to normalised text, or raise InputError."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: not an article: looks like {what}")
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if data.count(b"\x00") > len(data) // 100:
        raise InputError(f"{name}: not an article: binary data")
    for enc in filter(None, (declared, "utf-8")):
        try:
            return normalise(data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: undecodable bytes: no text encoding fits")
    text = str(best)
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: not an article: binary data")
    return normalise(text)


def _control_share(text: str) -> float:
    sample = text[:10000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\t\r\f")
    return bad / len(sample)
