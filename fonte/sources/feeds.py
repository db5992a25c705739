"""RSS and Atom feeds: each entry's page is fetched (with the URL safeguards of ``fonte analyze``),
or, with ``fetch=False``, the entry's own title and summary stand in for the article."""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import lxml.html

from fonte.errors import FonteError, InputError
from fonte.model import RawDocument, Source
from fonte.sources.jsonl import OnError

FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
_SNIFF_BYTES = 2048


def looks_like_feed(path: Path) -> bool:
    """A feed file, by its name or by an <rss>/<feed>/<rdf:RDF> root near its start."""
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).lower()
    except OSError:
        return False
    return head.lstrip().startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()


def _summary_text(summary: str) -> str:
    if "<" not in summary:
        return summary.strip()
    try:
        return lxml.html.fromstring(summary).text_content().strip()
    except (lxml.etree.ParserError, ValueError):
        return summary.strip()


def any_url(url: str) -> bool:
    return True


def parse_feed(
    data: bytes, name: str, on_error: OnError, fetch: bool = True, wanted: Callable[[str], bool] = any_url
) -> Iterator[RawDocument]:
    """The entries of a feed document as documents (pages fetched lazily, one at a time).

    An entry whose link ``wanted`` refuses (already stored, say) is passed over unfetched.
    """
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = feed.get("bozo_exception") if feed.get("bozo") else "no entries"
        raise InputError(f"{name}: not an RSS/Atom feed ({reason})")
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries):
        link = entry.get("link")
        title = (entry.get("title") or "").strip() or None
        where = f"{name}#{n + 1} {link or ''}".rstrip()
        published = _entry_date(entry)
        if link and not wanted(link):
            continue
        if fetch:
            if not link:
                on_error(where, "entry without a link")
                continue
            from fonte.sources.url import fetch as fetch_url  # the safe fetcher (private hosts refused)

            try:
                raw = fetch_url(link)
            except FonteError as exc:
                on_error(where, str(exc))
                continue
            raw.title = raw.title or title
            raw.published = raw.published or published
            raw.outlet = raw.outlet or outlet
            yield raw
            continue
        summary = _summary_text(entry.get("summary") or "")
        if not summary and not title:
            on_error(where, "entry without title or summary")
            continue
        text = f"{title}\n\n{summary}" if title and summary else (title or summary)
        yield RawDocument(
            data=text,
            source=Source(path=name, url=link, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()),
            kind="text",
            title=title,
            published=published,
            outlet=outlet,
        )


def read_feed(
    path: str | Path, on_error: OnError, fetch: bool = True, wanted: Callable[[str], bool] = any_url
) -> Iterator[RawDocument]:
    """The entries of a feed file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    yield from parse_feed(data, str(path), on_error, fetch, wanted)


def read_feed_url(
    url: str, on_error: OnError, fetch: bool = True, wanted: Callable[[str], bool] = any_url
) -> Iterator[RawDocument]:
    """The entries of a feed at a URL (fetched with the same safeguards as an article)."""
    from fonte.sources.url import fetch as fetch_url

    raw = fetch_url(url)
    data = raw.data.encode("utf-8") if isinstance(raw.data, str) else raw.data
    yield from parse_feed(data, url, on_error, fetch, wanted)
