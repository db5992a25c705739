"""The report as Markdown: the same sections as the terminal report, tables where they fit."""

from __future__ import annotations

import html

from fonte.model import Analysis
from fonte.render import report


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: no HTML, no table breaks, no emphasis or links."""
    flat = " ".join(text.split())
    flat = html.escape(flat, quote=False)  # a Markdown viewer would otherwise render raw HTML
    for ch in "\\`*_[]|#":
        flat = flat.replace(ch, "\\" + ch)
    return flat


def _table(columns: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def render_markdown(analysis: Analysis) -> str:
    """A Markdown report of one analysis."""
    a = analysis.article
    out = [f"# {md_escape(a.title.text) if a.title else 'Analysis'}", ""]
    out += [f"- **{label}:** {md_escape(value)}" for label, value in report.header_facts(analysis)[1:]]
    out.append("")

    speakers = report.speaker_rows(analysis)
    if speakers:
        out += ["## Voices", ""]
        out += _table(
            ["speaker", "quotes", "words", "side"],
            [[md_escape(s.name), str(s.quotes), str(s.words), md_escape(s.side or "")] for s in speakers],
        )
        note = report.voices_note(analysis)
        if note:
            out += [f"> {md_escape(note)}", ""]

    if analysis.quotes:
        out += ["## Quotes", ""]
        out += _table(
            ["kind", "speaker", "cue", "text"],
            [
                [q.kind, md_escape(report.speaker_name(q)), md_escape(q.cue.text if q.cue else ""), md_escape(report.shorten(q.text))]
                for q in analysis.quotes
            ],
        )

    if analysis.citations:
        out += ["## Citations", ""]
        flag = {True: "**yes**", False: "no", None: "?"}
        out += _table(
            ["outlet", "country", "state-affiliated", "text"],
            [
                [md_escape(c.outlet.name), md_escape(c.outlet.country or ""), flag[c.outlet.state_affiliated], md_escape(report.shorten(c.text))]
                for c in analysis.citations
            ],
        )

    if analysis.entities:
        out += ["## Entities", ""]
        out += _table(
            ["name", "type", "id", "mentions"],
            [
                [md_escape(e.name), e.type, report.entity_id(e.wikidata, e.iso), str(len(e.mentions))]
                for e in sorted(analysis.entities, key=lambda e: -len(e.mentions))
            ],
        )

    if analysis.techniques:
        out += ["## Techniques", ""]
        out += _table(
            ["technique", "category", "count"],
            [[t.name, t.category_name, str(t.count)] for t in report.technique_counts(analysis)],
        )
        out += [report.coverage_line(analysis) + ".", ""]
        for t in sorted(analysis.techniques, key=lambda t: t.start):
            line = f"- `{t.technique}` “{md_escape(report.shorten(t.text, 60))}”"
            if t.explanation:
                line += f" — {md_escape(t.explanation)}"
            out.append(line)
        out.append("")

    if analysis.narratives:
        out += ["## Narratives", ""]
        for n in analysis.narratives:
            sub = f": {md_escape(n.subnarrative)}" if n.subnarrative else ""
            out.append(f"- **{md_escape(n.narrative)}**{sub} ({n.confidence:.2f})")
            out += [f"  - “{md_escape(report.shorten(ev.text, 80))}”" for ev in n.evidence]
        out.append("")

    if analysis.summary:
        out += ["## Summary", ""] + [f"- {md_escape(s)}" for s in analysis.summary] + [""]

    if analysis.warnings:
        out += ["## Warnings", ""] + [f"- {md_escape(w)}" for w in analysis.warnings] + [""]
    return "\n".join(out)
