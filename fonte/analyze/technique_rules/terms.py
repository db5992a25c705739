"""Compile word lists from the language data into one fast regular expression.

A term is written in the data as ``word``, ``stem*`` (any inflection) or ``two words``, optionally
followed by ``|gloss`` (an English rendering for explanations). Terms are folded into a character
trie so that hundreds of entries cost one pass of a single pattern instead of hundreds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre_constants
from re import _parser as sre_parser
from weakref import WeakValueDictionary

from fonte.analyze.regex_first_chars import first_chars

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


_WORD_START = r"(?<!\w)"
#: A lookbehind of one character class holding ``\w`` (such as ``(?<![\w#])``): never after a word character.
_CLASS_WORD_START = re.compile(r"\(\?<!\[\\w[^\]\\]*\]\)")


def opens_at_word_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts where no word character precedes (it opens with such a lookbehind)."""
    if _has_top_level_bar(pattern):
        return False
    return pattern.startswith(_WORD_START) or _CLASS_WORD_START.match(pattern) is not None


def _has_top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` is an alternation at its outermost level (escapes and classes skipped)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            if pattern[i:i + 1] == "]":  # a "]" first in a class is a member, not its end
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def alternation(patterns: list[str]) -> str:
    """``patterns`` as one ordered alternation, neighbours that open with the word-start lookbehind sharing it.

    Same matches as ``(?:p1)|(?:p2)|…``; the shared lookbehind is tested once per position instead
    of once per pattern, which halves the time of a pass over an article (speed, not meaning).
    """
    parts: list[str] = []
    shared: list[str] = []  # bodies of the current run of patterns opening with the lookbehind

    def close_run() -> None:
        if shared:
            parts.append(_WORD_START + "(?:" + "|".join(f"(?:{b})" for b in shared) + ")")
            shared.clear()

    for p in patterns:
        if p.startswith(_WORD_START) and not _has_top_level_bar(p):
            shared.append(p[len(_WORD_START):])
        else:
            close_run()
            parts.append(f"(?:{p})")
    close_run()
    return "|".join(parts)


#: The last article folded, with its folding: techniques, narratives and quotes fold the same text.
_last_folded: tuple[str, str] = ("", "")
#: Shorter strings are folded again rather than cached (a cache of one would lose the article to them).
_CACHED_LENGTH = 256


def fold(text: str) -> str:
    """``text`` lower-cased with every offset kept (a letter whose lower case is longer stays one letter).

    Terms are stored lower-cased and matched on folded text: case-insensitive regexes are several
    times slower in Python's engine.
    """
    global _last_folded
    last = _last_folded  # read once: another thread may replace it
    if last[0] is text:
        return last[1]
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(ch.lower()[:1] for ch in text)
    if len(text) >= _CACHED_LENGTH:
        _last_folded = (text, folded)
    return folded


#: Matched words whose gloss a lexicon remembers (bounded: an adversarial text has endless inflections).
_GLOSS_MEMORY = 4096


class Lexicon:
    """Terms compiled to one pattern (``terms``), free patterns to another (``extra``), with glosses."""

    def __init__(self, raw_terms: list[str], extra_patterns: list[str] | None = None):
        self.terms = [parse_term(t) for t in raw_terms if t.strip()]
        self.source = trie_pattern(self.terms) if self.terms else None
        self.pattern = re.compile(rf"(?<!\w)(?:{self.source})(?!\w)") if self.source else None  # on folded text
        extra = alternation(extra_patterns or [])
        self.extra = re.compile(extra, re.IGNORECASE) if extra else None
        # Such patterns can share one scan (LexiconScan): each is tried only where one of them matches.
        self.extra_at_word_start = (self.extra is not None and self.extra.groups == 0
                                    and all(opens_at_word_start(p) for p in extra_patterns or []))
        # The free patterns as tried where no word character precedes: there a leading (?<!\w) says nothing.
        self.extra_after_word_start = tuple(p[len(_WORD_START):] if p.startswith(_WORD_START) and not _has_top_level_bar(p)
                                            else p for p in extra_patterns or ())
        self._glosses = {t.literal.replace("’", "'"): t for t in self.terms if t.gloss}
        self._gloss_of: dict[str, str | None] = {}  # matched text -> its gloss, for the words seen so far

    def finditer(self, text: str, folded: str | None = None):
        """Matches of terms and patterns in ``text`` (offsets into it; ``folded`` is ``fold(text)`` if known)."""
        folded = fold(text) if folded is None else folded
        found = list(self.pattern.finditer(folded)) if self.pattern else []
        if self.extra:
            found += self.extra.finditer(folded)
        return iter(sorted(found, key=lambda m: m.start()))

    def scans_like_finditer(self) -> bool:
        """Whether ``LexiconScan`` finds exactly this lexicon's ``finditer`` matches (it drops empty matches of terms)."""
        return self.pattern is None or self.pattern.fullmatch("") is None

    def gloss(self, matched: str) -> str | None:
        """The English gloss of the term that produced ``matched``, when the data gives one."""
        if not self._glosses:
            return None
        if matched in self._gloss_of:
            return self._gloss_of[matched]
        found = self._find_gloss(matched)
        if len(self._gloss_of) < _GLOSS_MEMORY:
            self._gloss_of[matched] = found
        return found

    def _find_gloss(self, matched: str) -> str | None:
        key = " ".join(matched.lower().replace("’", "'").split())
        term = self._glosses.get(key)
        if term:
            return term.gloss
        for cut in range(len(key) - 1, 1, -1):  # the longest stem that is a prefix
            term = self._glosses.get(key[:cut])
            if term and term.inflects:
                return term.gloss
        return None


class _WordStarts:
    """Offsets after no word character (or at the text's start) where the terms or the free patterns' gate match.

    What ``(?<!\\w)(?=terms)`` and ``(?<!\\w)(?=gate)`` find, from one pass: the engine enters a
    pattern that opens with a lookbehind at every offset, one that opens by taking a non-word character
    only where its first-character scan in C stops, so the offsets after one come from ``\\W(?=…)``
    (one character each, never overlapping) and the text's start is tried apart. With both, empty
    groups tell which matched, the last one closed (``lastindex``): 1 the terms alone, 2 the gate after them,
    3 the gate alone.
    """

    def __init__(self, terms: str | None, gate: str | None):
        self._terms, self._gate = terms is not None, gate is not None
        # The gate as it is (for texts FoldedCase serves) and under re.IGNORECASE; the terms are lower-case.
        self._passes = {exact: self._compile(terms, f"(?i:{gate})" if gate is not None and not exact else gate)
                        for exact in (True, False)}

    @staticmethod
    def _compile(terms: str | None, gate: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if terms is not None and gate is not None:
            body = f"(?:(?={terms})()(?:(?={gate})()|)|(?={gate})())"  # alternatives, not "?": no repeat to enter
        else:
            body = f"(?={terms if gate is None else gate})"
        return re.compile(rf"\W{body}"), re.compile(body)

    def offsets(self, text: str, exact: bool) -> tuple[list[int], list[int]]:
        """Where the terms match and where the gate does (``exact``: without re.IGNORECASE), in text order."""
        after_non_word, at_text_start = self._passes[exact]
        # Each match takes the one non-word character before the offset; its last group tells what matched.
        found = [(m.end(), m.lastindex) for m in after_non_word.finditer(text)]
        first = at_text_start.match(text)
        if first is not None:
            found.insert(0, (0, first.lastindex))
        if not (self._terms and self._gate):
            at = [pos for pos, _ in found]
            return (at, []) if self._terms else ([], at)
        return [pos for pos, last in found if last != 3], [pos for pos, last in found if last != 1]


#: A character class range longer than this is not judged member by member (FoldedCase): patterns keep re.IGNORECASE.
_MAX_JUDGED_RANGE = 1000
#: Beyond this many characters judged, a text's new characters are judged without being remembered.
_MAX_JUDGED = 3000


class FoldedCase:
    """Whether patterns compiled without re.IGNORECASE find in a folded text exactly what they find with it.

    Under re.IGNORECASE the engine compares the lower case of a text character with the lower case of
    each character the pattern names (a literal, a class member, a member of a class range), or with
    a few extra equivalents ("s" also matches "ſ", "σ" also "ς"); ``\\w``, ``\\s``, ``\\d`` and word
    boundaries ignore case. So a text whose every character is its own lower case and matches each
    named character under re.IGNORECASE exactly when it is that character is matched alike both ways.
    Folded text nearly always is: the exceptions are those equivalents and a letter a pattern names in
    upper case. Characters are judged the first time a text holds them; a back-reference (case-blind
    under re.IGNORECASE) or a huge class range keeps re.IGNORECASE for every text.
    """

    def __init__(self, sources: Iterable[str]):
        named: set[str] | None = set()
        for source in sources:
            chars = _named_chars(source)
            named = None if chars is None or named is None else named | chars
        self._named = None if named is None else [(ch, re.compile(re.escape(ch), re.IGNORECASE)) for ch in sorted(named)]
        self._exact: dict[str, bool] = {}  # character -> judged to match alike both ways
        # Any character not judged yet (None: none judged), any judged not to match alike (None: none):
        # replaced together, so that another thread never sees one without the other.
        self._searches: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)

    def serves(self, folded: str) -> bool:
        """Whether the case-sensitive patterns match ``folded`` (a ``fold`` result) as the case-insensitive ones do."""
        if self._named is None:
            return False
        unjudged, inexact = self._searches
        if unjudged is None or unjudged.search(folded) is not None:
            return self._judge(folded)
        return inexact is None or inexact.search(folded) is None

    def _judge(self, folded: str) -> bool:
        exact = dict(self._exact)
        judged = {ch: self._alike(ch) for ch in set(folded).difference(exact)}
        if len(exact) + len(judged) > _MAX_JUDGED:
            return all(judged.values()) and all(exact[ch] for ch in set(folded).intersection(exact))
        exact.update(judged)
        known = "".join(re.escape(ch) for ch in sorted(exact))
        inexact = "".join(re.escape(ch) for ch, alike in sorted(exact.items()) if not alike)
        self._exact = exact
        self._searches = (re.compile(f"[^{known}]") if known else None, re.compile(f"[{inexact}]") if inexact else None)
        return all(exact[ch] for ch in set(folded))

    def _alike(self, ch: str) -> bool:
        return ch.lower() == ch and all((ch == named) == (caseless.fullmatch(ch) is not None)
                                        for named, caseless in self._named or ())


def _named_chars(source: str) -> set[str] | None:
    """Every character ``source`` names: literals, class members, members of class ranges.

    None where re.IGNORECASE reaches further than named characters (a back-reference) or a range is huge.
    """
    named: set[str] = set()
    pending = [sre_parser.parse(source)]
    while pending:
        for op, av in pending.pop():
            if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
                named.add(chr(av))
            elif op is sre_constants.IN:
                for member_op, member in av:
                    if member_op is sre_constants.LITERAL:
                        named.add(chr(member))
                    elif member_op is sre_constants.RANGE:
                        if member[1] - member[0] > _MAX_JUDGED_RANGE:
                            return None
                        named.update(map(chr, range(member[0], member[1] + 1)))
            elif op is sre_constants.GROUPREF:
                return None
            else:  # groups, repeats, alternatives, lookarounds: their subpatterns
                for part in av if isinstance(av, tuple) else (av,):
                    if isinstance(part, sre_parser.SubPattern):
                        pending.append(part)
                    elif isinstance(part, list):
                        pending.extend(p for p in part if isinstance(p, sre_parser.SubPattern))
    return named


#: Term characters whose pattern is optional (``_char_pattern``): a term opening with one may start at any letter.
_OPTIONAL_FIRST = frozenset("-‐–")


def _second_chars(literal: str) -> tuple[str, ...] | None:
    """The characters a match of a term (its literal, "'" for "’") has second; None when any can be."""
    if len(literal) < 2 or literal[1] in " -‐–":  # one letter (a stem, or a word end), a space, an optional dash
        return None
    return ("'", "’") if literal[1] == "'" else (literal[1],)


def _fixed_third(literal: str) -> bool:
    """Whether a match of a term (its literal, "'" for "’") has exactly its literal's third character third."""
    return len(literal) >= 3 and literal[2] not in " '-‐–"


class _SharedPass:
    """Where the terms and the gated free patterns of one or more scans over the same texts may start.

    Scans of one text by different analysers (the cue words of techniques and of narratives) share one
    pass over the union of their words: a scan takes the offsets where any of them matches and tries
    its own lexicons there, so it finds exactly its own matches while the text is walked once.
    """

    def __init__(self, term_body: str | None, gate: str | None, free_sources: tuple[str, ...]):
        self.word_starts = _WordStarts(term_body, gate) if term_body or gate else None
        # Whether every free pattern of the scans, compiled without re.IGNORECASE, serves a text.
        self.free_case = FoldedCase(free_sources) if free_sources else None
        self._last: tuple[str, list[int], list[int], bool] | None = None  # the last text's offsets

    def starts(self, folded: str) -> tuple[list[int], list[int], bool]:
        """Where terms may start, where gated free patterns may, and whether ``folded`` takes the exact patterns."""
        last = self._last  # read once: another thread may replace it
        if last is not None and last[0] is folded:
            return last[1], last[2], last[3]
        exact = self.free_case is not None and self.free_case.serves(folded)
        terms_at, gate_at = self.word_starts.offsets(folded, exact) if self.word_starts else ([], [])
        self._last = (folded, terms_at, gate_at, exact)
        return terms_at, gate_at, exact


#: Shared passes by what they find, each kept while a scan uses it (the scans of the languages in use).
_PASSES: WeakValueDictionary[tuple[str | None, str | None, tuple[str, ...]], _SharedPass] = WeakValueDictionary()


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def gate_pattern(bodies: list[str]) -> str:
    """A pattern matching (as a lookahead) where one of the free patterns' ``bodies`` matches.

    The pass tries it only after no word character, so the bodies come without their own word-start
    lookbehinds; their order does not matter, since it asks only whether one matches. Behind one test of
    the characters they can start with (where each can only start with known ones), each body that can
    opens with a class of its own first characters, which the engine's alternation tests in C before
    entering it; the body is then matched from the same offset by a lookahead inside a one-character
    lookbehind.
    """
    alternatives = []
    firsts = [first_chars(body) for body in bodies]
    for body, chars in zip(bodies, firsts):
        if chars is None:
            alternatives.append(f"(?:{body})")
        else:
            alternatives.append(f"{_char_class(chars)}(?<=(?=(?:{body})){_char_class(chars)})")
    gate = "|".join(alternatives)
    if gate and all(chars is not None for chars in firsts):
        gate = f"(?={_char_class(set().union(*firsts))})(?:{gate})"
    return gate


def _shared_pass(lexicons: Sequence[Lexicon]) -> _SharedPass:
    """The pass over the terms and gated free patterns of ``lexicons`` (the same object for the same words)."""
    terms = [t for lexicon in lexicons for t in lexicon.terms]
    term_body = rf"(?:{trie_pattern(terms)})(?!\w)" if terms else None
    gate = gate_pattern(sorted({body for lexicon in lexicons if lexicon.extra_at_word_start
                                for body in lexicon.extra_after_word_start}))
    free_sources = tuple(sorted({lexicon.extra.pattern for lexicon in lexicons if lexicon.extra is not None}))
    key = (term_body, gate or None, free_sources)
    found = _PASSES.get(key)
    if found is None:
        found = _PASSES[key] = _SharedPass(*key)
    return found


class LexiconScan:
    """The terms and free patterns of several lexicons found in one pass over a folded text.

    One zero-width lookahead made of every term finds the offsets where some lexicon matches, and only
    there are the lexicons whose terms start with that letter tried: each lexicon gets exactly the
    matches its own pattern's ``finditer`` would give, for the price of one scan (speed, not meaning).
    Free patterns that open at a word start are likewise found by one lookahead made of all of them,
    in the same pass (``_WordStarts``). ``sharing``: the lexicons of another scan of the same texts,
    which then shares this scan's pass (``_SharedPass``).
    """

    def __init__(self, lexicons: Sequence[Lexicon], sharing: Sequence[Lexicon] = ()):
        self.lexicons = tuple(lexicons)
        table: dict[str, set[int]] = {}
        for k, lexicon in enumerate(self.lexicons):
            for term in lexicon.terms:
                table.setdefault(term.literal[:1].replace("’", "'"), set()).add(k)
        table.setdefault("'", set()).update(table.get("’", set()))
        table["’"] = table["'"]
        # A lexicon is tried where a term of it starts with the letter there (by_first); of those, only the
        # lexicons with a term whose second letter is the next one, or whose second letter can vary, and
        # of those (by_triple) the ones with a term whose third letter is the one after, or can vary.
        by_first = {ch: sorted(ks) for ch, ks in table.items()}
        self.by_triple: dict[str, tuple[int, ...]] = {}
        self.by_pair: dict[str, tuple[int, ...]] = {}
        self.by_first_any: dict[str, tuple[int, ...]] = {}
        for ch, ks in by_first.items():
            first = ch.replace("’", "'")
            any_third: dict[str, set[int]] = {}  # second letter -> lexicons with a term whose third can vary
            thirds: dict[str, set[int]] = {}  # second and third letters -> lexicons with a term having them
            anywhere: set[int] = set()
            for k in ks:
                for term in self.lexicons[k].terms:
                    literal = term.literal.replace("’", "'")
                    if not literal or literal[0] in _OPTIONAL_FIRST:  # "*", or a dash that may be left out
                        anywhere.add(k)
                    elif literal[0] == first:
                        second_chars = _second_chars(literal)
                        if second_chars is None:
                            anywhere.add(k)
                        elif second_chars == (literal[1],) and _fixed_third(literal):
                            thirds.setdefault(literal[1:3], set()).add(k)
                        else:
                            for second in second_chars:
                                any_third.setdefault(second, set()).add(k)
            self.by_first_any[ch] = tuple(sorted(anywhere))
            for second in any_third.keys() | {pair[0] for pair in thirds}:
                self.by_pair[ch + second] = tuple(sorted(anywhere | any_third.get(second, set())))
            for pair, with_pair in thirds.items():
                self.by_triple[ch + pair] = tuple(sorted(anywhere | any_third.get(pair[0], set()) | with_pair))
        self.patterns = tuple(lexicon.pattern for lexicon in self.lexicons)
        self.free = tuple(k for k, lexicon in enumerate(self.lexicons) if lexicon.extra is not None)
        self.gated = tuple(k for k in self.free if self.lexicons[k].extra_at_word_start)
        self.shared = _shared_pass(self.lexicons + tuple(sharing))
        self.exact_extras = tuple(re.compile(lexicon.extra.pattern) if lexicon.extra is not None else None
                                  for lexicon in self.lexicons)

    def term_matches(self, folded: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(lexicon index, match) for every term match in ``folded``, in text order."""
        reached = [0] * len(self.lexicons)  # where each lexicon's last match ended: they never overlap
        by_triple, by_pair, by_first_any, patterns = self.by_triple, self.by_pair, self.by_first_any, self.patterns
        for pos in self.shared.starts(folded)[0]:
            tried = by_triple.get(folded[pos:pos + 3])
            if tried is None:
                tried = by_pair.get(folded[pos:pos + 2])
            for k in by_first_any.get(folded[pos:pos + 1], ()) if tried is None else tried:
                if pos < reached[k]:
                    continue
                m = patterns[k].match(folded, pos)
                if m is None or m.end() == pos:
                    continue
                reached[k] = m.end()
                yield k, m

    def free_matches(self, folded: str) -> list[list[re.Match[str]]]:
        """Per lexicon, the matches its free patterns' ``finditer`` gives on ``folded``."""
        found: list[list[re.Match[str]]] = [[] for _ in self.lexicons]
        if not self.free:
            return found
        _, gate_at, exact = self.shared.starts(folded)
        extras = self.exact_extras if exact else tuple(lexicon.extra for lexicon in self.lexicons)
        reached = [0] * len(self.lexicons)  # where each lexicon's last match ended, as finditer goes on
        by_finditer = {k for k in self.free if k not in self.gated}
        for pos in gate_at:
            for k in self.gated:
                if pos < reached[k] or k in by_finditer:
                    continue
                m = extras[k].match(folded, pos)
                if m is None:
                    continue
                if m.end() == pos:  # after an empty match finditer tries a longer one at the same offset
                    by_finditer.add(k)
                    continue
                found[k].append(m)
                reached[k] = m.end()
        for k in by_finditer:
            found[k] = list(extras[k].finditer(folded))
        return found

    def finditer_each(self, text: str, folded: str | None = None) -> list[list[re.Match[str]]]:
        """Per lexicon, the matches its ``finditer`` gives on ``text``, from one scan."""
        folded = fold(text) if folded is None else folded
        found: list[list[re.Match[str]]] = [[] for _ in self.lexicons]
        for k, m in self.term_matches(folded):
            found[k].append(m)
        for k, free in enumerate(self.free_matches(folded)):
            if free:
                found[k] = sorted(found[k] + free, key=lambda m: m.start())
        return found
