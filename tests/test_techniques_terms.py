"""Word lists compiled to one trie pattern: whole words, stems, glosses, linear scanning."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules.terms import Lexicon, alternation

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzàèéìòù", min_size=2, max_size=12)


@given(st.lists(words, min_size=1, max_size=30, unique=True))
@settings(max_examples=80, deadline=None)
def test_techniques_terms_every_word_matches_itself_whole(terms):
    lexicon = Lexicon(terms)
    for term in terms:
        text = f"x {term.upper()} y"
        assert [text[m.start():m.end()].lower() for m in lexicon.finditer(text)] == [term]


@given(st.lists(words, min_size=1, max_size=20, unique=True))
@settings(max_examples=80, deadline=None)
def test_techniques_terms_never_match_inside_a_longer_word(terms):
    lexicon = Lexicon(terms)
    for term in terms:
        for m in lexicon.finditer(f"q{term}q"):
            raise AssertionError(f"{m.group()!r} matched inside a word")


def test_techniques_terms_stem_takes_inflections_and_gives_gloss():
    lexicon = Lexicon(["isteric*|hysterical", "regime di kiev|Kiev regime", "regime"])
    text = "Isteriche urla del regime di  Kiev, il regime."
    found = [(text[m.start():m.end()], lexicon.gloss(m.group())) for m in lexicon.finditer(text)]
    assert found == [("Isteriche", "hysterical"), ("regime di  Kiev", "Kiev regime"), ("regime", None)]


def test_techniques_terms_apostrophes_and_hyphens_are_interchangeable():
    lexicon = Lexicon(["l'invasione", "no-vax"])
    found = [m.group() for m in lexicon.finditer("L’invasione dei No Vax e dei novax")]
    assert found == ["l’invasione", "no vax", "novax"]  # matched on the folded text, offsets unchanged


def test_techniques_detector_survives_a_huge_pathological_text():
    from fonte import analyze_text

    body = ("Perché? " * 3000) + ("!!! " * 3000) + ("“" * 5000) + ("la nostra " * 3000)
    analysis = analyze_text("Titolo\n\n" + body, language="it")
    assert all(analysis.text[t.start:t.end] == t.text for t in analysis.techniques)


def _naive(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def test_terms_shared_lookbehind_finds_what_separate_patterns_find():
    patterns = [r"(?<!\w)the\s+\w+est(?!\w)", r"(?<!\w)us\s+against\s+them|them", r"(?<!\w)[]|]+x",
                r"(?<!\w)[^]|a]b", r"#\w{3,}", r"(?<!\w)ab\|c", r"(?<!\w)a(?:b|c)d", r"(?<!\w)"]
    text = "The oldest house; us against them, them all. ]|x |x ]b ab|c acd abd #tag a]b anthem"
    for k in range(len(patterns)):
        chosen = patterns[k:] + patterns[:k]
        shared = re.compile(alternation(chosen), re.IGNORECASE)
        assert [m.span() for m in shared.finditer(text)] == [m.span() for m in _naive(chosen).finditer(text)]


def test_terms_top_level_alternation_keeps_its_own_group():
    assert alternation([r"(?<!\w)a|b", r"(?<!\w)c"]) == r"(?:(?<!\w)a|b)|(?<!\w)(?:(?:c))"


def test_terms_shared_lookbehind_on_every_language_data():
    from fonte.analyze.technique_rules import cues
    from fonte.lang import LANGUAGES, resource

    text = ("Our great nation, the most beautiful day of the year: either you come or else. Massimo sforzo, "
            "bellissima giornata, noi contro loro. #nodata 12 il più grande del mondo.")
    for lang in LANGUAGES:
        for raw in resource(lang, "techniques").get("rule", []):
            patterns = raw.get("patterns", [])
            if patterns:
                shared = re.compile(alternation(patterns), re.IGNORECASE)
                assert [m.span() for m in shared.finditer(text)] == [m.span() for m in _naive(patterns).finditer(text)]
        assert cues.language_rules(lang).rules
