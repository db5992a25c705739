"""WARC input: HTML responses with URI and date; other records, oversized ones and truncation reported."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fonte.sources.warc import read_warc

PAGE = "<html><head><title>Page {i}</title></head><body><article><h1>Page {i}</h1><p>The harbour authority said on Monday that ferry line {i} will run twice a day from June.</p></article></body></html>"


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gz: bool = True) -> None:
    """records: (uri, content type, body)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-01T10:00:00Z"},
            )
            writer.write_record(record)


def _pages(n: int) -> list[tuple[str, str, bytes]]:
    return [(f"https://news.example/{i}", "text/html; charset=utf-8", PAGE.format(i=i).encode()) for i in range(n)]


def test_sources_warc_yields_html_responses_with_uri_and_date(tmp_path):
    path = tmp_path / "a.warc.gz"
    write_warc(path, _pages(3) + [("https://news.example/img", "image/png", b"\x89PNG....")])
    errors = []
    docs = list(read_warc(path, lambda w, r: errors.append((w, r))))
    assert [d.source.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert all(d.kind == "html" and d.crawled == "2024-03-01T10:00:00Z" for d in docs)
    assert len(errors) == 1 and "not HTML (image/png)" in errors[0][1]


def test_sources_warc_skips_a_record_over_the_size_limit(tmp_path):
    path = tmp_path / "a.warc"
    big = (PAGE.format(i=9) + "<!--" + "x" * 5000 + "-->").encode()
    write_warc(path, _pages(2) + [("https://news.example/big", "text/html", big)], gz=False)
    errors = []
    docs = list(read_warc(path, lambda w, r: errors.append((w, r)), max_bytes=2000))
    assert len(docs) == 2
    assert "limit 2000" in errors[0][1] and "news.example/big" in errors[0][0]


def test_sources_warc_truncated_gzip_keeps_earlier_records_and_says_so(tmp_path):
    path = tmp_path / "a.warc.gz"
    write_warc(path, _pages(20))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    errors = []
    docs = list(read_warc(path, lambda w, r: errors.append((w, r))))
    assert 0 < len(docs) < 20
    assert any("truncated" in reason for _, reason in errors)


def test_sources_warc_ingest_stores_the_pages(tmp_path):
    from fonte.corpus.ingest import ingest
    from fonte.corpus.store import Store

    path = tmp_path / "cc-news.warc.gz"
    write_warc(path, _pages(4))
    with Store(tmp_path / "c.duckdb") as store:
        summary = ingest([str(path)], store)
        assert summary.stored == 4
        rows = store.con.execute("SELECT url, outlet_domain, published FROM articles ORDER BY seq").fetchall()
    assert rows[0][0] == "https://news.example/0" and rows[0][1] == "news.example"
    assert rows[0][2].isoformat() == "2024-03-01T10:00:00"


def test_sources_warc_page_date_wins_over_the_crawl_date(tmp_path):
    from fonte.extract import extract

    page = PAGE.format(i=1).replace("<head>", '<head><meta property="article:published_time" content="2024-02-27">')
    path = tmp_path / "a.warc.gz"
    write_warc(path, [("https://news.example/dated", "text/html; charset=utf-8", page.encode())])
    write_warc(tmp_path / "b.warc.gz", _pages(1))
    (dated,) = list(read_warc(path, lambda w, r: None))
    (undated,) = list(read_warc(tmp_path / "b.warc.gz", lambda w, r: None))
    assert extract(dated).published.startswith("2024-02-27")
    assert extract(undated).published == "2024-03-01T10:00:00Z"
