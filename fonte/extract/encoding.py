"""Bytes to text: detect the encoding, refuse binaries, normalise to NFC."""

from __future__ import annotations

import codecs
import re
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
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF (audio/video/image) file",
    b"OggS": "an Ogg audio/video file",
    b"ID3": "an MP3 audio file",
    b"\x1aE\xdf\xa3": "a Matroska/WebM video",
}

# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">; the HTML
# standard has browsers look for it in the first 1024 bytes.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_META_SCAN_BYTES = 1024
# The control characters (Unicode category Cc) but the line and page breaks text legitimately holds:
# one C-level regex pass instead of a category lookup per character.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """NFC, Unix newlines, no BOM, no NUL."""
    # A test for one character is cheaper than a replace that finds nothing (which still scans
    # slower than ``in``, about eight times on a page of two-byte characters).
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its start, or None."""
    m = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode ``data`` (from input ``name``) to normalised text, or raise InputError.

    Order: a byte-order mark, then the ``declared`` charset, then UTF-8, then detection.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: not an article: looks like {what}")
    if not data.strip():
        raise InputError(f"{name}: empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return normalise(data.decode(enc))
            except UnicodeDecodeError:
                raise InputError(f"{name}: undecodable bytes: invalid {enc} after its byte-order mark") from None
    if b"\x00" in data and data.count(b"\x00") > len(data) // 100:  # text has none: no count to make
        raise InputError(f"{name}: not an article: binary data")
    for enc in filter(None, (declared, "utf-8")):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return _checked(normalise(text), name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: undecodable bytes: no text encoding fits")
    return _checked(normalise(str(best)), name)


def _checked(text: str, name: str) -> str:
    """``text`` unless it is mostly control characters (binary data that happened to decode)."""
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: not an article: binary data")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def _control_share(text: str) -> float:
    sample = text[:10000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def decode_page(data: bytes | str, name: str, charset: str | None = None) -> str:
    """An HTML page as normalised text: the transport's charset, else the page's own ``<meta>``."""
    if isinstance(data, str):
        return normalise(data)
    return decode(data, name, declared=charset or html_declared_charset(data))


def same_name(a: str, b: str) -> bool:
    """Two names equal but for case and surrounding space (a title's site-name part, say)."""
    return a.casefold().strip() == b.casefold().strip()
