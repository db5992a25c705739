"""Feeds: entries become documents, their pages fetched through the safe fetcher or summaries used."""

from __future__ import annotations

import pytest

from fonte.errors import FetchError, InputError
from fonte.model import RawDocument, Source
from fonte.sources.feeds import parse_feed, read_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Gazzetta Esempio</title>
<item><title>Il ponte riapre</title><link>https://gazzetta.example/ponte</link>
<description>&lt;p&gt;Il sindaco ha detto che il ponte riaprira lunedi.&lt;/p&gt;</description>
<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Nuovo parco</title><link>https://gazzetta.example/parco</link>
<description>Il parco apre a giugno.</description></item>
</channel></rss>"""


def test_sources_feeds_no_fetch_uses_title_and_summary(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    docs = list(read_feed(path, lambda w, r: None, fetch=False))
    assert docs[0].data == "Il ponte riapre\n\nIl sindaco ha detto che il ponte riaprira lunedi."
    assert docs[0].outlet == "Gazzetta Esempio" and docs[0].published.startswith("2024-05-06T10:00")
    assert docs[1].source.url == "https://gazzetta.example/parco"


def test_sources_feeds_fetch_each_entry_and_report_failures(monkeypatch):
    import fonte.sources.url as url

    def fake_fetch(link, **kwargs):
        if link.endswith("parco"):
            raise FetchError(f"{link}: refused (private address)")
        return RawDocument(data=b"<p>x</p>", source=Source(url=link), kind="html")

    monkeypatch.setattr(url, "fetch", fake_fetch)
    errors = []
    docs = list(parse_feed(RSS, "feed", lambda w, r: errors.append((w, r))))
    assert [d.source.url for d in docs] == ["https://gazzetta.example/ponte"]
    assert docs[0].title == "Il ponte riapre" and docs[0].outlet == "Gazzetta Esempio"
    assert "refused" in errors[0][1]


def test_sources_feeds_not_xml_is_a_clear_error():
    with pytest.raises(InputError, match="not an RSS/Atom feed"):
        list(parse_feed(b"just some words", "notes.rss", lambda w, r: None))


def test_sources_feeds_reingest_fetches_only_new_entries(tmp_path, monkeypatch):
    import fonte.sources.url as url
    from fonte.corpus.ingest import ingest
    from fonte.corpus.store import Store

    fetched = []

    def fake_fetch(link, **kwargs):
        fetched.append(link)
        body = f"Notizia da {link}\n\nIl sindaco ha parlato della pagina {link} in consiglio."
        return RawDocument(data=body.encode(), source=Source(url=link), kind="text")

    monkeypatch.setattr(url, "fetch", fake_fetch)
    feed = tmp_path / "feed.rss"
    feed.write_bytes(RSS)
    with Store(tmp_path / "c.duckdb") as store:
        assert ingest([str(feed)], store).stored == 2
        second = ingest([str(feed)], store)
    assert (second.stored, second.already_stored) == (0, 2)
    assert len(fetched) == 2
