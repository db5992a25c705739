"""The HTML report in a real (headless) browser: scripts run, clicks explain, nothing injected runs."""

from __future__ import annotations

import shutil

import pytest

from fonte.extract.structure import assemble
from fonte.model import Analysis, Quote, Source, Speaker, Technique
from fonte.render import render

pytestmark = pytest.mark.slow

BODY = "“They are a <img src=x onerror=alert(1)> hysterical mob,” the mayor said."


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"):
        options.add_argument(arg)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


@pytest.fixture
def page(tmp_path) -> str:
    article = assemble("Mayor <script>alert(2)</script> speaks", [("paragraph", BODY)], Source())
    an = Analysis(article=article, language="en")
    text = an.text
    s = text.index("hysterical")
    an.techniques = [
        Technique("Loaded_Language", "hysterical", s, s + 10, 0.8, "an emotionally charged adjective", "rule:t"),
        Technique("Name_Calling-Labeling", "hysterical mob", s, s + 14, 0.6, "labels a group", "rule:t"),
    ]
    qs = text.index("They")
    qe = text.index(",”")
    an.quotes = [Quote("direct", text[qs:qe], qs, qe, Speaker("The Mayor"), None, None, 0.9, "rule:q")]
    path = tmp_path / "report.html"
    path.write_text(render(an, "html"), encoding="utf-8")
    return path.as_uri()


def test_clicking_a_passage_lists_every_finding_covering_it(browser, page):
    from selenium.webdriver.common.by import By

    browser.get(page)
    word = next(el for el in browser.find_elements(By.CSS_SELECTOR, ".seg") if el.text == "hysterical")
    word.click()
    detail = browser.find_element(By.ID, "detail").text
    assert "Loaded language" in detail and "an emotionally charged adjective" in detail
    assert "Name calling or labelling" in detail and "The Mayor" in detail
    assert "multi" in word.get_attribute("class")


def test_injected_markup_shows_as_text_and_never_runs(browser, page):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(page)
    article = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "<script>alert(2)</script>" in article and "<img src=x onerror=alert(1)>" in article
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it raises when no alert is open
    assert browser.find_elements(By.CSS_SELECTOR, "article img") == []


def test_toggles_switch_a_kind_of_highlight_off(browser, page):
    from selenium.webdriver.common.by import By

    browser.get(page)
    browser.find_element(By.CSS_SELECTOR, 'input[data-toggle="technique"]').click()
    assert "hide-technique" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
