"""One self-contained HTML page per article: the text with every finding highlighted in place.

``article_context`` builds everything the templates need; the web UI calls it too, and its article
page draws the text and the side panel with the same macros (``report_macros.html``) and CSS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from fonte import taxonomy
from fonte.model import Analysis
from fonte.render import report
from fonte.render.layers import Mark, Segment, split

# A block is a run of non-empty lines; extraction separates title, headings and paragraphs by blank lines.
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass
class Finding:
    """One highlighted finding, as the page's script and tooltips see it."""

    kind: str  # technique | quote | citation | entity | narrative
    label: str
    start: int
    end: int
    text: str
    tip: str  # one line for the hover tooltip
    detail: dict[str, Any] = field(default_factory=dict)  # shown on click
    css: str = ""  # class the highlighted text gets

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "start": self.start, "end": self.end, "text": self.text, "tip": self.tip, "detail": self.detail}


def _findings(analysis: Analysis) -> list[Finding]:
    found: list[Finding] = []
    for t in analysis.techniques:
        info = taxonomy.technique(t.technique)
        detail = {"category": info.category_name, "definition": info.definition, "explanation": t.explanation, "confidence": round(t.confidence, 2), "by": t.by}
        tip = f"{info.name} ({info.category_name})" + (f": {t.explanation}" if t.explanation else "")
        found.append(Finding("technique", info.name, t.start, t.end, t.text, tip, detail, f"t-{info.category}"))
    for q in analysis.quotes:
        who = report.speaker_name(q)
        detail = {"speaker": who, "cue": q.cue.text if q.cue else None, "confidence": round(q.confidence, 2), "by": q.by}
        found.append(Finding("quote", f"{q.kind} quote", q.start, q.end, q.text, f"{q.kind} quote — {who}", detail, "quote"))
    for c in analysis.citations:
        o = c.outlet
        state = " — state-affiliated" if o.state_affiliated else ""
        detail = {"outlet": o.name, "country": o.country, "state_affiliated": o.state_affiliated, "typology": o.typology, "confidence": round(c.confidence, 2), "by": c.by}
        css = "citation state" if o.state_affiliated else "citation"
        found.append(Finding("citation", f"cites {o.name}", c.start, c.end, c.text, f"cites {o.name}{state}", detail, css))
    for e in analysis.entities:
        ident = report.entity_id(e.wikidata, e.iso)
        detail = {"name": e.name, "type": e.type, "wikidata": e.wikidata, "iso": e.iso, "mentions": len(e.mentions), "by": e.by}
        for m in e.mentions:
            tip = f"{e.name} ({e.type}{', ' + ident if ident else ''})"
            found.append(Finding("entity", e.name, m.start, m.end, m.text, tip, detail, "entity"))
    for n in analysis.narratives:
        label = n.narrative + (f": {n.subnarrative}" if n.subnarrative else "")
        detail = {"explanation": n.explanation, "confidence": round(n.confidence, 2), "by": n.by}
        for ev in n.evidence:
            found.append(Finding("narrative", label, ev.start, ev.end, ev.text, f"narrative: {label}", detail, "narrative"))
    return found


def _blocks(analysis: Analysis, findings: list[Finding]) -> list[dict[str, Any]]:
    """The article's blocks (title, headings, paragraphs), each a list of highlighted segments."""
    a, text = analysis.article, analysis.text
    title_start = a.title.start if a.title else None
    heading_starts = {h.start for h in a.headings}
    spans = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
    cuts = [x for span in spans for x in span]
    segments = split(len(text), (Mark(f.start, f.end, i) for i, f in enumerate(findings)), cuts)
    # Where each finding begins: the anchor the side panel links to, and the speaker tag of a quote.
    first_segment: dict[int, int] = {}
    last_segment: dict[int, int] = {}
    for k, seg in enumerate(segments):
        for fid in seg.fids:
            first_segment.setdefault(fid, k)
            last_segment[fid] = k

    blocks = []
    k = 0
    for start, end in spans:
        kind = "title" if start == title_start else "heading" if start in heading_starts else "paragraph"
        pieces = []
        while k < len(segments) and segments[k].start < end:
            seg = segments[k]
            if seg.start >= start:
                pieces.append(_segment(text, seg, k, findings, first_segment, last_segment))
            k += 1
        blocks.append({"kind": kind, "segments": pieces})
    return blocks


def _segment(
    text: str, seg: Segment, k: int, findings: list[Finding], first_segment: dict[int, int], last_segment: dict[int, int]
) -> dict[str, Any]:
    """One piece of text for the template, with the labels that open or close findings at it."""
    covering = [findings[i] for i in seg.fids]
    classes = sorted({cls for f in covering for cls in f.css.split()})
    if sum(1 for f in covering if f.kind == "technique") > 1:
        classes.append("multi")
    return {
        "text": text[seg.start : seg.end],
        "classes": " ".join(classes),
        "fids": " ".join(map(str, seg.fids)),
        "tip": "\n".join(dict.fromkeys(f.tip for f in covering)),
        "anchors": [i for i in seg.fids if first_segment[i] == k],
        "speakers": [findings[i].detail["speaker"] for i in seg.fids if first_segment[i] == k and findings[i].kind == "quote"],
        "badges": ["state media" for i in seg.fids if last_segment[i] == k and findings[i].kind == "citation" and findings[i].detail["state_affiliated"]],
    }


def _voices(analysis: Analysis) -> dict[str, Any]:
    rows = report.speaker_rows(analysis)
    total = sum(r.words for r in rows) or 1
    return {
        "speakers": [{"name": r.name, "quotes": r.quotes, "words": r.words, "side": r.side, "share": round(100 * r.words / total)} for r in rows],
        "sides": (analysis.voices or {}).get("sides") or {},
        "note": report.voices_note(analysis),
    }


def _narratives(analysis: Analysis, findings: list[Finding]) -> list[dict[str, Any]]:
    """Narratives with their evidence, each evidence linked to its highlighted finding."""
    evidence_fid = {(f.label, f.start, f.end): i for i, f in enumerate(findings) if f.kind == "narrative"}
    rows = []
    for n in analysis.narratives:
        label = n.narrative + (f": {n.subnarrative}" if n.subnarrative else "")
        evidence = [{"text": report.shorten(ev.text, 80), "fid": evidence_fid.get((label, ev.start, ev.end))} for ev in n.evidence]
        rows.append({"label": n.narrative, "sub": n.subnarrative, "confidence": round(n.confidence, 2), "explanation": n.explanation, "evidence": evidence})
    return rows


@cache
def static_text(name: str) -> str:
    """A file of ``fonte/render/static`` (CSS, JS) as text."""
    return resources.files("fonte.render").joinpath("static", name).read_text(encoding="utf-8")


def article_context(analysis: Analysis) -> dict[str, Any]:
    """Everything ``article.html`` shows about one analysis; article text is left raw for autoescape."""
    findings = _findings(analysis)
    rt = analysis.reading_time or {}
    return {
        "title": analysis.article.title.text if analysis.article.title else "Analysis",
        "language": analysis.language,
        "facts": report.header_facts(analysis)[1:],
        "reading": {"measured": rt.get("minutes"), "stated": rt.get("stated_minutes", analysis.article.stated_reading_minutes), "words": analysis.words},
        "blocks": _blocks(analysis, findings),
        "findings": [f.to_dict() for f in findings],
        "voices": _voices(analysis),
        "techniques": report.technique_counts(analysis),
        "categories": report.category_counts(analysis),
        "coverage": report.technique_coverage(analysis),
        "narratives": _narratives(analysis, findings),
        "citations": [{"outlet": c.outlet.name, "country": c.outlet.country, "state": c.outlet.state_affiliated} for c in analysis.citations],
        "entities": sorted(analysis.entities, key=lambda e: -len(e.mentions)),
        "summary": analysis.summary,
        "warnings": analysis.warnings,
        "inline_css": static_text("report.css"),
        "inline_js": static_text("report.js"),
    }


@cache
def environment() -> Environment:
    """The jinja2 environment of fonte's templates, autoescaping everything."""
    return Environment(
        loader=PackageLoader("fonte.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(analysis: Analysis) -> str:
    """A self-contained page (inline CSS and JS, no external resources) for one analysis."""
    return environment().get_template("article.html").render(**article_context(analysis))
