"""The analysis record validates against fonte's JSON Schema and its offsets point into its text."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import fonte
from fonte.cli import main

SCHEMA = json.loads(resources.files("fonte").joinpath("data", "analysis.schema.json").read_text(encoding="utf-8"))
EXAMPLES = ["sciopero-porto.it.txt", "harbour-strike.en.txt"]


def _spans(record: dict):
    """Every (text, start, end) the record claims, with where it was found."""
    for h in record["headings"]:
        yield "heading", h
    for e in record["entities"]:
        for m in e["mentions"]:
            yield f"entity {e['name']}", m
    for q in record["quotes"]:
        yield "quote", q
        for part in ("speaker_mention", "cue"):
            if q[part]:
                yield f"quote {part}", q[part]
    for kind in ("citations", "techniques"):
        for item in record[kind]:
            yield kind, item


def _check(record: dict) -> None:
    jsonschema.validate(record, SCHEMA)
    text = record["text"]
    for where, span in _spans(record):
        assert text[span["start"] : span["end"]] == span["text"], where
    for n in record["narratives"]:
        for ev in n["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(text)


def test_record_of_the_seed_validates_and_has_its_structure(shared, capsys):
    assert main(["analyze", str(shared / "seed" / "article.it.txt"), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    _check(record)
    assert record["language"] == "it"
    assert record["title"] == "Vladimir Putin e Kim Jong-un firmano il patto di difesa reciproca"
    assert len(record["headings"]) == 3
    assert record["reading_time"]["stated_minutes"] == 2
    assert abs(record["reading_time"]["minutes"] - 2) <= 0.5


@pytest.mark.parametrize("name", EXAMPLES)
def test_record_of_the_bundled_examples_validates(name):
    text = resources.files("fonte").joinpath("examples", name).read_text(encoding="utf-8")
    record = fonte.analyze_text(text).to_dict()
    _check(record)
    assert record["quotes"] and record["entities"] and record["citations"]


def test_record_schema_rejects_a_finding_without_producer():
    record = fonte.analyze_text("Prova di titolo\n\nIl ministro ha detto che la riforma è una vergogna assoluta.").to_dict()
    record["techniques"] = [{"technique": "Loaded_Language", "text": "vergogna", "start": 0, "end": 8,
                             "confidence": 0.5, "explanation": "loaded"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)
