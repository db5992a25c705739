"""JSON Lines input: one article per line; a broken line is reported and the rest are read."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.sources.jsonl import read_jsonl


def test_sources_jsonl_reads_text_and_html_records(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"url": "https://a.example/1", "title": "Rain in Rome", "text": "It rained all day.", "published": "2024-01-02", "outlet": "A"}) + "\n"
        + json.dumps({"url": "https://a.example/2", "html": "<p>Piove a Milano.</p>"}) + "\n",
        encoding="utf-8",
    )
    docs = list(read_jsonl(path, lambda w, r: None))
    assert docs[0].kind == "text" and docs[0].data.startswith("Rain in Rome\n\n")
    assert docs[0].outlet == "A" and docs[0].published == "2024-01-02"
    assert docs[1].kind == "html" and docs[1].source.url == "https://a.example/2"


def test_sources_jsonl_broken_line_is_reported_with_its_number(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Uno."}\n{"text": "Due\n[1, 2]\n{"title": "no body"}\n{"text": "Tre."}\n', encoding="utf-8")
    errors = []
    docs = list(read_jsonl(path, lambda w, r: errors.append((w, r))))
    assert [d.data for d in docs] == ["Uno.", "Tre."]
    assert [w for w, _ in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "neither 'text' nor 'html'" in errors[2][1]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=6))
def test_sources_jsonl_any_lines_never_crash(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("j") / "a.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    errors = []
    docs = list(read_jsonl(path, lambda w, r: errors.append(w)))
    # every physical line is read as a document, reported, or blank
    assert len(docs) + len(errors) <= path.read_bytes().count(b"\n") + 1
