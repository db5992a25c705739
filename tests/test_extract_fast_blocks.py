"""The fast extractor's block pattern finds what the straightforward lazy pattern finds, on any markup."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.extract.encoding import normalise
from fonte.extract.fast import _BLOCK

# The pattern as first written: a lazy inner text up to the first closing tag of the same name.
_LAZY_BLOCK = re.compile(r"<(h[1-6]|p|pre|li|ul|ol|blockquote)\b[^>]*>(.*?)</\1>|([^<\n]+)", re.DOTALL | re.IGNORECASE)

_PIECES = st.sampled_from(
    ["<p>", "</p>", "<P class=x>", "</P>", "<h2>", "</h2>", "</H2>", "<h3>", "<pre>", "</pre>", "<li>", "</li>",
     "<ul>", "</ul>", "<blockquote>", "</blockquote>", "<b>", "</b>", "<pa>", "</pa>", "<", ">", "/", "\n", " ",
     "text", "é", "Ω", "&amp;", "<br>", "</p >", "<p\n>"]
)
_MARKUP = st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join)


def _blocks(pattern: re.Pattern[str], markup: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(markup)]


@settings(max_examples=400)
@given(_MARKUP)
def test_extract_fast_block_pattern_matches_the_lazy_pattern(markup):
    assert _blocks(_BLOCK, markup) == _blocks(_LAZY_BLOCK, markup)


def test_extract_fast_block_pattern_on_nested_and_unclosed_blocks():
    markup = "<p>one <b>bold</b></p>\n<P>two</p>\n<h2>a <p>inner</p> b</h2>\n<p>never closed\nbare line\n<li>x</LI>"
    assert _blocks(_BLOCK, markup) == _blocks(_LAZY_BLOCK, markup)
    assert [m.group(2) or m.group(3) for m in _BLOCK.finditer(markup)] == [
        "one <b>bold</b>", "two", "a <p>inner</p> b", "p>never closed", "bare line", "x",
    ]


def _reference_normalise(text: str) -> str:
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


@given(st.lists(st.sampled_from(["\r\n", "\r", "\n", "\ufeff", "\x00", "e\u0301", "a", "Ж", " "]) | st.text(max_size=3))
       .map("".join))
def test_extract_normalise_matches_replacing_every_mark(text):
    assert normalise(text) == _reference_normalise(text)
