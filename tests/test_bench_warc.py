"""bench/warc.py --texts: real article texts wrapped in the bench's page chrome, their text the truth."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import warc as bench_warc  # noqa: E402

from fonte.extract import extract  # noqa: E402
from fonte.sources.warc import read_warc  # noqa: E402

ENGLISH = """Harbour ferry returns after the winter break

The night ferry between the two harbours will run again from Friday, the port authority said.

Tickets bought for the cancelled crossings in January stay valid until the end of March.
   
“We had to repair both engines before the season,” said the harbour master, Ruth Allen.
"""

ITALIAN = """Riapre la biblioteca  del quartiere

La biblioteca del quartiere riapre lunedì dopo sei mesi di lavori sul tetto e sugli impianti.
Gli orari restano quelli di prima: dalle nove alle diciannove, sabato compreso.
"""


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "ferry.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "biblioteca.txt").write_text(ITALIAN, encoding="utf-8")
    (folder / "title-only.txt").write_text("Just a headline\n\n", encoding="utf-8")
    (folder / "notes.md").write_text("Not an article\n\nIt is not a .txt file, so it is left out.\n", encoding="utf-8")
    return folder


def test_bench_warc_texts_become_pages_with_title_and_lines_as_truth(texts, tmp_path):
    truths = bench_warc.build_warc(tmp_path / "real.warc.gz", None, texts=texts)
    by_title = {t.title: t for t in truths}
    assert set(by_title) == {"Harbour ferry returns after the winter break", "Riapre la biblioteca del quartiere"}
    english = by_title["Harbour ferry returns after the winter break"]
    assert english.language == "en"
    assert english.text.split("\n\n") == [
        "Harbour ferry returns after the winter break",
        "The night ferry between the two harbours will run again from Friday, the port authority said.",
        "Tickets bought for the cancelled crossings in January stay valid until the end of March.",
        "“We had to repair both engines before the season,” said the harbour master, Ruth Allen.",
    ]
    italian = by_title["Riapre la biblioteca del quartiere"]
    assert italian.language == "it"
    assert len(italian.text.split("\n\n")) == 3  # consecutive lines are paragraphs of their own


def test_bench_warc_text_pages_carry_chrome_and_extract_to_their_text(texts, tmp_path):
    path = tmp_path / "real.warc.gz"
    truths = {t.uri: t for t in bench_warc.build_warc(path, None, seed=2, texts=texts)}
    docs = list(read_warc(path, lambda where, reason: None))
    assert {d.source.url for d in docs} == set(truths)
    for doc in docs:
        page = doc.data.decode("utf-8")
        assert "<script>" in page and "cookie-banner" in page and "<footer>" in page
        assert f'lang="{truths[doc.source.url].language}"' in page
        assert extract(doc, "precise").text.split("\n\n")[0] == truths[doc.source.url].title


def test_bench_warc_takes_the_first_n_texts_by_path(texts, tmp_path):
    truths = bench_warc.build_warc(tmp_path / "two.warc.gz", 1, texts=texts)
    assert [t.title for t in truths] == ["Riapre la biblioteca del quartiere"]  # biblioteca.txt sorts before en/


def test_bench_warc_folder_without_articles_is_a_clear_error(tmp_path):
    (tmp_path / "title-only.txt").write_text("Just a headline\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no .txt article"):
        bench_warc.build_warc(tmp_path / "none.warc.gz", None, texts=tmp_path)


def test_bench_warc_synthetic_pages_are_unchanged(tmp_path):
    # Digest of the pages and truths of this build at commit 010e0d3, before real texts could be
    # wrapped: earlier figures stay reproducible.
    truths = bench_warc.build_warc(tmp_path / "s.warc.gz", 12, seed=3, non_html=0.1, profile="news")
    digest = hashlib.sha256()
    for doc in read_warc(tmp_path / "s.warc.gz", lambda where, reason: None):
        digest.update(doc.source.url.encode() + doc.data)
    digest.update("".join(t.text for t in truths).encode())
    assert digest.hexdigest() == "5ef9f967c39783a86d647dfc8a04cb6de6bbd0b0599e9f9def0acc248aec709c"

