"""URL fetch against a real local HTTP server: content, redirects, caps, timeouts and refusals."""

from __future__ import annotations

import http.server
import ipaddress
import threading
import time

import pytest

from fonte import settings
from fonte.errors import FetchError, InputError
from fonte.extract import extract
from fonte.sources import url as url_source
from fonte.sources.url import fetch, is_public

PAGE = b"<html><head><title>Quay</title></head><body><article><p>The quay reopened.</p></article></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str | None = None, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen.append(dict(self.headers))
        path = self.path
        if path == "/page":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif path == "/plain":
            self._send(200, "Città\n\nUn testo.".encode("latin-1"), "text/plain; charset=iso-8859-1")
        elif path == "/feed":
            self._send(200, b"<?xml version='1.0'?><rss><channel><title>Feed</title></channel></rss>", "application/rss+xml")
        elif path == "/image":
            self._send(200, b"\x89PNG" + bytes(100), "image/png")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._send(302, Location=f"/hop/{left - 1}" if left else "/page")
        elif path == "/to-other-host":
            self._send(302, Location=f"http://127.0.0.2:{self.server.server_address[1]}/page")
        elif path == "/huge-declared":
            self._send(200, b"", "text/plain", Content_Length="999999999")
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no length: the client only learns the size by reading
            for _ in range(50):
                self.wfile.write(b"x" * 1000)
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE, "text/html")
        elif path == "/error":
            self._send(500)
        else:
            self._send(404)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (timeout, size cap) is what several tests provoke


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_fetches_html_with_user_agent_and_host(server):
    raw = fetch(f"{server}/page", allow_private=True)
    assert raw.kind == "html" and raw.data == PAGE and raw.charset == "utf-8"
    assert raw.source.url == f"{server}/page" and len(raw.source.sha256) == 64
    headers = Handler.seen[-1]
    assert headers["User-Agent"] == settings.USER_AGENT
    assert headers["Host"] == server.removeprefix("http://")


def test_url_plain_text_keeps_the_declared_charset(server):
    raw = fetch(f"{server}/plain", allow_private=True)
    assert raw.kind == "text" and raw.charset == "iso-8859-1"


def test_url_follows_redirects_and_records_the_final_url(server):
    raw = fetch(f"{server}/hop/{settings.MAX_REDIRECTS - 1}", allow_private=True)
    assert raw.source.url == f"{server}/page"


def test_url_too_many_redirects(server):
    with pytest.raises(FetchError, match="redirects"):
        fetch(f"{server}/hop/{settings.MAX_REDIRECTS}", allow_private=True)


def test_url_redirect_target_is_checked_again(server, monkeypatch):
    # 127.0.0.1 passes as public here; the redirect to 127.0.0.2 must still be checked and refused
    monkeypatch.setattr(url_source, "is_public", lambda ip: str(ip) == "127.0.0.1")
    with pytest.raises(FetchError, match=r"refused: .*127\.0\.0\.2.*redirected"):
        fetch(f"{server}/to-other-host")


@pytest.mark.parametrize("path, reason", [("/missing", "HTTP 404"), ("/error", "HTTP 500"), ("/image", "content type image/png")])
def test_url_failures_name_the_url_and_reason(server, path, reason):
    with pytest.raises(FetchError, match=reason) as info:
        fetch(f"{server}{path}", allow_private=True)
    assert str(info.value).startswith(f"{server}{path}: ")


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_url_size_cap(server, path):
    with pytest.raises(FetchError, match="size cap"):
        fetch(f"{server}{path}", allow_private=True, max_bytes=10_000)


def test_url_timeout(server):
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.3)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/a", "http://localhost:9/a", "http://[::1]:9/a", "http://10.1.2.3/a",
     "http://169.254.169.254/latest/meta-data", "http://[::ffff:192.168.0.1]/a", "http://0.0.0.0/a"],
)
def test_url_private_addresses_are_refused(url):
    with pytest.raises(FetchError, match="refused: .*private"):
        fetch(url)


def test_url_only_http_and_https():
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd")


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("2a00:1450:4001::200e", True), ("192.168.1.1", False), ("172.16.0.1", False),
    ("127.0.0.1", False), ("169.254.1.1", False), ("224.0.0.1", False), ("240.0.0.1", False),
    ("fe80::1", False), ("fc00::1", False), ("ff02::1", False), ("::", False), ("100.64.0.1", False),
])
def test_url_public_address_classes(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def test_url_feed_is_fetched_as_xml_and_is_no_article(server):
    raw = fetch(f"{server}/feed", allow_private=True)
    assert raw.kind == "xml"
    with pytest.raises(InputError, match="XML document"):
        extract(raw)
