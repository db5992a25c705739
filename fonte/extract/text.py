"""Plain-text articles: title, headings, stated reading time, paragraphs."""

from __future__ import annotations

import re
from functools import cache

from fonte.errors import InputError
from fonte.extract.structure import assemble
from fonte.lang import LANGUAGES, resource
from fonte.model import Article, Source

#: A heading is a short line without final punctuation standing between paragraphs.
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 14
_FINAL_PUNCT = tuple(".!?;:…,\"'»”“›)]")
#: Every reading-time pattern states the minutes in digits (a test checks): a line without a digit
#: states no reading time, found in one scan instead of a failed match per pattern.
_DIGIT = re.compile(r"\d")


@cache
def _reading_time_patterns() -> list[re.Pattern[str]]:
    pats = []
    for lang in LANGUAGES:
        for pat in resource(lang, "segments").get("reading_time", []):
            pats.append(re.compile(pat, re.IGNORECASE))
    return pats


def stated_reading_minutes(line: str) -> int | None:
    """The minutes a line such as "5 min read" states, or None when it states no reading time."""
    if len(line) > 60 or not _DIGIT.search(line):
        return None
    for pat in _reading_time_patterns():
        m = pat.match(line)
        if m:
            return int(m.group("m"))
    return None


def _is_heading(line: str) -> bool:
    if len(line) > HEADING_MAX_CHARS or line.endswith(_FINAL_PUNCT):
        return False  # most lines are paragraphs: decided before splitting them into words
    return 0 < len(line.split()) <= HEADING_MAX_WORDS and (line[0].isupper() or line[0].isdigit())


def collapsed_spaces(text: str) -> str:
    """``" ".join(text.split())``: each run of whitespace one space, none at the ends.

    A printable text holds no whitespace but the space (every other whitespace character is a
    separator or a control character, a test checks), so a printable text without a double space or
    a space at either end is returned as it is: a few scans in C instead of splitting it into words.
    """
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return " ".join(text.split())


def _blocks(text: str) -> list[list[str]]:
    """Groups of consecutive non-empty lines."""
    groups: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = collapsed_spaces(line)
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose: most lines end mid-sentence."""
    if len(lines) < 2:
        return False
    open_ends = sum(1 for ln in lines[:-1] if not ln.endswith(_FINAL_PUNCT))
    return open_ends >= (len(lines) - 1) * 0.6


def extract_text(text: str, source: Source, **metadata) -> Article:
    """An Article from decoded, normalised plain text."""
    lines: list[str] = []
    stated = None
    for group in _blocks(text):
        if _is_wrapped(group):
            lines.append(" ".join(group))
        else:
            lines.extend(group)
    body: list[str] = []
    for line in lines:
        minutes = stated_reading_minutes(line) if stated is None else None
        if minutes is not None:
            stated = minutes
        else:
            body.append(line)
    if not body:
        raise InputError(f"{source.path or source.url or 'input'}: no article text")
    title, rest = body[0], body[1:]
    headings = [*map(_is_heading, rest), True]  # the end of the text is followed by no text
    blocks = [("heading" if headings[i] and not headings[i + 1] else "paragraph", line) for i, line in enumerate(rest)]
    if metadata.get("stated_reading_minutes") is None:
        metadata["stated_reading_minutes"] = stated
    return assemble(title, blocks, source, **metadata)
