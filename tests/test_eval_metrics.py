"""Matching and scores on tiny hand-made gold/prediction pairs with known answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fonte.eval.gold import COMPONENTS, Gold, GoldCitation, GoldEntity, GoldNarrative, GoldQuote, GoldTechnique
from fonte.eval.metrics import Counts, Scores, occurrences, score, score_citations, score_entities, score_quotes, score_techniques
from fonte.extract.structure import assemble
from fonte.model import Analysis, Citation, Entity, Narrative, Outlet, Quote, Source, Speaker, Technique

TEXT = "The mayor said: “We will rebuild the bridge.” The opposition called it “a reckless gamble” and said the plan was doomed."


def _analysis(text: str = TEXT) -> Analysis:
    return Analysis(article=assemble(None, [("paragraph", text)], Source()), language="en")


def _gold(**parts) -> Gold:
    annotated = frozenset(k for k in parts if k in COMPONENTS)
    return Gold(path=Path("g.json"), language="en", article=None, url=None, annotated=annotated, **parts)


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _quote(kind: str, part: str, speaker: str | None) -> Quote:
    s, e = _at(TEXT, part)
    return Quote(kind, part, s, e, Speaker(speaker) if speaker else None, None, None, 0.9, "test")


def _technique(label: str, part: str, text: str = TEXT, nth: int = 0) -> Technique:
    s, e = _at(text, part, nth)
    return Technique(label, part, s, e, 0.5, "", "test")


def test_quotes_match_by_overlap_of_the_shorter_span():
    an = _analysis()
    an.quotes = [
        _quote("direct", "We will rebuild the bridge", "anna  BERG"),  # gold has the final stop too
        _quote("partial", "a reckless gamble", None),  # matches an optional gold quote
        _quote("indirect", "The opposition called it", "Opposition Party"),  # no gold: a false positive
    ]
    gold = _gold(
        quotes=[
            GoldQuote("direct", "We will rebuild the bridge.", "Anna Berg"),
            GoldQuote("direct", "a reckless gamble", "Opposition Party", optional=True),
            GoldQuote("indirect", "the plan was doomed", "Opposition Party"),
        ]
    )
    scores = Scores()
    score_quotes(an, gold, scores)
    q = scores.counts["quotes"]
    assert (q.pred_credit, q.pred, q.gold_credit, q.gold) == (2, 3, 1, 2)
    assert q.precision == pytest.approx(2 / 3)
    assert q.recall == pytest.approx(0.5)
    assert q.f1 == pytest.approx(4 / 7)
    assert (scores.ratios["quotes.speaker"].correct, scores.ratios["quotes.speaker"].total) == (1, 2)
    assert (scores.ratios["quotes.kind"].correct, scores.ratios["quotes.kind"].total) == (1, 2)
    # Direct and partial count as one class (quoted words): the partial one matched an optional direct gold.
    quoted, indirect = (scores.counts[f"quotes.{k}"] for k in ("quoted", "indirect"))
    assert (quoted.pred_credit, quoted.pred, quoted.gold_credit, quoted.gold) == (2, 2, 1, 1)
    assert (indirect.pred_credit, indirect.pred, indirect.gold_credit, indirect.gold) == (0, 1, 0, 1)


def test_quote_below_half_overlap_does_not_match():
    an = _analysis()
    an.quotes = [_quote("indirect", "and said the plan", None)]  # shares "the plan" (8 of 17 chars)
    scores = Scores()
    score_quotes(an, _gold(quotes=[GoldQuote("indirect", "the plan was doomed", None)]), scores)
    assert scores.counts["quotes"].pred_credit == 0


def test_speaker_accepts_listed_alternatives_and_entity_aliases():
    an = _analysis()
    an.quotes = [_quote("direct", "We will rebuild the bridge.", "City of Sample"), _quote("direct", "a reckless gamble", "A. Berg")]
    gold = _gold(
        quotes=[
            GoldQuote("direct", "We will rebuild the bridge.", "Anna Berg", speaker_accept=("City of Sample",)),
            GoldQuote("direct", "a reckless gamble", "Anna Berg"),
        ],
        entities=[GoldEntity("Anna Berg", "person", aliases=("A. Berg",))],
    )
    scores = Scores()
    score_quotes(an, gold, scores)
    assert scores.ratios["quotes.speaker"].accuracy == 1.0


def test_technique_span_credit_is_the_overlap_share():
    an = _analysis()
    an.techniques = [
        _technique("Loaded_Language", "a reckless"),  # 8 of its 10 chars inside the gold span
        _technique("Doubt", "doomed"),  # no gold of that label
        _technique("Slogans", "We will rebuild the bridge"),  # on an optional gold item
    ]
    gold = _gold(
        techniques=[
            GoldTechnique("Loaded_Language", "reckless gamble"),
            GoldTechnique("Slogans", "We will rebuild the bridge", optional=True),
        ]
    )
    scores = Scores()
    score_techniques(an, gold, scores)
    t = scores.counts["techniques"]
    assert (t.pred, t.gold) == (3, 1)
    assert t.pred_credit == pytest.approx(0.8 + 0 + 1)
    assert t.precision == pytest.approx(0.6)
    assert t.recall == pytest.approx(8 / 15)
    assert scores.counts["techniques.Loaded_Language"].precision == pytest.approx(0.8)
    assert scores.counts["techniques.Doubt"].precision == 0.0
    assert scores.counts["techniques.Doubt"].f1 is None  # no gold of that label: F1 undefined


def test_technique_label_must_match_except_in_the_any_label_score():
    an = _analysis()
    an.techniques = [_technique("Exaggeration-Minimisation", "reckless gamble")]
    scores = Scores()
    score_techniques(an, _gold(techniques=[GoldTechnique("Loaded_Language", "reckless gamble")]), scores)
    assert scores.counts["techniques"].f1 == 0.0
    assert scores.counts["techniques.any_label"].f1 == 1.0


def test_repeated_gold_text_is_found_at_any_occurrence():
    text = "Big win. Big win. Big win."
    an = _analysis(text)
    an.techniques = [_technique("Repetition", "Big win", text, nth=2)]
    scores = Scores()
    score_techniques(an, _gold(techniques=[GoldTechnique("Repetition", "Big win")]), scores)
    assert scores.counts["techniques"].f1 == 1.0


def test_gold_text_absent_from_the_article_is_reported_and_missed():
    an = _analysis()
    scores = Scores()
    score_techniques(an, _gold(techniques=[GoldTechnique("Doubt", "not in the text")]), scores)
    assert scores.not_found == ["technique: not in the text"]
    assert scores.counts["techniques"].recall == 0.0


def test_entities_by_name_or_alias_with_duplicates_and_links():
    an = _analysis()
    an.entities = [
        Entity("UK", "country", None, "GB"),
        Entity("united kingdom", "country", None, "GB"),  # the same gold entity again: not credited
        Entity("Rome", "location"),
        Entity("Anna Berg", "organization", "Q42"),
    ]
    gold = _gold(
        entities=[
            GoldEntity("United Kingdom", "country", iso="GB", aliases=("UK",)),
            GoldEntity("Anna Berg", "person", wikidata="Q43"),
            GoldEntity("Opposition Party", "organization", optional=True),
        ]
    )
    scores = Scores()
    score_entities(an, gold, scores)
    e = scores.counts["entities"]
    assert (e.pred_credit, e.pred, e.gold_credit, e.gold) == (2, 4, 2, 2)
    assert (scores.ratios["entities.link"].correct, scores.ratios["entities.link"].total) == (1, 2)
    assert (scores.ratios["entities.type"].correct, scores.ratios["entities.type"].total) == (1, 2)


def test_citation_of_the_annotated_place_is_chosen_among_repeats():
    text = "Agency X wrote first. Later, according to Agency X, the bridge fell."
    an = _analysis(text)
    s1, e1 = _at(text, "Agency X")
    s2, e2 = _at(text, "according to Agency X")
    an.citations = [
        Citation(Outlet("agency x", state_affiliated=None), text[s1:e1], s1, e1),
        Citation(Outlet("Agency X", state_affiliated=True), text[s2:e2], s2, e2),
    ]
    gold = _gold(citations=[GoldCitation("Agency X", surface="according to Agency X", state_affiliated=True)])
    scores = Scores()
    score_citations(an, gold, scores)
    c = scores.counts["citations"]
    assert (c.precision, c.recall) == (0.5, 1.0)
    assert scores.ratios["citations.state_affiliated"].accuracy == 1.0


def test_structure_checks_title_headings_and_stated_reading_time():
    article = assemble("Bridge falls", [("paragraph", "It fell."), ("heading", "What next"), ("paragraph", "Nobody knows.")], Source())
    an = Analysis(article=article, language="en", reading_time={"minutes": 0.1, "stated_minutes": 4})
    gold = _gold(title="Bridge  falls", headings=["What next", "Who pays"], stated_reading_minutes=3)
    s = score(an, gold)
    assert s.ratios["title"].accuracy == 1.0
    assert (s.counts["headings"].precision, s.counts["headings"].recall) == (1.0, 0.5)
    assert s.ratios["stated_reading_time"].accuracy == 0.0
    assert s.ratios["language"].accuracy == 1.0


def test_scores_of_several_articles_add_up_to_a_micro_average():
    a, b = Scores(articles=1), Scores(articles=1)
    a.counts["quotes"] += Counts(pred_credit=1, pred=1, gold_credit=1, gold=1)
    b.counts["quotes"] += Counts(pred_credit=0, pred=3, gold_credit=0, gold=1)
    a.ratios["title"].check(True)
    b.ratios["title"].check(False)
    total = Scores()
    total += a
    total += b
    assert total.articles == 2
    assert total.counts["quotes"].precision == 0.25  # micro: 1 of 4, not the mean of 1.0 and 0.0
    assert total.counts["quotes"].recall == 0.5
    assert total.ratios["title"].accuracy == 0.5


def test_no_predictions_and_no_gold_leave_the_scores_undefined():
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (None, None, None)
    assert Counts(gold=2).f1 == 0.0


def test_occurrences_retry_with_collapsed_spaces():
    assert occurrences("a b a b", "a  b") == [(0, 3), (4, 7)]
    assert occurrences("abc", "") == []


def test_narrative_with_the_gold_subnarrative_is_preferred():
    an = _analysis()
    an.narratives = [Narrative("Praise", "of the leader", []), Narrative("Praise", "of the army", []), Narrative("Blame", None, [])]
    gold = _gold(narratives=[GoldNarrative("praise", "Of the army")])
    s = score(an, gold)
    assert (s.counts["narratives"].precision, s.counts["narratives"].recall) == (1 / 3, 1.0)
    assert s.ratios["narratives.subnarrative"].accuracy == 1.0


@given(text=st.text(alphabet="ab c", max_size=40), needle=st.text(alphabet="ab c", min_size=1, max_size=4))
def test_occurrences_are_exact_ordered_and_disjoint(text, needle):
    spans = occurrences(text, needle)
    found = {text[s:e] for s, e in spans}
    assert found <= {needle, " ".join(needle.split())}
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    if needle in text:
        assert spans and text[spans[0][0] : spans[0][1]] == needle


def test_quoted_persons_compare_the_set_of_named_speakers():
    an = _analysis()
    an.quotes = [_quote("direct", "We will rebuild the bridge.", "A. Berg"), _quote("direct", "a reckless gamble", "Tom Ek"),
                 _quote("indirect", "the plan was doomed", "Tom Ek"), _quote("indirect", "doomed", None)]
    gold = _gold(quoted_persons=["Anna Berg", "Lea Holm"], entities=[GoldEntity("Anna Berg", "person", aliases=("A. Berg",))])
    c = score(an, gold).counts["quoted_persons"]
    assert (c.pred_credit, c.pred, c.gold_credit, c.gold) == (1, 2, 1, 2)


def test_components_a_gold_does_not_annotate_are_not_scored():
    an = _analysis()
    an.techniques = [_technique("Loaded_Language", "reckless")]
    gold = _gold(quotes=[GoldQuote("indirect", "the plan was doomed", None)])
    assert "techniques" not in gold.annotated
    scores = score(an, gold)
    assert scores.counts["techniques"].pred == 0
