"""The data model every stage shares: what comes in, what is found, what goes out.

Offsets are Python ``str`` indices (code points) into ``Article.text``, end exclusive.
``Analysis.to_dict()`` produces the public record of ``docs/analysis-json.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Source:
    """Where an article came from."""

    path: str | None = None
    url: str | None = None
    sha256: str | None = None


@dataclass
class RawDocument:
    """An input before extraction: bytes (or text) plus where it came from."""

    data: bytes | str
    source: Source
    kind: str = "text"  # text | html | xml (a feed, from a URL)
    # Metadata a container (JSONL, feed, WARC) already knows.
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    charset: str | None = None  # the encoding the transport declared (HTTP Content-Type), if any
    # When a crawler fetched the page (WARC-Date): the publication date only when the page states none.
    crawled: str | None = None


@dataclass
class Article:
    """An extracted article. ``text`` is fixed from here on: every offset points into it."""

    text: str
    source: Source = field(default_factory=Source)
    title: Span | None = None
    headings: list[Span] = field(default_factory=list)
    # Body paragraphs (title and headings excluded), in reading order.
    paragraphs: list[Span] = field(default_factory=list)
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    stated_reading_minutes: int | None = None
    language_hint: str | None = None


@dataclass
class Outlet:
    name: str
    domain: str | None = None
    country: str | None = None
    state_affiliated: bool | None = None
    typology: str | None = None  # State Media Monitor code (SC, CaPu, ...) when known
    kind: str | None = None  # agency | newspaper | broadcaster | website | ...

    def to_dict(self) -> dict[str, Any]:
        # Fields by hand, not asdict(): its deep copy took half the time of Analysis.to_dict.
        d = {"name": self.name, "domain": self.domain, "country": self.country,
             "state_affiliated": self.state_affiliated, "typology": self.typology, "kind": self.kind}
        return {k: v for k, v in d.items() if v is not None or k == "name"}


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    name: str
    type: str  # person | organization | country | location | other
    wikidata: str | None = None
    iso: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0
    by: str = ""
    country: str | None = None  # ISO code of the state a person or organisation acts for

    def to_dict(self) -> dict[str, Any]:
        d = {
            "name": self.name,
            "type": self.type,
            "wikidata": self.wikidata,
            "iso": self.iso,
            "mentions": [m.to_dict() for m in self.mentions],
            "confidence": round(self.confidence, 3),
            "by": self.by,
        }
        if self.country:
            d["country"] = self.country
        return d


@dataclass
class Speaker:
    name: str
    wikidata: str | None = None
    type: str | None = None  # person | organization | country
    side: str | None = None  # ISO country code or organisation the speaker speaks for

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "wikidata": self.wikidata}
        if self.type:
            d["type"] = self.type
        if self.side:
            d["side"] = self.side
        return d


@dataclass
class Quote:
    kind: str  # direct | partial | indirect
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    confidence: float = 0.5
    by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "confidence": round(self.confidence, 3),
            "by": self.by,
        }


@dataclass
class Citation:
    outlet: Outlet
    text: str
    start: int
    end: int
    confidence: float = 0.8
    by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet.to_dict(),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "by": self.by,
        }


@dataclass
class Technique:
    technique: str  # a SemEval-2023 Task 3 label, spelled as there
    text: str
    start: int
    end: int
    confidence: float
    explanation: str
    by: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "technique": self.technique,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "explanation": self.explanation,
            "by": self.by,
        }


@dataclass
class Narrative:
    narrative: str
    subnarrative: str | None
    evidence: list[Span]
    confidence: float = 0.5
    explanation: str = ""
    by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "narrative": self.narrative,
            "subnarrative": self.subnarrative,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "explanation": self.explanation,
            "by": self.by,
        }


@dataclass
class Analysis:
    """An article and everything the analysers found in it."""

    article: Article
    language: str = "und"
    language_confidence: float = 0.0
    sentences: list[Span] = field(default_factory=list)
    words: int = 0
    reading_time: dict[str, Any] = field(default_factory=dict)
    readability: dict[str, Any] | None = None
    outlet: Outlet | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)
    frames: list[dict[str, Any]] = field(default_factory=list)
    genre: dict[str, Any] | None = None  # {"genre", "confidence", "by"} when a genre model ran
    voices: dict[str, Any] = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        """A span of the analysed text."""
        return Span(start, end, self.article.text[start:end])

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "schema_version": SCHEMA_VERSION,
            "source": asdict(a.source),
            "language": self.language,
            "title": a.title.text if a.title else None,
            "text": a.text,
            "headings": [h.to_dict() for h in a.headings],
            "paragraphs": [{"start": p.start, "end": p.end} for p in a.paragraphs],
            "published": a.published,
            "author": a.author,
            "outlet": self.outlet.to_dict() if self.outlet else None,
            "reading_time": self.reading_time,
            "readability": self.readability,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "citations": [c.to_dict() for c in self.citations],
            "techniques": [t.to_dict() for t in self.techniques],
            "narratives": [n.to_dict() for n in self.narratives],
            "frames": self.frames,
            "genre": self.genre,
            "voices": self.voices,
            "summary": self.summary,
            "warnings": self.warnings,
        }
