"""bench/run.py --texts: the throughput report on a folder of the user's own articles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fonte import analyze_text
from fonte.model import RawDocument, Source

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load_run():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


run = _load_run()

ENGLISH = """Council reopens the river bridge

The river bridge will reopen to cars on Monday after eight months of repairs.

“We kept every deadline we promised,” the mayor, Helen Ward, told reporters.

The works cost the city four million pounds, according to the BBC.
"""

ITALIAN = """Il comune riapre il ponte sul fiume

Il ponte sul fiume riaprirà alle auto lunedì dopo otto mesi di lavori.

“Abbiamo rispettato tutte le scadenze”, ha detto la sindaca Anna Neri ai giornalisti.
"""

HTML = """<!doctype html><html lang="en"><head><title>Library extends its opening hours</title></head>
<body><article><h1>Library extends its opening hours</h1>
<p>The central library will open until nine in the evening from next month, the council said.</p>
<p>“Students asked us for this for years,” said the head librarian, Tom Price.</p>
</article></body></html>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "it.txt").write_text(ITALIAN, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_texts_report_structure(folder, capsys):
    assert run.main(["--texts", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"3 articles from {folder} (2 text, 1 HTML)" in out
    assert "articles/s per process on CPU time" in out
    stages = out.split("CPU time per stage")[1].split("findings")[0]
    for stage in ("(extract)", "language", "quotes", "entities", "techniques"):
        assert f"  {stage} " in stages
    findings = out.split("findings (fonte's, not gold)")[1]
    for name in run.FINDINGS:
        assert f"  {name} " in findings
    assert "peak memory (maxrss)" in out


def test_texts_counts_are_fontes_own_findings(folder):
    report = run.measure(run.folder_documents(folder))
    assert report.articles == 3
    by_words = {c["words"]: c for c in report.per_article}
    for text in (ENGLISH, ITALIAN):
        analysis = analyze_text(text)
        found = by_words[analysis.words]
        assert found["direct"] == sum(q.kind == "direct" for q in analysis.quotes)
        assert found["citations"] == len(analysis.citations)
        assert found["entities"] == len(analysis.entities)
        assert found["sentences"] == len(analysis.sentences)
    english = by_words[analyze_text(ENGLISH).words]
    assert english["direct"] == 1  # the mayor's words, the only quotation in the text
    assert english["words"] == len(ENGLISH.split())
    assert sum(c["direct"] for c in report.per_article) == 3  # one quotation in each article, HTML included
    assert report.per_1000_words("direct") == pytest.approx(1000 * 3 / report.words)


def test_texts_without_articles_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("nothing here", encoding="utf-8")
    assert run.main(["--texts", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no articles" in err and err.count("\n") == 1


def test_synthetic_report_names_the_profile(capsys):
    assert run.main(["-n", "6", "--profile", "dense"]) == 0
    assert "6 synthetic articles, profile dense" in capsys.readouterr().out


def test_warm_up_takes_an_article_of_every_language_the_spread_sample_misses():
    docs = [RawDocument(data=text, source=Source(), kind="text") for text in [ITALIAN, ENGLISH] * 6]
    # A spread of one article every other one would see only Italian.
    sample = run.warm_up_sample(docs, size=6)
    languages = {analyze_text(doc.data).language for doc in sample}
    assert languages == {"it", "en"}
