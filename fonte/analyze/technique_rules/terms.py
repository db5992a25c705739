"""Compile word lists from the language data into one fast regular expression.

A term is written in the data as ``word``, ``stem*`` (any inflection) or ``two words``, optionally
followed by ``|gloss`` (an English rendering for explanations). Terms are folded into a character
trie so that hundreds of entries cost one pass of a single pattern instead of hundreds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = ""  # trie key marking that a term ends here


@dataclass(frozen=True)
class Term:
    literal: str  # lower-cased, without the trailing "*"
    inflects: bool  # "stem*": any word characters may follow
    gloss: str | None


def parse_term(raw: str) -> Term:
    text, _, gloss = raw.partition("|")
    text = " ".join(text.lower().split())
    inflects = text.endswith("*")
    return Term(text.rstrip("*"), inflects, gloss.strip() or None)


def _char_pattern(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "-‐–":
        return r"[-‐–\s]?"
    return re.escape(ch)


def _render(node: dict) -> str:
    alternatives = [_char_pattern(ch) + _render(child) for ch, child in sorted(node.items()) if ch != _END]
    ending = node.get(_END)
    if ending == "*":
        alternatives.append(r"\w*")
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if ending == "=":  # the term may stop here, or continue into a longer one
        return f"(?:{body})?"
    return body


def trie_pattern(terms: list[Term]) -> str:
    """A regex source matching any of ``terms`` as whole words (case folding is the caller's)."""
    root: dict = {}
    for term in terms:
        node = root
        for ch in term.literal.replace("’", "'"):
            node = node.setdefault(ch, {})
        # A stem subsumes the exact word; keep the weaker mark only when no stem ends here.
        if term.inflects or node.get(_END) != "*":
            node[_END] = "*" if term.inflects else "="
    return _render(root)


def fold(text: str) -> str:
    """``text`` lower-cased with every offset kept (a letter whose lower case is longer stays one letter).

    Terms are stored lower-cased and matched on folded text: case-insensitive regexes are several
    times slower in Python's engine.
    """
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower()[:1] for ch in text)


class Lexicon:
    """Terms compiled to one pattern (``terms``), free patterns to another (``extra``), with glosses."""

    def __init__(self, raw_terms: list[str], extra_patterns: list[str] | None = None):
        self.terms = [parse_term(t) for t in raw_terms if t.strip()]
        self.source = trie_pattern(self.terms) if self.terms else None
        self.pattern = re.compile(rf"(?<!\w)(?:{self.source})(?!\w)") if self.source else None  # on folded text
        extra = "|".join(f"(?:{p})" for p in extra_patterns or [])
        self.extra = re.compile(extra, re.IGNORECASE) if extra else None
        self._glosses = {t.literal.replace("’", "'"): t for t in self.terms if t.gloss}

    def finditer(self, text: str):
        """Matches of terms and patterns in ``text`` (offsets into it; the text is folded here)."""
        folded = fold(text)
        found = list(self.pattern.finditer(folded)) if self.pattern else []
        if self.extra:
            found += self.extra.finditer(folded)
        return iter(sorted(found, key=lambda m: m.start()))

    def gloss(self, matched: str) -> str | None:
        """The English gloss of the term that produced ``matched``, when the data gives one."""
        key = " ".join(matched.lower().replace("’", "'").split())
        term = self._glosses.get(key)
        if term:
            return term.gloss
        for cut in range(len(key) - 1, 1, -1):  # the longest stem that is a prefix
            term = self._glosses.get(key[:cut])
            if term and term.inflects:
                return term.gloss
        return None
