"""Outlet names: the split candidate scan finds exactly what the one-pattern scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.kb.outlets import _TOKEN, Catalogue, catalogue, make_entry, name_endings

# Pieces of text around names: capitals that fold specially (İ, ſ, K), accents, Cyrillic, gaps.
_PIECES = [
    " ", "  ", "\n", "-", "'", "’", "«", "»", "\"", ".", ",", "@", "#", "_", "1", "x", "la", "La", "LA",
    "İ", "ı", "ſ", "K", "É", "é", "Ā", "ā", "Ł", "ł", "Ё", "ё", "а", "А", "ß", "ẞ", "a", "n", "N",
]
_ENDINGS = [(), name_endings("ru"), name_endings("de")]


def _names(cat: Catalogue) -> list[str]:
    names = sorted({n for e in cat for n in e.names()})
    return names[:: max(1, len(names) // 300)]


def _text_strategy(cat: Catalogue):
    words = _names(cat) + sorted(cat._lower_first) + _PIECES
    variants = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.lower(), w.upper(), w.capitalize(), w + "ов", w + "а", w + "s"])
    )
    return st.lists(variants, max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_outlets_candidate_scan_matches_the_one_pattern_scan(data):
    cat = catalogue()
    text = data.draw(_text_strategy(cat))
    endings = data.draw(st.sampled_from(_ENDINGS))
    expected = [(m.start(), m.end(), m.group()) for m in cat._candidates(endings).finditer(text)]
    assert [(m.start(), m.end(), m.group()) for m in cat._candidate_matches(text, endings)] == expected


def test_outlets_lower_case_first_word_found_between_capitals():
    cat = Catalogue([make_entry("dpa", kind="agency"), make_entry("Agence France-Presse", variants=["AFP"])])
    text = "Berlin (dpa) – AFP und dpa melden, die DPA nicht."
    got = [m.group() for m in cat._candidate_matches(text, ())]
    assert got == [m.group() for m in cat._candidates(()).finditer(text)] == ["dpa", "AFP", "dpa", "DPA"]
    assert [h.surface for h in cat.find(text)] == ["dpa", "AFP", "dpa", "DPA"]


def _find_at_every_word(cat: Catalogue, text: str, endings: tuple[str, ...]) -> list:
    """The straightforward search: every word checked, all the words after it read."""
    hits: list = []
    tokens = [(w.start(), w.end(), w.group()) for w in _TOKEN.finditer(text)]
    for i, (start, _, word) in enumerate(tokens):
        if hits and start < hits[-1].end:
            continue
        if not word[0].isupper() and word not in cat._lower_first:
            # A hit opens at a capital or at a name's own lower-case first word ("dpa", with no ending);
            # an article left out of a name ("la Repubblica") opens none: the name after it does.
            continue
        hit = cat._match_at(text, tokens[i : i + 12], 0, endings)
        if hit is not None:
            hits.append(hit[0])
    return hits


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_outlets_find_matches_a_check_at_every_word(data):
    cat = catalogue()
    text = data.draw(_text_strategy(cat))
    endings = data.draw(st.sampled_from(_ENDINGS))
    assert cat.find(text, endings) == _find_at_every_word(cat, text, endings)
