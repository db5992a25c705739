"""``fonte analyze URL`` against a real local HTTP server: success, HTTP errors, timeouts, refusals."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from fonte.cli import main

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Market hall gets a new roof</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Market hall gets a new roof</h1>
<p>Work on the roof of the covered market began on Wednesday and should be finished before the winter rains arrive.</p>
<p>"The stalls stay open throughout," said the market manager, Lucia Bianchi, speaking to traders on Wednesday.</p>
</article><footer>Contact us</footer></body></html>""".encode("utf-8")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        status, body = {"/story": (200, PAGE), "/old-story": (301, b""), "/broken": (500, b"")}.get(self.path, (404, b""))
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/story")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # the timeout test leaves a client that gave up


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_cli_url_is_fetched_extracted_and_analysed(server, capsys):
    assert main(["analyze", f"{server}/old-story", "--allow-private", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["url"] == f"{server}/story"
    assert record["title"] == "Market hall gets a new roof"
    assert "Contact us" not in record["text"]


@pytest.mark.parametrize("path, reason", [("/gone", "HTTP 404"), ("/broken", "HTTP 500"), ("/slow", "timed out")])
def test_cli_url_failures_are_one_line(server, capsys, path, reason):
    assert main(["analyze", f"{server}{path}", "--allow-private", "--timeout", "0.5"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"fonte: error: {server}{path}: ") and reason in err
    assert err.count("\n") == 1


def test_cli_url_private_address_needs_allow_private(server, capsys):
    assert main(["analyze", f"{server}/story"]) == 1
    err = capsys.readouterr().err
    assert "refused" in err and "--allow-private" in err and err.count("\n") == 1
