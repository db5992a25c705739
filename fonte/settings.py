"""Defaults for reading inputs: size cap, network timeouts, redirects, the User-Agent fonte sends."""

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
