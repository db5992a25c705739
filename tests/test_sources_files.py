"""Local sources: files, directories and streams become RawDocuments with their SHA-256."""

from __future__ import annotations

import hashlib
import io

import pytest

from fonte.errors import InputError
from fonte.sources import read_input
from fonte.sources.files import article_files, read_file, read_stream

STORY = "Town hall reopens\n\nThe town hall reopened on Friday after two years of repairs.\n"


def test_sources_file_kind_path_and_sha256(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    raw = read_file(path)
    assert raw.kind == "text"
    assert raw.source.path == str(path)
    assert raw.source.sha256 == hashlib.sha256(STORY.encode()).hexdigest()


@pytest.mark.parametrize("name, body, kind", [
    ("page.html", "<p>A paragraph.</p>", "html"),
    ("page.HTM", "<p>A paragraph.</p>", "html"),
    ("notes.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("notes.txt", "Less than <b>bold</b> markup inside plain text.", "text"),
])
def test_sources_file_kind_from_suffix_or_start(tmp_path, name, body, kind):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    assert read_file(path).kind == kind


def test_sources_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "absent.txt")


def test_sources_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"\n \n")
    with pytest.raises(InputError, match="empty file"):
        read_file(tmp_path / "empty.txt")


def test_sources_file_over_the_size_cap(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 300, encoding="utf-8")
    with pytest.raises(InputError, match="size cap"):
        read_file(tmp_path / "big.txt", max_bytes=1000)


def test_sources_stream_reads_and_caps():
    raw = read_stream(io.BytesIO(STORY.encode()), name="-")
    assert raw.source.path == "-" and raw.kind == "text"
    assert read_stream(io.BytesIO(b"  <html><body><p>x</p></body></html>")).kind == "html"
    with pytest.raises(InputError, match="size cap"):
        read_stream(io.BytesIO(b"x" * 101), max_bytes=100)


def test_sources_directory_is_searched_recursively_in_order(tmp_path):
    for rel in ["b.txt", "a/c.html", "a/d.htm", "a/skip.jpg", ".git/e.txt", "z/notes.md"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)]
    assert found == ["a/c.html", "a/d.htm", "b.txt"]


def test_sources_directory_without_articles(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(InputError, match="no articles"):
        article_files(tmp_path)


def test_sources_read_input_dispatches_on_the_name(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert read_input(str(path)).source.path == str(path)
    with pytest.raises(InputError, match="refused"):
        read_input("http://127.0.0.1:9/story")


def test_sources_stream_that_cannot_be_read(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(InputError, match="standard input is closed"):
        read_stream()
    closed = io.BytesIO(b"text")
    closed.close()
    with pytest.raises(InputError, match="cannot read"):
        read_stream(closed)
