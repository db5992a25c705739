"""Scale-out without Spark: manifest, one WARC -> table rows, Parquet parts loaded into a corpus like ingest."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fonte.analyze.pipeline import Options
from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store
from fonte.errors import InputError
from fonte.scale.manifest import read_manifest
from fonte.scale.output import load_output, write_articles, write_errors, write_outlets
from fonte.scale.partition import DUPLICATE, ArticleRows, Skipped, analyse_warc, reason_kind

PAGES = [
    ("en", "Ferry line {i} keeps its night crossing",
     "The harbour board said on Tuesday that ferry line {i} will keep its night crossing through the winter. "
     "“We listened to the passengers,” said Anna Reed, the chair of the board."),
    ("it", "La linea {i} del traghetto resta attiva",
     "Il consiglio del porto ha deciso martedì che la linea {i} continuerà a navigare anche di notte. "
     "“Abbiamo ascoltato i passeggeri”, ha detto la presidente Anna Rossi."),
]
AT = datetime(2024, 5, 1, 12, 0)


def page(i: int) -> bytes:
    lang, title, body = PAGES[i % len(PAGES)]
    title, body = title.format(i=i), body.format(i=i)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1><p>{body}</p><p>Line {i} has run since {1950 + i}.</p></article>"
            f"</body></html>").encode()


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-01T10:00:00Z"}))
    return path


def html_records(n: int, start: int = 0) -> list[tuple[str, str, bytes]]:
    return [(f"https://port.example/news/{i}", "text/html; charset=utf-8", page(i)) for i in range(start, start + n)]


def test_scale_manifest_skips_blank_lines_and_comments(tmp_path):
    manifest = tmp_path / "m.txt"
    manifest.write_text("# CC-NEWS March\n/data/a.warc.gz\n\n  s3://bucket/b.warc.gz  \n", encoding="utf-8")
    assert read_manifest(manifest) == ["/data/a.warc.gz", "s3://bucket/b.warc.gz"]


def test_scale_manifest_empty_or_missing_is_a_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="lists no WARC paths"):
        read_manifest(tmp_path / "empty.txt")
    with pytest.raises(InputError, match="cannot read the manifest"):
        read_manifest(tmp_path / "absent.txt")


def test_scale_partition_numbers_articles_by_manifest_line_and_record(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz", html_records(3))
    items = list(analyse_warc(2, str(warc), Options(), "fast", AT))
    assert [type(item) for item in items] == [ArticleRows] * 3
    assert [item.seq for item in items] == [(2 << 32) | n for n in range(3)]
    assert items[0].rows["articles"][0]["source_path"] == str(warc)
    assert items[0].url_key == "https://port.example/news/0"


def test_scale_partition_reports_bad_records_and_goes_on(tmp_path):
    records = html_records(1) + [("https://port.example/logo.png", "image/png", b"\x89PNG")] + html_records(1, start=1)
    records += [("https://port.example/news/0", "text/html", page(5))]  # the same URL again
    warc = write_warc(tmp_path / "a.warc.gz", records)
    items = list(analyse_warc(0, str(warc), Options(), "fast", AT))
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert sum(isinstance(item, ArticleRows) for item in items) == 2
    assert [s.kind for s in skipped] == ["not_html", DUPLICATE]


@pytest.mark.parametrize("content", [None, b"this is not gzip at all"])
def test_scale_partition_unreadable_path_is_one_skip_with_its_path(tmp_path, content):
    path = tmp_path / "bad.warc.gz"
    if content is not None:
        path.write_bytes(content)
    items = list(analyse_warc(0, str(path), Options(), "fast", AT))
    assert len(items) == 1 and items[0].kind == "unreadable" and str(path) in items[0].source


def test_scale_partition_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz", html_records(6))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) // 2 + 150])  # inside a record, not at a gzip member boundary
    items = list(analyse_warc(0, str(warc), Options(), "fast", AT))
    assert 2 <= sum(isinstance(item, ArticleRows) for item in items) < 6
    assert items[-1].kind == "truncated"


def test_scale_reason_kinds():
    assert reason_kind("record of 120000000 bytes skipped (limit 10000000)") == "too_large"
    assert reason_kind("not HTML (image/jpeg); skipped") == "not_html"
    assert reason_kind("x: no article text") == "no_text"
    assert reason_kind("unexpected ValueError: boom") == "failed"


def _table_rows(db: Path, table: str, columns: str) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return sorted(store.con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)


def test_scale_parquet_parts_load_into_the_same_corpus_as_ingest(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz", html_records(4) + [("https://port.example/x.jpg", "image/jpeg", b"\xff")])
    with Store(tmp_path / "ingest.duckdb") as store:
        ingest([str(warc)], store, extract_mode="fast")
    items = list(analyse_warc(0, str(warc), Options(), "fast", AT))
    articles = [item for item in items if isinstance(item, ArticleRows)]
    out = str(tmp_path / "out")
    (count, outlets), = write_articles(0, articles[:2], out)
    (count2, outlets2), = write_articles(1, articles[2:], out)
    write_outlets(out, outlets + outlets2)
    assert list(write_errors(0, [item for item in items if isinstance(item, Skipped)], out)) == [1]
    with Store(tmp_path / "job.duckdb") as store:
        assert load_output(store, out) == count + count2 == 4
        assert load_output(store, out) == 0  # loading twice adds nothing
    article_columns = "id, url, norm_url, sha256, source_path, title, text, language, published, outlet, words, record"
    for table, columns in [("articles", article_columns), ("quotes", "*"), ("entities", "*"), ("mentions", "*"),
                           ("citations", "*"), ("techniques", "*"), ("outlets", "*"), ("errors", "source, reason")]:
        assert _table_rows(tmp_path / "job.duckdb", table, columns) == _table_rows(tmp_path / "ingest.duckdb", table, columns), table
    assert _table_rows(tmp_path / "job.duckdb", "quotes", "count(*)") != [(0,)]
