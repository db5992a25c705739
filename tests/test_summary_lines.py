"""The article summary and the technique overview, on analyses built by hand."""

from __future__ import annotations

from fonte.analyze import summary
from fonte.model import Analysis, Article, Citation, Narrative, Outlet, Span, Technique

TEXT = "Un titolo ripetuto qui\n\nUn titolo ripetuto qui. Parole orribili e isteriche."


def _analysis() -> Analysis:
    a = Analysis(article=Article(text=TEXT, title=Span(0, 22, TEXT[:22])))
    body = TEXT.index("Un titolo ripetuto qui.")
    a.techniques = [
        Technique("Repetition", TEXT[:22], 0, 22, 0.6, "x", "rule:repeated-sentence"),
        Technique("Repetition", TEXT[body:body + 22], body, body + 22, 0.6, "x", "rule:repeated-sentence"),
        Technique("Loaded_Language", "orribili", TEXT.index("orribili"), TEXT.index("orribili") + 8, 0.5, "x", "r"),
        Technique("Loaded_Language", "orribili e isteriche", TEXT.index("orribili"), TEXT.index("orribili") + 20, 0.5, "x", "r"),
    ]
    return a


def test_summary_headline_repetition_and_loaded_words():
    lines = summary.summarise(_analysis())
    assert lines[0] == "repeats its headline 2 times"
    assert any(line.startswith("uses emotionally loaded wording (2)") and '"orribili"' in line for line in lines)


def test_summary_is_empty_and_calm_on_an_empty_analysis():
    a = Analysis(article=Article(text="Titolo"))
    assert summary.summarise(a) == []
    assert summary.technique_overview(a) == {"total": 0, "by_technique": {}, "by_category": {}, "share": 0.0}


def test_summary_one_sided_voices_and_state_media():
    a = Analysis(article=Article(text=TEXT))
    a.voices = {"speakers": [{"name": "Anna Verdi", "side": "AA", "kinds": {"direct": 2}},
                             {"name": "Paolo Neri", "side": "AA", "kinds": {"partial": 1}}], "one_sided": True}
    outlet = Outlet(name="RIA Novosti", state_affiliated=True)
    a.citations = [Citation(outlet, "RIA", 0, 3), Citation(outlet, "RIA", 5, 8),
                   Citation(Outlet(name="Reuters", state_affiliated=False), "Reuters", 9, 16)]
    lines = summary.summarise(a)
    assert "quotations come from one side only (AA)" in lines
    assert "all direct quotations come from 2 speakers (Anna Verdi, Paolo Neri)" in lines
    assert "cites state-affiliated media: RIA Novosti" in lines
    assert "cites: Reuters" in lines


def test_summary_dominant_side_when_not_one_sided():
    a = Analysis(article=Article(text=TEXT))
    a.voices = {"speakers": [{"name": "A", "side": "RU"}, {"name": "B", "side": "US"}], "sides": {"RU": 90, "US": 10},
                "one_sided": False}
    assert summary.summarise(a) == ["90% of quoted words come from one side (RU: A)"]


def test_summary_narratives_above_threshold_only():
    a = Analysis(article=Article(text=TEXT))
    a.narratives = [Narrative("Praise of Russia", "Praise of Russian military might", [Span(0, 2, "Un")], 0.6),
                    Narrative("Russia is the Victim", None, [Span(0, 2, "Un")], 0.2)]
    assert summary.summarise(a) == ['echoes the narrative "Praise of Russian military might" (Praise of Russia)']


def test_summary_overview_counts_and_union_share():
    overview = summary.technique_overview(_analysis())
    loaded = overview["by_technique"]["Loaded_Language"]
    assert loaded["count"] == 2
    assert loaded["share"] == round(20 / len(TEXT), 4)  # overlapping spans count once
    assert overview["by_technique"]["Repetition"]["share"] == round(44 / len(TEXT), 4)
    assert overview["total"] == 4
    assert sum(c["count"] for c in overview["by_category"].values()) == 4
