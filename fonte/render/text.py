"""The terminal report: header, then one section per kind of finding (rich tables)."""

from __future__ import annotations

from io import StringIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from fonte import taxonomy
from fonte.model import Analysis
from fonte.render import report

WIDTH = 100


def _table(title: str, *columns: str) -> Table:
    # A blank first line in the title keeps sections apart.
    table = Table(title=f"\n{title}", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _bullets(items: list[Text], marker: str = "•") -> Table:
    """A bulleted list whose wrapped lines stay indented under their item."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column()
    for item in items:
        grid.add_row(marker, item)
    return grid


def _section(console: Console, title: str, body: Table, style: str = "bold") -> None:
    console.print()
    console.print(Text(title, style=style))
    console.print(body)


def render_text(analysis: Analysis, color: bool = False) -> str:
    """A readable report for a terminal; ANSI colours only when ``color``."""
    console = Console(
        file=StringIO(),
        force_terminal=color,
        color_system="standard" if color else None,
        width=WIDTH,
        highlight=False,
        emoji=False,
    )
    # Article content goes through Text objects: rich markup in an article ("[bold]") stays literal.
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    for label, value in report.header_facts(analysis):
        header.add_row(label, Text(value))
    console.print(header)

    speakers = report.speaker_rows(analysis)
    if speakers:
        table = _table("Voices", "speaker", "quotes", "words", "side")
        for s in speakers:
            table.add_row(Text(s.name), str(s.quotes), str(s.words), Text(s.side or ""))
        console.print(table)
        note = report.voices_note(analysis)
        if note:
            console.print(Text(note, style="yellow"))

    if analysis.quotes:
        table = _table("Quotes", "kind", "speaker", "cue", "text")
        for q in analysis.quotes:
            cue = q.cue.text if q.cue else ""
            table.add_row(q.kind, Text(report.speaker_name(q)), Text(cue), Text(report.shorten(q.text)))
        console.print(table)

    if analysis.citations:
        table = _table("Citations", "outlet", "country", "state-affiliated", "text")
        for c in analysis.citations:
            flag = Text("yes", style="bold red") if c.outlet.state_affiliated else Text("no" if c.outlet.state_affiliated is False else "?")
            table.add_row(Text(c.outlet.name), Text(c.outlet.country or ""), flag, Text(report.shorten(c.text)))
        console.print(table)

    if analysis.entities:
        table = _table("Entities", "name", "type", "id", "mentions")
        for e in sorted(analysis.entities, key=lambda e: -len(e.mentions)):
            table.add_row(Text(e.name), e.type, Text(report.entity_id(e.wikidata, e.iso)), str(len(e.mentions)))
        console.print(table)

    if analysis.techniques:
        table = _table("Techniques", "technique", "category", "count")
        for t in report.technique_counts(analysis):
            table.add_row(t.name, t.category_name, str(t.count))
        console.print(table)
        console.print(Text(report.coverage_line(analysis)))
        items = []
        for t in sorted(analysis.techniques, key=lambda t: t.start):
            line = Text(taxonomy.technique(t.technique).name, style="magenta")
            line.append(f" “{report.shorten(t.text, 60)}”")
            if t.explanation:
                line.append(f" — {t.explanation}", style="dim")
            items.append(line)
        console.print(_bullets(items))

    if analysis.narratives:
        items = []
        for n in analysis.narratives:
            line = Text(n.narrative)
            if n.subnarrative:
                line.append(f": {n.subnarrative}")
            line.append(f" ({n.confidence:.2f})", style="dim")
            for ev in n.evidence:
                line.append(f"\n“{report.shorten(ev.text, 80)}”", style="dim")
            items.append(line)
        _section(console, "Narratives", _bullets(items))

    if analysis.summary:
        _section(console, "Summary", _bullets([Text(s) for s in analysis.summary]))

    if analysis.warnings:
        _section(console, "Warnings", _bullets([Text(w, style="yellow") for w in analysis.warnings], "!"), style="bold yellow")
    out: str = console.file.getvalue()  # type: ignore[attr-defined]
    # Without colour, rich pads table cells to the full width; trailing blanks only get in the way.
    return out if color else "\n".join(line.rstrip() for line in out.split("\n"))
