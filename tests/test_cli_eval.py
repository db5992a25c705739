"""``fonte eval`` end to end on a small gold set written for the test."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from fonte.cli import main

ARTICLE = """Harbour bridge to reopen in May

The city council voted on Tuesday to reopen the harbour bridge. “We will finish the repairs before the summer,” the mayor, Anna Berg, said.

Traffic

Residents welcomed the news.
"""


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {
        "article": "articles/bridge.txt",
        "language": "en",
        "title": "Harbour bridge to reopen in May",
        "headings": ["Traffic"],
        "quotes": [{"kind": "direct", "text": "We will finish the repairs before the summer,", "speaker": "Anna Berg"}],
        "entities": [{"name": "Anna Berg", "type": "person"}],
        "techniques": [],
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "bridge.en.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path / "gold"


def test_eval_prints_a_table_and_exits_zero(gold_dir, capsys):
    assert main(["eval", str(gold_dir / "bridge.en.json")]) == 0
    out = capsys.readouterr().out
    assert "fonte eval: 1 article(s), micro-averaged" in out
    assert "title accuracy" in out and "headings" in out


def test_eval_json_output_to_a_file_from_a_directory(gold_dir, tmp_path, capsys):
    target = tmp_path / "scores.json"
    assert main(["eval", str(gold_dir), "--json", "--output", str(target)]) == 0
    assert capsys.readouterr().out == ""
    result = json.loads(target.read_text(encoding="utf-8"))["gold"]
    assert result["overall"]["articles"] == 1
    assert result["overall"]["checks"]["title"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert result["overall"]["counts"]["quotes"]["gold"] == 1
    assert list(result["languages"]) == ["en"]
    assert result["files"][0]["gold"].endswith("bridge.en.json")


def test_eval_skips_a_broken_gold_file_with_a_warning(gold_dir, capsys):
    (gold_dir / "broken.json").write_text("{", encoding="utf-8")
    assert main(["eval", str(gold_dir), "--json"]) == 0
    captured = capsys.readouterr()
    assert "broken.json: not JSON" in captured.err and "skipped" in captured.err
    assert json.loads(captured.out)["gold"]["overall"]["articles"] == 1


def test_eval_with_no_readable_gold_file_fails_in_one_line(tmp_path, capsys):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert main(["eval", str(tmp_path / "broken.json")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "fonte: error: no gold file could be scored (1 skipped)"


def test_eval_language_filter_leaves_other_languages_out(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--json", "--languages", "it"]) == 0
    assert json.loads(capsys.readouterr().out)["gold"]["overall"]["articles"] == 0


def test_eval_without_gold_or_semeval_is_a_usage_error(capsys):
    assert main(["eval"]) == 2
    assert "give gold files" in capsys.readouterr().err


def test_eval_semeval_calls_the_semeval_module_lazily(monkeypatch, tmp_path, capsys):
    calls = []
    fake = types.ModuleType("fonte.eval.semeval")
    fake.evaluate = lambda data_dir, **kw: calls.append((data_dir, kw)) or {"it": {"f1": 0.5}}
    fake.format_report = lambda result: "| it | 0.5 |"
    monkeypatch.setitem(sys.modules, "fonte.eval.semeval", fake)
    import fonte.eval

    monkeypatch.setattr(fonte.eval, "semeval", fake, raising=False)
    assert main(["eval", "--semeval", str(tmp_path), "--folds", "3", "--languages", "it,ru", "--detector", "rules"]) == 0
    assert "| it | 0.5 |" in capsys.readouterr().out
    assert calls == [(tmp_path, {"folds": 3, "model": None, "languages": ["it", "ru"], "detector": "rules"})]


def test_eval_scores_the_seed_gold(shared, capsys):
    assert main(["eval", str(shared / "gold" / "seed.it.json"), "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["gold"]["overall"]
    assert overall["counts"]["quotes"]["gold"] == 9  # 10 gold quotes, one optional
    assert overall["not_found"] == []  # every gold text is located in the extracted text


def test_eval_reports_each_language_and_each_file(gold_dir, capsys):
    articles = gold_dir.parent / "articles"
    (articles / "ponte.txt").write_text(
        "Il ponte del porto riapre a maggio\n\nIl consiglio comunale ha votato martedì. "
        "“Finiremo i lavori prima dell’estate”, ha detto la sindaca Anna Berg.\n",
        encoding="utf-8",
    )
    gold = {"article": "articles/ponte.txt", "language": "it", "title": "Il ponte del porto riapre a maggio"}
    (gold_dir / "ponte.it.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", str(gold_dir)]) == 0
    out = capsys.readouterr().out
    assert "fonte eval: 2 article(s), micro-averaged" in out
    assert "language en: 1 article(s)" in out and "language it: 1 article(s)" in out
    assert "per file (F1)" in out and "ponte.it.json" in out and "bridge.en.json" in out
