"""Every renderer on a hand-built analysis with overlapping findings and hostile article text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from fonte.errors import UsageError
from fonte.extract.structure import assemble
from fonte.model import Analysis, Citation, Entity, Mention, Narrative, Outlet, Quote, Source, Speaker, Span, Technique
from fonte.render import FORMATS, render
from fonte.render.html import article_context

TITLE = "Minister <script>alert(1)</script> speaks"
BODY = (
    "The minister said: “We will never surrender to the \"><img src=x onerror=alert(1)> hysterical mob.” "
    "according to Agency News [red]."
)
HEADING = "Reactions | abroad"


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture
def analysis() -> Analysis:
    article = assemble(TITLE, [("paragraph", BODY), ("heading", HEADING), ("paragraph", "Jane Roe left.")], Source(path="a.txt"))
    an = Analysis(article=article, language="en", words=31)
    text = an.text
    an.reading_time = {"minutes": 0.2, "words": 31, "words_per_minute": 200, "stated_minutes": 3}

    def technique(label: str, part: str, explanation: str = "why") -> Technique:
        s, e = _at(text, part)
        return Technique(label, part, s, e, 0.7, explanation, "rule:test")

    an.techniques = [
        technique("Loaded_Language", "hysterical", "an emotionally [red]charged[/red] adjective"),
        technique("Name_Calling-Labeling", "hysterical mob"),
        technique("Slogans", "We will never surrender"),
        technique("Repetition", TITLE),
    ]
    qs, qe = _at(text, "We will never")
    qe = text.index("mob.") + len("mob.")
    cue = _at(text, "said")
    an.quotes = [Quote("direct", text[qs:qe], qs, qe, Speaker("Jane | Roe"), None, Span(*cue, "said"), 0.9, "rule:quote")]
    cs, ce = _at(text, "according to Agency News")
    an.citations = [Citation(Outlet("Agency News", country="RU", state_affiliated=True), text[cs:ce], cs, ce, 0.8, "rule:cite")]
    roe = [Mention(*_at(text, "Jane Roe"), "Jane Roe")]
    an.entities = [Entity("Jane Roe", "person", None, None, roe, 0.9, "kb"), Entity("Russia", "country", "Q159", "RU", [], 0.9, "kb")]
    ns, ne = _at(text, "surrender to the")
    ne = cs + len("according")
    an.narratives = [Narrative("The enemy is weak", None, [an.span(ns, ne)], 0.6, "cue words", "rule:narr")]
    an.summary = ["quotes one side only [bold]"]
    an.warnings = ["analyser x failed: <b>boom</b>"]
    for finding in an.techniques + an.quotes + an.citations:
        assert text[finding.start : finding.end] == finding.text
    return an


def test_json_is_one_line_holding_the_record(analysis):
    out = render(analysis, "json")
    assert "\n" not in out
    assert json.loads(out) == analysis.to_dict()
    assert "“We will" in out  # not \u201c-escaped


def test_text_report_has_every_section_and_no_colour_by_default(analysis):
    out = render(analysis, "text")
    for section in ("Voices", "Quotes", "Citations", "Entities", "Techniques", "Narratives", "Summary", "Warnings"):
        assert section in out
    assert "\x1b[" not in out
    assert "Jane | Roe" in out and "Agency News" in out and "Q159 / RU" in out
    assert "0.2 min measured, 3 min stated" in out
    assert "[bold]" in out and "[red]charged[/red]" in out  # rich markup in article content stays literal
    assert max(len(line) for line in out.splitlines()) <= 100


def test_text_report_colours_only_when_asked(analysis):
    assert "\x1b[" in render(analysis, "text", color=True)


def test_markdown_escapes_html_and_table_breaks(analysis):
    out = render(analysis, "markdown")
    assert out.startswith("# Minister &lt;script&gt;alert(1)&lt;/script&gt; speaks")
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "| direct | Jane \\| Roe | said |" in out
    assert "## Techniques" in out and "| Loaded language | Manipulative wording | 1 |" in out
    assert "- **Reading time:** 0.2 min measured, 3 min stated" in out


class _ArticleText(HTMLParser):
    """The visible article text of a page, without the speaker tags and badges fonte adds."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element: is it an added label?
        self.in_article = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.in_article = True
        elif self.in_article and tag != "a":
            cls = dict(attrs).get("class") or ""
            self.stack.append("speaker-tag" in cls or "badge" in cls)

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False
        elif self.in_article and tag != "a":
            self.stack.pop()

    def handle_data(self, data):
        if self.in_article and self.stack and not any(self.stack):
            self.parts.append(data)


def test_html_escapes_all_article_content(analysis):
    page = render(analysis, "html")
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "<b>boom" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert len(re.findall(r"<script\b", page)) == 2  # the findings data and fonte's own script
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)  # nothing external


def test_html_findings_data_cannot_close_its_script_element(analysis):
    page = render(analysis, "html")
    data = page.split('id="fonte-findings">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    findings = json.loads(data)
    assert any(f["text"] == TITLE for f in findings)


def test_html_keeps_the_article_text_whole_despite_overlaps(analysis):
    parser = _ArticleText()
    parser.feed(render(analysis, "html"))
    a = analysis.article
    blocks = sorted([a.title, *a.paragraphs, *a.headings], key=lambda span: span.start)
    assert "".join(parser.parts) == "".join(b.text for b in blocks)


def test_html_segment_carries_every_finding_covering_it(analysis):
    ctx = article_context(analysis)
    segs = [s for b in ctx["blocks"] for s in b["segments"]]
    word = next(s for s in segs if s["text"] == "hysterical")
    classes = word["classes"].split()
    assert {"quote", "t-manipulative_wording", "t-attack_on_reputation", "multi", "narrative"} <= set(classes)
    kinds = sorted(ctx["findings"][int(i)]["kind"] for i in word["fids"].split())
    assert kinds == ["narrative", "quote", "technique", "technique"]
    assert "Loaded language (Manipulative wording)" in word["tip"]


def test_html_marks_speaker_and_state_affiliation(analysis):
    ctx = article_context(analysis)
    segs = [s for b in ctx["blocks"] for s in b["segments"]]
    quote_start = next(s for s in segs if s["text"].startswith("We will"))
    assert quote_start["speakers"] == ["Jane | Roe"]
    assert sum(len(s["badges"]) for s in segs) == 1
    assert segs[[s["badges"] for s in segs].index(["state media"])]["text"].endswith("Agency News")
    assert [b["kind"] for b in ctx["blocks"]] == ["title", "paragraph", "heading", "paragraph"]


def test_html_side_panel_reports_balance_counts_and_reading_time(analysis):
    page = render(analysis, "html")
    assert "3 min stated, 0.2 min measured" in page
    assert 'class="reading mismatch"' in page
    assert "The enemy is weak" in page and 'href="#f' in page
    assert "Attack on reputation <b>1</b>" in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_analysis_without_findings(fmt):
    an = Analysis(article=assemble(None, [("paragraph", "Nothing to see.")], Source()), language="en")
    out = render(an, fmt)
    if fmt in ("json", "html"):
        assert "Nothing to see." in out
    else:
        assert "(no title)" in out or "# Analysis" in out
        assert "Quotes" not in out


def test_unknown_format_is_a_usage_error(analysis):
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        render(analysis, "pdf")


def test_html_finding_across_blocks_is_highlighted_in_each_block():
    article = assemble("Storm hits coast", [("paragraph", "Roads closed. Schools shut.")], Source())
    an = Analysis(article=article, language="en")
    end = an.text.index("Roads closed.") + len("Roads closed.")
    an.narratives = [Narrative("Disaster", None, [an.span(6, end)], 0.5, "", "rule:test")]
    blocks = article_context(an)["blocks"]
    assert [[s["text"] for s in b["segments"] if s["fids"]] for b in blocks] == [["hits coast"], ["Roads closed."]]
    assert [s["anchors"] for s in blocks[0]["segments"]] == [[], [0]]  # the link target: where it begins


def test_reports_state_the_share_of_text_techniques_cover():
    article = assemble(None, [("paragraph", "abcdefghij")], Source())  # 10 characters
    an = Analysis(article=article, language="en")
    an.techniques = [Technique("Doubt", "abcd", 0, 4, 0.5, "", "t"), Technique("Slogans", "cdef", 2, 6, 0.5, "", "t")]
    assert "techniques cover 60.0% of the text" in render(an, "text")
    assert "techniques cover 60.0% of the text." in render(an, "markdown")
    assert "They cover 60.0% of the text." in render(an, "html")
