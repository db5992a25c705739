"""Defaults for reading inputs (size cap, network timeouts, redirects, the User-Agent fonte sends) and
for writing a corpus."""

from __future__ import annotations

from fonte import __version__

#: Largest input read, in bytes (files, stdin, downloads); ``--max-size`` changes it.
MAX_BYTES = 10_000_000

#: Seconds to wait for a connection, and then between two reads of a download.
TIMEOUT_SECONDS = 10.0

#: A server that trickles bytes never trips the read timeout; this bounds a whole download.
TOTAL_TIMEOUT_FACTOR = 4

#: Redirects followed per URL; each target is checked again before it is fetched.
MAX_REDIRECTS = 5

USER_AGENT = f"fonte/{__version__} (+news analysis)"

#: File name endings read when a directory is given.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

#: Suffixes read as HTML; anything else is plain text.
HTML_SUFFIXES = (".html", ".htm")

#: Articles per committed transaction of ``fonte ingest``. Fewer, larger commits: 256 took half the
#: store time of 64 per article and left a smaller database file.
INGEST_BATCH_SIZE = 256
