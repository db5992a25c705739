"""Word keys: the fast paths of accent folding and ending stripping agree with straightforward references."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.entity_lexicon import by_length, lexicon, stem, strip_accents


def _strip_accents_reference(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stem_reference(word: str, endings: list[str]) -> str:
    """Endings tried longest first, one at a time, until none leaves two letters."""
    found = _strip_accents_reference(word)
    ordered = sorted(endings, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for ending in ordered:
            if found.endswith(ending) and len(found) - len(ending) >= 2:
                found = found[: -len(ending)]
                stripped = True
                break
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_keys_fold_accents_as_the_reference_does(word):
    assert strip_accents(word) == _strip_accents_reference(word)


_RU_ENDINGS = sorted({e for _, group in lexicon("ru").endings for e in group})
# Words made of Russian letters and whole endings, so that endings stack up ("кораями").
_RU_WORDS = st.lists(st.sampled_from(["к", "о", "р", "е", "я", "й", "ё", "Ж", *_RU_ENDINGS]), max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(_RU_WORDS)
def test_keys_strip_case_endings_as_the_reference_does(word):
    assert stem(word, lexicon("ru").endings) == _stem_reference(word, _RU_ENDINGS)


def test_keys_group_endings_by_length_longest_first():
    assert by_length({"ой", "ами", "е", "ом", ""}) == ((3, frozenset({"ами"})), (2, frozenset({"ой", "ом"})), (1, frozenset({"е"})))
