"""Superlative patterns that check a word's ending by looking back from its end match what the backtracking forms did.

The data writes ``(?<!\\w)\\w++(?<=\\w<suffix>)`` (take the whole word, then look at its ending) where it
once wrote ``(?<!\\w)\\w+<suffix>(?!\\w)``, which backtracks through every word. Both must give the same
match at every offset (so the rule's alternation picks the same branch) on any text, case-folded or not.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.lang import resource

IT_STOP = r"(?!(?:e|ed|di|da|che|del|della|dei|delle|per|in|a|con|su|non|il|la|le|lo|i|gli)\b)"
# (language, the backtracking pattern as first written, letters its endings are made of)
BEFORE = [
    ("it", r"(?<!\w)\w+issim[oaie](?:\s+" + IT_STOP + r"\w{4,})?(?!\w)", "issimoaeIOSMdlnİıſ"),
    ("es", r"(?<!\w)\w+ísim[oa]s?(?!\w)", "ísimoaÍSMIıſ"),
    ("ru", r"(?<!\w)\w+(?:ейш|айш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую)(?!\w)", "ейшайиогмухюЕЙШАИ"),
]
_PIECES = {lang: st.lists(st.sampled_from(["issim", "ísim", "ейш", "айш", "его", "ими", "del", "che"] + list(letters)),
                          max_size=30).map("".join)
           for lang, _, letters in BEFORE}


def _now(lang: str, before: str) -> str:
    """The pattern of the same rule in today's data (the one whose word ending ``before`` checks)."""
    ending = {"it": "issim", "es": "ísim", "ru": "ейш"}[lang]
    patterns = [p for rule in resource(lang, "techniques")["rule"] for p in rule.get("patterns", []) if ending in p]
    assert len(patterns) == 1, patterns
    return patterns[0]


def _spans_at_every_offset(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    return [m.span() if (m := pattern.match(text, i)) else None for i in range(len(text) + 1)]


@pytest.mark.parametrize("lang,before,letters", BEFORE)
def test_suffix_pattern_matches_like_the_backtracking_one(lang, before, letters):
    old, new = re.compile(before, re.IGNORECASE), re.compile(_now(lang, before), re.IGNORECASE)
    separators = st.sampled_from([" ", "  ", ", ", "\n", "-", "'", "1", "_"])
    texts = st.lists(st.tuples(_PIECES[lang], separators), max_size=8).map(
        lambda parts: "".join(word + sep for word, sep in parts))

    @given(texts)
    @settings(max_examples=600, deadline=None)
    def check(text):
        assert _spans_at_every_offset(new, text) == _spans_at_every_offset(old, text)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]

    check()


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Un risultato bellissimo davvero, issimo no.", ["bellissimo davvero"]),
    ("it", "Grandissime e altissimi", ["Grandissime", "altissimi"]),
    ("es", "Un resultado buenísimo y malísimas ideas; ísimo no.", ["buenísimo", "malísimas"]),
    ("ru", "Важнейшая и сильнейшими задача; ейшая нет.", ["Важнейшая", "сильнейшими"]),
])
def test_suffix_pattern_finds_superlatives(lang, text, expected):
    before = next(b for code, b, _ in BEFORE if code == lang)
    assert [m.group() for m in re.finditer(_now(lang, before), text, re.IGNORECASE)] == expected
