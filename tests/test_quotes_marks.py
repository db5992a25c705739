"""Pairing quotation marks: styles, paragraphs, broken input, linear time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.quote_marks import scan
from fonte.model import Span
from quotes_builder import analysed


def blocks_of(text: str) -> list[Span]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append(Span(pos, pos + len(part), part))
        pos += len(part) + 2
    return spans


def inner(text: str) -> list[str]:
    found, _ = scan(text, blocks_of(text))
    return [text[q.start : q.end] for q in found]


def test_quotes_marks_pairs_every_style() -> None:
    text = "“a b” «c d» „e f“ »g h« \"i j\" ‘k l’ ‚m n‘ ”o p”"
    assert inner(text) == ["a b", "c d", "e f", "g h", "i j", "k l", "m n", "o p"]


def test_quotes_marks_apostrophes_are_not_quotation_marks() -> None:
    assert inner("L’Ucraina e l'Italia, the leaders’ club and don't.") == []


def test_quotes_marks_nested_quote_is_kept_inside_the_outer_one() -> None:
    found, _ = scan("“He said ‘no’ twice”", blocks_of("“He said ‘no’ twice”"))
    assert sorted((q.depth, q.end - q.start) for q in found) == [(0, 18), (1, 2)]


def test_quotes_marks_unclosed_quote_warns_and_runs_to_the_paragraph_end() -> None:
    text = "Lei ha detto: “Non è finita qui.\n\nAltro paragrafo senza virgolette."
    found, warnings = scan(text, blocks_of(text))
    assert [text[q.start : q.end] for q in found] == ["Non è finita qui."]
    assert found[0].close_at is None and len(warnings) == 1


def test_quotes_marks_ten_thousand_marks_finish_with_warnings_not_a_hang() -> None:
    body = " ".join(["«"] * 5000 + ["“a” b"] * 2500 + ["\""] * 2500)
    a = analysed("T\n\n" + body, "it")
    assert a.warnings and all(w.startswith("quotes:") for w in a.warnings) and len(a.warnings) <= 6


def test_quotes_marks_many_short_quotes_in_many_paragraphs() -> None:
    text = "T\n\n" + "\n\n".join("“Siamo pronti a tutto oggi”, ha detto Anna." for _ in range(3000))
    assert len(analysed(text, "it").quotes) == 3000


def test_quotes_marks_article_that_is_one_long_quotation() -> None:
    body = "“" + " ".join(["Una parola detta con calma."] * 2000) + "”"
    a = analysed("T\n\n" + body, "it")
    assert len(a.quotes) == 1 and a.quotes[0].text.startswith("Una parola")


def test_quotes_marks_mixed_scripts() -> None:
    text = "«Мы готовы» и “we are ready” 和 「不」 — “نعم”"
    assert inner(text) == ["Мы готовы", "we are ready", "نعم"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab “”«»„\"'’‘,.\n", max_size=200))
def test_quotes_marks_spans_stay_inside_their_paragraph(text: str) -> None:
    blocks = blocks_of(text)
    found, _ = scan(text, blocks)
    for q in found:
        assert q.start < q.end
        assert any(b.start <= q.start and q.end <= b.end for b in blocks)
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
