"""The web UI's pages and JSON API, driven with Starlette's TestClient over a corpus built for them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from urllib.parse import quote

import pytest
from web_corpus import XSS_TITLE, article_ids, build

from fonte.cli import main
from fonte.web.app import create_app

with warnings.catch_warnings():  # starlette asks for httpx2, which is not needed for these tests
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def ids(corpus):
    return article_ids(corpus)


@pytest.fixture(scope="module")
def client(corpus):
    return TestClient(create_app(corpus))


def test_search_lists_articles_newest_first(client, ids):
    page = client.get("/")
    assert page.status_code == 200
    assert "4 articles" in page.text
    assert page.text.index(ids["https://harbour.example/xss"]) < page.text.index(ids["https://cronaca.example/porto"])


def test_search_highlights_the_match_in_an_escaped_snippet(client):
    page = client.get("/", params={"q": "HARBOUR plan"})
    assert "1 article match" in page.text
    assert "<mark>harbour plan</mark>" in page.text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"language": "en"}, {"https://harbour.example/plan", "https://harbour.example/xss"}),
        ({"outlet": "Copia Notizie"}, {"https://copia.example/porto"}),
        ({"technique": "Loaded_Language", "language": "it"}, {"https://cronaca.example/porto", "https://copia.example/porto"}),
        ({"entity": "Anna Ferri"}, {"https://cronaca.example/porto", "https://harbour.example/plan"}),
        ({"speaker": "marco bellini", "language": "en"}, {"https://harbour.example/plan"}),
        ({"state_only": "1", "since": "2024-05-02"}, {"https://copia.example/porto"}),
        ({"until": "2024-05-01"}, {"https://cronaca.example/porto", "https://harbour.example/plan"}),
        ({"q": "100%_"}, set()),
    ],
)
def test_search_filters(client, params, expected):
    found = client.get("/api/search", params=params).json()
    assert {r["url"] for r in found["results"]} == expected
    assert found["total"] == len(expected)


def test_search_refuses_a_malformed_date(client):
    assert client.get("/", params={"since": "May"}).status_code == 400
    answer = client.get("/api/search", params={"until": "2024-13-01"})
    assert answer.status_code == 400 and "until" in answer.json()["error"]


def test_article_page_shows_findings_in_place(client, ids):
    page = client.get(f"/article/{ids['https://cronaca.example/porto']}").text
    assert 'class="seg t-manipulative_wording' in page or "t-manipulative_wording" in page
    assert f'href="/entity/{quote("Marco Bellini")}"' in page  # the speaker tag links to the entity page
    assert '<span class="badge state">state media</span>' in page
    assert "min measured" in page and "none stated" in page
    assert 'id="fonte-findings"' in page and '<script src="/static/report.js">' in page


def test_article_page_shows_republications_with_the_diff(client, ids):
    page = client.get(f"/article/{ids['https://copia.example/porto']}").text
    assert "Republications" in page and "First published" in page
    assert '<li class="title">title: ' in page
    assert '<li class="added">+ Iscriviti alla nostra newsletter' in page
    assert '<li class="dropped">− La consigliera Anna Ferri' in page
    assert f'href="/article/{ids["https://cronaca.example/porto"]}"' in page


def test_article_page_shows_its_story(client, ids):
    page = client.get(f"/article/{ids['https://cronaca.example/porto']}").text
    assert "Story: " in page and "Who was quoted first" in page


def test_outlet_page_draws_charts(client):
    page = client.get("/outlet/Copia Notizie").text
    assert page.count('<svg class="chart') == 4  # nobody copies it: that chart says so instead
    copies_from, copied_by = page.split("Its copies come from")[1].split("Copied by")
    assert "Cronaca Esempio" in copies_from and "No data." in copied_by
    assert "state media" in page.split("Top cited sources")[1]  # RIA Novosti's bar is flagged


def test_outlets_page_lists_every_outlet(client):
    page = client.get("/outlets").text
    assert all(name in page for name in ("Cronaca Esempio", "Copia Notizie", "Harbour Times"))


def test_entity_page_lists_what_the_speaker_said(client):
    page = client.get("/entity/Marco Bellini").text
    assert "necessary choice for the future" in page and "scelta necessaria" in page
    assert page.count('<svg class="chart') == 3


@pytest.mark.parametrize(
    ("path", "status"),
    [("/article/12345", 404), ("/article/not-a-number", 400), ("/outlet/Nobody", 404), ("/entity/Q0", 404),
     ("/api/articles/12345", 404), ("/api/entities/Nobody", 404)],
)
def test_unknown_things_get_a_clear_error(client, path, status):
    answer = client.get(path)
    assert answer.status_code == status
    assert "Traceback" not in answer.text
    if path.startswith("/api/"):
        assert answer.json()["status"] == status


def test_article_strings_are_escaped_everywhere(client, ids):
    xss = ids["https://harbour.example/xss"]
    for path in (f"/article/{xss}", "/?q=council", "/outlet/Harbour Times", "/entity/Harbour Times"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
    page = client.get(f"/article/{xss}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert client.get(f"/api/articles/{xss}").json()["record"]["title"] == XSS_TITLE


def test_pages_send_a_content_security_policy(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_article_is_the_stored_record_with_string_ids(client, ids):
    body = client.get(f"/api/articles/{ids['https://copia.example/porto']}").json()
    assert body["id"] == ids["https://copia.example/porto"]
    assert body["record"]["source"]["url"] == "https://copia.example/porto"
    assert [r["role"] for r in body["republications"]] == ["original", "copy"]
    assert all(isinstance(r["id"], str) for r in body["republications"])


def test_api_outlet_and_entity(client):
    outlet = client.get("/api/outlets/Cronaca Esempio").json()
    assert outlet["outlet"]["articles"] == 1
    assert outlet["top_cited"][0] == {"name": "RIA Novosti", "citations": 1, "state_affiliated": True, "country": "RU"}
    assert [o["outlet"] for o in client.get("/api/outlets").json()["outlets"]][0] == "Harbour Times"
    entity = client.get("/api/entities/Marco Bellini").json()
    assert entity["entity"]["type"] == "person" and len(entity["quotes"]) == 3


def test_openapi_describes_every_api_route(client):
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    routes = {r.path.replace(":path", "") for r in client.app.routes if getattr(r, "path", "").startswith("/api/")}
    assert routes == set(document["paths"])


def test_analyse_shows_the_article_without_storing_it(client):
    text = "Harbour workers strike\n\nThe union said the strike was a shameful betrayal of the workers."
    page = client.post("/analyse", data={"text": text, "language": "en"})
    assert page.status_code == 200
    assert "Analysed on request, not stored" in page.text and "Harbour workers strike" in page.text
    assert client.get("/api/search", params={"q": "Harbour workers"}).json()["total"] == 0


def test_analyse_refuses_private_urls_empty_input_and_storing_when_read_only(client):
    refused = client.post("/analyse", data={"url": "http://127.0.0.1:9/article"})
    assert refused.status_code == 400 and "127.0.0.1" in refused.text
    assert client.post("/analyse", data={"text": "  "}).status_code == 400
    assert client.post("/analyse", data={"text": "A title\n\nA body.", "store": "1"}).status_code == 403
    assert client.post("/api/analyse", json={"text": "A title\n\nA body.", "store": True}).status_code == 403


def test_api_analyse(client):
    body = client.post("/api/analyse", json={"text": "Port deal\n\nThe minister said the deal was a disgrace.", "language": "en"}).json()
    assert body["stored"] is False and body["record"]["language"] == "en"
    assert client.post("/api/analyse", content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    assert client.post("/api/analyse", json={"text": 3}).status_code == 400


def test_analyse_stores_when_writes_are_allowed(corpus, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus, copy)
    writer = TestClient(create_app(copy, allow_writes=True))
    text = "Storm closes the harbour\n\nThe harbour master said the storm was the worst in years."
    answer = writer.post("/analyse", data={"text": text, "store": "1"}, follow_redirects=False)
    assert answer.status_code == 303
    assert "Storm closes the harbour" in writer.get(answer.headers["location"]).text
    assert writer.get("/api/search", params={"q": "storm"}).json()["total"] == 1


def test_bodies_over_the_limit_are_refused(corpus):
    small = TestClient(create_app(corpus, max_body_bytes=1000))
    assert small.post("/analyse", data={"text": "x" * 2000}).status_code == 413
    chunked = small.post("/api/analyse", content=(b"x" * 500 for _ in range(3)))  # no Content-Length
    assert chunked.status_code == 413 and "larger than 1000 bytes" in chunked.json()["error"]


def test_a_missing_database_gives_an_error_page(tmp_path):
    client = TestClient(create_app(tmp_path / "gone.duckdb"))
    page = client.get("/")
    assert page.status_code == 503 and "no such database" in page.text and "Traceback" not in page.text
    assert client.get("/api/search").json()["status"] == 503


def test_a_database_held_by_another_process_gives_an_error_page(corpus, tmp_path):
    held = tmp_path / "held.duckdb"
    shutil.copy(corpus, held)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(held)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        page = TestClient(create_app(held)).get("/")
        assert page.status_code == 503 and "in use by another process" in page.text
        assert main(["serve", "--db", str(held)]) == 1
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_serve_on_a_missing_database_is_one_line(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("fonte: error:") and "no such database" in err and "\n" not in err
