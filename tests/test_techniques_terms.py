"""Word lists compiled to one trie pattern: whole words, stems, glosses, linear scanning."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules.terms import Lexicon

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
