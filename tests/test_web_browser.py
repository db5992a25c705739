"""The web UI in a real browser: Debian's headless chromium driven by selenium against a live server.

Run with ``FONTE_SCREENSHOTS=docs/screenshots`` to also save the article and outlet pages as PNG.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import uvicorn
from web_corpus import article_ids, build

from fonte.web.app import create_app

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
)
webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (the test extra)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(corpus):
    """The app on 127.0.0.1 in a thread; its base URL."""
    port = _free_port()
    config = uvicorn.Config(create_app(corpus), host="127.0.0.1", port=port, log_level="warning")
    live = uvicorn.Server(config)
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not live.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="fonte-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--no-first-run", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _screenshot(driver, name: str) -> None:
    """Saved only when FONTE_SCREENSHOTS names a folder (docs/screenshots), never on an ordinary run."""
    folder = os.environ.get("FONTE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1400, min(max(height, 800), 2400))
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))
        driver.set_window_size(1400, 1000)


def test_article_highlights_tooltip_detail_and_speaker_link(server, browser, corpus):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    article = article_ids(corpus)["https://cronaca.example/porto"]
    browser.get(f"{server}/article/{article}")
    technique = browser.find_element(By.CSS_SELECTOR, ".seg.t-manipulative_wording")
    assert technique.is_displayed()
    tooltip = browser.find_element(By.ID, "tooltip")
    assert not tooltip.is_displayed()
    ActionChains(browser).move_to_element(technique).perform()
    assert tooltip.is_displayed() and "Loaded language" in tooltip.text
    technique.click()
    assert "emotionally loaded" in browser.find_element(By.ID, "detail").text
    _screenshot(browser, "article")
    browser.find_element(By.CSS_SELECTOR, "a.speaker-tag").click()
    assert browser.current_url.endswith(f"/entity/{quote('Marco Bellini')}")
    assert "necessary choice for the future" in browser.find_element(By.CSS_SELECTOR, "ul.quotes").text


def test_search_form_finds_and_highlights(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server)
    box = browser.find_element(By.CSS_SELECTOR, "form.filters input[name=q]")
    box.send_keys("harbour plan")
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    assert "1 article match" in browser.find_element(By.CSS_SELECTOR, "p.count").text
    assert browser.find_element(By.CSS_SELECTOR, ".snippet mark").text.lower() == "harbour plan"


def test_analyse_form_shows_the_article(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/analyse")
    browser.find_element(By.ID, "text").send_keys(
        "Dock strike\n\nThe union leader said the plan was a shameful betrayal of every worker."
    )
    browser.find_element(By.CSS_SELECTOR, "form.analyse button").click()
    assert "Dock strike" in browser.find_element(By.CSS_SELECTOR, "h1.block.title").text
    assert "not stored" in browser.find_element(By.CSS_SELECTOR, "p.notice").text


def test_outlet_page_charts(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/outlet/{quote('Copia Notizie')}")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart")) == 4
    browser.find_element(By.LINK_TEXT, "Cronaca Esempio").click()  # who it copies from
    assert browser.find_element(By.TAG_NAME, "h1").text == "Cronaca Esempio"
    browser.get(f"{server}/outlet/{quote('Harbour Times')}")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart.line circle")
    _screenshot(browser, "outlet")


def test_script_in_an_article_is_shown_as_text(server, browser, corpus):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    article = article_ids(corpus)["https://harbour.example/xss"]
    for path in (f"/article/{article}", "/?q=council"):
        browser.get(server + path)
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text
        body = browser.find_element(By.TAG_NAME, "body").text
        assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(1)>" in body
        assert not browser.find_elements(By.CSS_SELECTOR, "article img, ol.results img")
