"""An ``Analysis`` rebuilt from the JSON record the corpus stores, so stored articles render like fresh ones."""

from __future__ import annotations

import json
from typing import Any

from fonte.model import (
    Analysis, Article, Citation, Entity, Mention, Narrative, Outlet, Quote, Source, Span, Speaker, Technique,
)


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def _outlet(d: dict[str, Any]) -> Outlet:
    return Outlet(**{k: d.get(k) for k in ("name", "domain", "country", "state_affiliated", "typology", "kind")})


def analysis_from_record(record: dict[str, Any], sentences: str | None = None, words: int | None = None) -> Analysis:
    """The analysis a record of ``docs/analysis-json.md`` describes; ``sentences`` is the store's JSON list."""
    text = record["text"]
    title = record.get("title")
    # The record keeps the title's text only; extraction puts it first, so look for it there.
    title_start = text.find(title) if title else -1
    reading = record.get("reading_time") or {}
    article = Article(
        text=text,
        source=Source(**(record.get("source") or {})),
        title=Span(title_start, title_start + len(title), title) if title_start >= 0 else None,
        headings=[_span(h) for h in record.get("headings", [])],
        paragraphs=[Span(p["start"], p["end"], text[p["start"] : p["end"]]) for p in record.get("paragraphs", [])],
        published=record.get("published"),
        author=record.get("author"),
        stated_reading_minutes=reading.get("stated_minutes"),
    )
    return Analysis(
        article=article,
        language=record.get("language") or "und",
        sentences=[Span(s, e, text[s:e]) for s, e in json.loads(sentences)] if sentences else [],
        words=words if words is not None else reading.get("words", 0),
        reading_time=reading,
        readability=record.get("readability"),
        outlet=_outlet(record["outlet"]) if record.get("outlet") else None,
        entities=[
            Entity(
                name=e["name"], type=e["type"], wikidata=e.get("wikidata"), iso=e.get("iso"),
                mentions=[Mention(m["start"], m["end"], m["text"]) for m in e.get("mentions", [])],
                confidence=e.get("confidence", 1.0), by=e.get("by", ""), country=e.get("country"),
            )
            for e in record.get("entities", [])
        ],
        quotes=[
            Quote(
                kind=q["kind"], text=q["text"], start=q["start"], end=q["end"],
                speaker=Speaker(**q["speaker"]) if q.get("speaker") else None,
                speaker_mention=_span(q.get("speaker_mention")), cue=_span(q.get("cue")),
                confidence=q.get("confidence", 0.5), by=q.get("by", ""),
            )
            for q in record.get("quotes", [])
        ],
        citations=[
            Citation(_outlet(c["outlet"]), c["text"], c["start"], c["end"], c.get("confidence", 0.8), c.get("by", ""))
            for c in record.get("citations", [])
        ],
        techniques=[
            Technique(t["technique"], t["text"], t["start"], t["end"], t["confidence"], t.get("explanation", ""), t.get("by", ""))
            for t in record.get("techniques", [])
        ],
        narratives=[
            Narrative(
                n["narrative"], n.get("subnarrative"), [_span(e) for e in n.get("evidence", [])],
                n.get("confidence", 0.5), n.get("explanation", ""), n.get("by", ""),
            )
            for n in record.get("narratives", [])
        ],
        frames=record.get("frames", []),
        voices=record.get("voices", {}),
        summary=record.get("summary", []),
        warnings=record.get("warnings", []),
    )
