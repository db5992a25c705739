"""Narratives: the one scan of cue and actor words gives each cue's actor words what their own finditer gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import narratives
from fonte.analyze.technique_rules.terms import fold
from fonte.lang import LANGUAGES


def _near_words(lang: str) -> list[str]:
    return sorted({t.literal for c in narratives.cues(lang) if c.near for t in c.near.terms})


@given(st.sampled_from(sorted(LANGUAGES)), st.data())
@settings(max_examples=150, deadline=None)
def test_narratives_scan_finds_each_cues_actor_words_as_finditer_does(lang, data):
    words = _near_words(lang)
    if not words:
        return
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper),
                       st.sampled_from([" ", "  ", "\n", ". ", "-", "’", "x", "s ", "i"]))
    text = "".join(data.draw(st.lists(pieces, max_size=25)))
    folded = fold(text)
    scan, near_at = narratives._cue_scan(lang)
    found = scan.finditer_each(text, folded)
    for rule, at in zip(narratives.cues(lang), near_at):
        if at is not None:
            assert [m.span() for m in found[at]] == [m.span() for m in rule.near.finditer(text, folded)], rule.id


def test_narratives_scan_holds_the_actor_words_of_every_cue_that_has_them():
    for lang in LANGUAGES:
        for rule, at in zip(narratives.cues(lang), narratives._cue_scan(lang)[1]):
            assert (at is not None) == (rule.near is not None), rule.id
