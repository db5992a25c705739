"""Reading gold files: their fields, their errors, and where their article is."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fonte.errors import DataError
from fonte.eval.gold import article_file, parse_gold, read_gold


def _write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_gold_fields_are_read(tmp_path):
    gold = parse_gold(
        {
            "article": "seed/a.txt",
            "language": "en",
            "title": "T",
            "stated_reading_time_minutes": 3,
            "headings": ["H"],
            "quotes": [{"kind": "direct", "text": "We won", "speaker": "Ann", "speaker_accept": ["Team"], "optional": True}],
            "entities": [{"name": "Ann", "type": "person", "wikidata": None, "aliases": ["Annie"]}],
            "citations": [{"outlet": "Wire", "surface": "said Wire", "state_affiliated": False}],
            "techniques": [{"technique": "Slogans", "text": "We won", "note": "ignored"}],
            "narratives": [{"narrative": "N", "subnarrative": "S", "evidence": "We won"}],
            "voices": {"quoted_persons": ["Ann"], "note": "free text"},
        },
        tmp_path / "gold" / "g.json",
    )
    assert gold.article == tmp_path / "seed" / "a.txt"  # relative to the gold file's parent's parent
    assert gold.quotes[0].speaker_accept == ("Team",) and gold.quotes[0].optional
    assert gold.entities[0].names() == ("Ann", "Annie")
    assert gold.citations[0].state_affiliated is False
    assert gold.techniques[0].technique == "Slogans" and not gold.techniques[0].optional
    assert gold.headings == ["H"] and gold.stated_reading_minutes == 3
    assert gold.quoted_persons == ["Ann"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "one JSON object"),
        ({"language": "en"}, "names no article"),
        ({"article": "a.txt", "quotes": {"text": "x"}}, "'quotes' must be a list of objects"),
        ({"article": "a.txt", "quotes": [{"kind": "direct"}]}, r"quotes\[0\]: 'text' must be a non-empty string"),
        ({"article": "a.txt", "entities": [{"name": "A", "aliases": "B"}]}, "expected a list of strings"),
        ({"article": "a.txt", "stated_reading_time_minutes": "2"}, "must be an integer"),
    ],
)
def test_malformed_gold_is_a_one_line_data_error(tmp_path, data, message):
    with pytest.raises(DataError, match=message) as info:
        parse_gold(data, tmp_path / "g.json")
    assert "\n" not in str(info.value)


def test_unreadable_gold_files_are_data_errors(tmp_path):
    with pytest.raises(DataError, match="no such gold file"):
        read_gold(tmp_path / "missing.json")
    with pytest.raises(DataError, match="not JSON"):
        read_gold(_write(tmp_path / "bad.json", "{oops"))


def test_absolute_article_path_is_used_as_given(tmp_path):
    article = _write(tmp_path / "elsewhere" / "a.txt", "Title\n\nBody.")
    gold = read_gold(_write(tmp_path / "x" / "y" / "g.json", {"article": str(article)}))
    assert article_file(gold) == article


def test_missing_article_file_is_a_data_error(tmp_path):
    gold = read_gold(_write(tmp_path / "gold" / "g.json", {"article": "seed/none.txt"}))
    with pytest.raises(DataError, match="not found"):
        article_file(gold)


def test_url_only_gold_reads_the_saved_copy_by_hash_or_last_segment(tmp_path):
    url = "https://news.example/2024/06/bridge-falls"
    texts = tmp_path / "texts"
    gold = read_gold(_write(tmp_path / "gold" / "g.json", {"url": url}))
    with pytest.raises(DataError, match="pass --texts DIR"):
        article_file(gold)
    with pytest.raises(DataError, match="no saved copy"):
        article_file(gold, texts)
    by_slug = _write(texts / "bridge-falls.html", "<p>x</p>")
    assert article_file(gold, texts) == by_slug
    by_hash = _write(texts / (hashlib.sha256(url.encode()).hexdigest() + ".txt"), "x")
    assert article_file(gold, texts) == by_hash  # the hash names the copy unambiguously: it wins
