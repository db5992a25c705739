"""Bytes to text: encodings detected, binaries refused, text normalised to NFC."""

from __future__ import annotations

import unicodedata

import pytest

from fonte.errors import InputError
from fonte.extract.encoding import decode, html_declared_charset
from fonte.extract.text import extract_text
from fonte.model import Source

ITALIAN = "Perché la città è già in crisi? Il sindaco ha detto che non c'è più tempo.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_encoding_unicode_forms_with_or_without_bom(encoding):
    assert decode(ITALIAN.encode(encoding), "a.txt") == ITALIAN


def test_encoding_legacy_text_is_detected():
    text = ("La città è più vicina. Perché? " * 20).strip()
    assert decode(text.encode("cp1252"), "a.txt") == text


def test_encoding_declared_charset_is_used_first():
    assert decode("Ça coûte cher.".encode("latin-1"), "a.txt", declared="latin-1") == "Ça coûte cher."


def test_encoding_normalises_to_nfc_and_offsets_follow():
    decomposed = unicodedata.normalize("NFD", "Città più bella\n\nLa città è più bella di prima, dicono tutti.")
    text = decode(decomposed.encode("utf-8"), "a.txt")
    assert text == unicodedata.normalize("NFC", text)
    article = extract_text(text, Source())
    assert article.title.text == "Città più bella"
    span = article.paragraphs[0]
    assert article.text[span.start : span.end] == span.text == "La città è più bella di prima, dicono tutti."


def test_encoding_crlf_and_bom_removed():
    assert decode(b"\xef\xbb\xbfTitle\r\n\r\nBody text.\r\n", "a.txt") == "Title\n\nBody text.\n"


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        (b"PK\x03\x04" + bytes(200), "zip archive"),
        (b"%PDF-1.7\n" + bytes(200), "PDF"),
        (b"\x00\x01\x02\x03" * 100, "binary data"),
    ],
)
def test_encoding_binary_input_is_refused(data, what):
    with pytest.raises(InputError, match=what):
        decode(data, "photo.txt")


def test_encoding_control_characters_are_binary():
    data = bytes(range(1, 32)) * 50
    with pytest.raises(InputError, match="binary data"):
        decode(data, "noise.txt")


def test_encoding_empty_input_is_refused():
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n\t\n", "blank.txt")


def test_encoding_html_meta_charset():
    assert html_declared_charset(b'<html><head><meta charset="ISO-8859-1">') == "iso-8859-1"
    assert (
        html_declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
        == "windows-1252"
    )
    assert html_declared_charset(b"<html><head><title>none</title>") is None
