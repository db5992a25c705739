"""``fonte analyze`` end to end: inputs, formats, batches, bad input and exit codes."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys

import pytest

from fonte.cli import main

ITALIAN = """Nuova linea del tram in centro

La giunta ha approvato martedì il progetto della nuova linea del tram che attraverserà il centro storico.

I lavori

"Cominceremo a settembre e finiremo entro due anni", ha detto l'assessora ai trasporti Giulia Neri.
"""

ENGLISH = """Library extends its opening hours

The central library will stay open until ten in the evening from next month, the council said on Monday.

Students welcome the change

"We finally have somewhere quiet to study after work," said Sam Lee, a nursing student.
"""

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Library extends its opening hours</title></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Library extends its opening hours</h1>
<p>The central library will stay open until ten in the evening from next month, the council said on Monday.</p>
<h2>Students welcome the change</h2>
<p>"We finally have somewhere quiet to study after work," said Sam Lee, a nursing student at the city college.</p>
</article><footer>All rights reserved.</footer></body></html>"""


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "tram.it.txt").write_text(ITALIAN, encoding="utf-8")
    (tmp_path / "library.en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "library.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_cli_analyze_one_text_file_as_json(articles, capsys):
    assert main(["analyze", str(articles / "tram.it.txt"), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    record = json.loads(out)
    assert record["language"] == "it"
    assert record["title"] == "Nuova linea del tram in centro"
    assert [h["text"] for h in record["headings"]] == ["I lavori"]
    assert record["source"]["path"] == str(articles / "tram.it.txt") and len(record["source"]["sha256"]) == 64


def test_cli_analyze_html_file(articles, capsys):
    assert main(["analyze", str(articles / "library.html"), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["title"] == "Library extends its opening hours"
    assert [h["text"] for h in record["headings"]] == ["Students welcome the change"]
    assert "Home" not in record["text"] and "rights reserved" not in record["text"]


def test_cli_analyze_default_format_off_a_terminal_is_json(articles, capsys):
    assert main(["analyze", str(articles / "library.en.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "en"


def test_cli_analyze_directory_batch_is_json_lines_in_order(articles, capsys):
    (articles / "broken.txt").write_bytes(b"")
    assert main(["analyze", str(articles), "--jobs", "2"]) == 1  # one input failed
    captured = capsys.readouterr()
    paths = [r["source"]["path"] for r in _records(captured.out)]
    assert paths == [str(articles / n) for n in ("library.en.txt", "library.html", "tram.it.txt")]
    errors = [ln for ln in captured.err.splitlines() if ln.startswith("fonte: error:")]
    assert errors == [f"fonte: error: {articles / 'broken.txt'}: empty file"]
    assert "analysed 3, failed 1" in captured.err


def test_cli_analyze_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode("utf-8"))))
    assert main(["analyze", "-", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["path"] == "-" and record["title"] == "Library extends its opening hours"


@pytest.mark.parametrize("language, title_word", [("it", "sciopero"), ("en", "strike")])
def test_cli_analyze_example(language, title_word, capsys):
    assert main(["analyze", "--example", "--language", language, "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["language"] == language
    assert title_word in record["title"].lower()
    assert record["reading_time"]["stated_minutes"] == 1


@pytest.mark.parametrize("fmt, marker", [("text", "Library extends its opening hours"),
                                         ("markdown", "# Library extends its opening hours"),
                                         ("html", "<html")])
def test_cli_analyze_formats(articles, capsys, fmt, marker):
    assert main(["analyze", str(articles / "library.en.txt"), "--format", fmt]) == 0
    assert marker in capsys.readouterr().out


def test_cli_analyze_html_batch_writes_one_page_per_article(articles, tmp_path, capsys):
    out = tmp_path / "pages"
    assert main(["analyze", str(articles / "tram.it.txt"), str(articles / "library.en.txt"),
                 "--format", "html", "--output", str(out)]) == 0
    pages = sorted(p.name for p in out.iterdir())
    assert pages == ["library.en.html", "tram.it.html"]
    assert "Nuova linea del tram" in (out / "tram.it.html").read_text(encoding="utf-8")


def test_cli_analyze_html_batch_to_stdout_is_a_usage_error(articles, capsys):
    assert main(["analyze", str(articles / "tram.it.txt"), str(articles / "library.en.txt"), "--format", "html"]) == 2
    assert "--output DIR" in capsys.readouterr().err


def test_cli_analyze_output_file_format_from_suffix(articles, tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    assert main(["analyze", str(articles / "tram.it.txt"), str(articles / "library.en.txt"), "-o", str(target)]) == 0
    assert [r["language"] for r in _records(target.read_text(encoding="utf-8"))] == ["it", "en"]
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("argv", [["analyze"], ["analyze", "x.txt", "--format", "pdf"],
                                  ["analyze", "x.txt", "--max-size", "lots"], ["analyze", "x.txt", "--jobs", "0"],
                                  ["analyze", "x.txt", "--techniques-model", "/no/such/model.json"],
                                  ["analyze", "x.txt", "--genre-model", "/no/such/model.json"]])
def test_cli_analyze_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "error" in capsys.readouterr().err


def test_cli_analyze_corrupt_model_fails_before_reading_articles(articles, tmp_path, capsys):
    model = tmp_path / "broken.model"
    model.write_bytes(b"not a zip at all")
    assert main(["analyze", str(articles / "tram.it.txt"), "--frames-model", str(model), "-f", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "broken.model" in captured.err


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "bundle.txt").write_bytes(b"PK\x03\x04" + bytes(64))
    (tmp_path / "big.txt").write_text(ENGLISH * 20, encoding="utf-8")
    rng = random.Random(7)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(128, 256) for _ in range(1500)))
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    return {
        "missing.txt": "no such file",
        "empty.txt": "empty file",
        "photo.txt": "not an article: looks like a PNG image",
        "bundle.txt": "not an article: looks like a zip archive",
        "big.txt": "size cap",
        "noise.txt": "undecodable bytes",
        "nav.html": "no article text",
        "nothing": "no articles",
        "http://127.0.0.1:9/story": "refused",
    }


def test_cli_analyze_each_bad_input_is_one_line_and_exit_1(tmp_path, capsys):
    cases = _bad_inputs(tmp_path)
    for name, reason in cases.items():
        spec = name if name.startswith("http") else str(tmp_path / name)
        assert main(["analyze", spec, "--max-size", "2k"]) == 1, name
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith(f"fonte: error: {spec}: ") and reason in err, err


def test_cli_analyze_bad_inputs_do_not_stop_a_batch(articles, tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    specs = [str(bad / name) if not name.startswith("http") else name for name in _bad_inputs(bad)]
    assert main(["analyze", *specs, str(articles / "tram.it.txt"), "--max-size", "2k"]) == 1
    captured = capsys.readouterr()
    assert [r["title"] for r in _records(captured.out)] == ["Nuova linea del tram in centro"]
    assert f"analysed 1, failed {len(specs)}" in captured.err


def test_cli_analyze_debug_shows_the_traceback(tmp_path, capsys):
    assert main(["--debug", "analyze", str(tmp_path / "missing.txt")]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_cli_analyze_seed_as_json(shared, capsys):
    assert main(["analyze", str(shared / "seed" / "article.it.txt"), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    gold = json.loads((shared / "gold" / "seed.it.json").read_text(encoding="utf-8"))
    assert record["language"] == "it"
    assert record["title"] == gold["title"]
    assert len(record["headings"]) == 3
    assert record["reading_time"]["stated_minutes"] == 2
    assert abs(record["reading_time"]["minutes"] - 2) <= 0.5
    for heading in record["headings"]:
        assert record["text"][heading["start"] : heading["end"]] == heading["text"]


def test_cli_analyze_as_a_subprocess(articles):
    done = subprocess.run(
        [sys.executable, "-m", "fonte", "analyze", str(articles / "library.en.txt"), str(articles / "absent.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["title"] == "Library extends its opening hours"
    assert f"fonte: error: {articles / 'absent.txt'}: no such file or directory" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_analyze_debug_after_the_command(tmp_path, capsys):
    assert main(["analyze", "--debug", str(tmp_path / "missing.txt")]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_cli_analyze_existing_directory_output_gets_one_json_file_each(articles, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    out = tmp_path / "records"
    out.mkdir()
    assert main(["analyze", str(articles / "tram.it.txt"), "-", "-o", str(out)]) == 1  # stdin is empty here
    assert [p.name for p in out.iterdir()] == ["tram.it.json"]
    assert json.loads((out / "tram.it.json").read_text(encoding="utf-8"))["language"] == "it"
    assert "fonte: error: -: empty input" in capsys.readouterr().err
