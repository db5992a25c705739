"""The Spark job (local[2]): same articles and findings as ``fonte ingest``; bad manifest entries are counted."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
if not shutil.which("java"):
    pytest.skip("no java on PATH (apt-get install default-jre-headless)", allow_module_level=True)

from test_scale_partition import html_records, page, write_warc  # noqa: E402

from fonte.cli import main  # noqa: E402
from fonte.corpus.store import Store  # noqa: E402

pytestmark = pytest.mark.slow
ARTICLE_COLUMNS = "id, url, norm_url, sha256, source_path, title, text, language, published, outlet, words, record"


def _rows(db, table, columns="*"):
    with Store(db, read_only=True) as store:
        return sorted(store.con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)


def test_scale_spark_job_matches_ingest_and_reports_bad_entries(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    good = write_warc(tmp_path / "a.warc.gz", html_records(3) + [("https://port.example/p.png", "image/png", b"\x89")])
    other = write_warc(tmp_path / "b.warc.gz", html_records(2, start=3) + [("https://port.example/news/0", "text/html", page(9))])
    not_gzip = tmp_path / "c.warc.gz"
    not_gzip.write_bytes(b"plain text, not a WARC")
    manifest = tmp_path / "manifest.txt"
    manifest.write_text(f"{good}\n{tmp_path / 'missing.warc.gz'}\n{other}\n{not_gzip}\n", encoding="utf-8")
    out = tmp_path / "out"

    assert main(["spark-job", "--manifest", str(manifest), "--output", str(out), "--master", "local[2]",
                 "--partitions", "2"]) == 0
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["warcs"], summary["stored"], summary["duplicates"]) == (4, 5, 1)
    assert summary["skipped"] == {"not_html": 1, "unreadable": 2}
    assert any("missing.warc.gz" in source for source, _ in summary["samples"])
    assert len(list((out / "articles").glob("*.parquet"))) == 2

    assert main(["ingest", "--parquet", str(out), "--db", str(tmp_path / "job.duckdb")]) == 0
    assert main(["ingest", str(good), str(other), "--db", str(tmp_path / "ingest.duckdb")]) == 0
    for table, columns in [("articles", ARTICLE_COLUMNS), ("quotes", "*"), ("entities", "*"), ("mentions", "*"),
                           ("citations", "*"), ("techniques", "*"), ("narratives", "*"), ("outlets", "*")]:
        assert _rows(tmp_path / "job.duckdb", table, columns) == _rows(tmp_path / "ingest.duckdb", table, columns), table
    assert len(_rows(tmp_path / "job.duckdb", "articles", "id")) == 5
    errors = [source for source, in _rows(tmp_path / "job.duckdb", "errors", "source")]
    assert any("missing.warc.gz" in e for e in errors) and any("c.warc.gz" in e for e in errors)


def test_scale_spark_job_refuses_an_output_that_holds_a_previous_run(tmp_path):
    (tmp_path / "out" / "articles").mkdir(parents=True)
    (tmp_path / "m.txt").write_text("a.warc.gz\n", encoding="utf-8")
    assert main(["spark-job", "--manifest", str(tmp_path / "m.txt"), "--output", str(tmp_path / "out")]) == 2
