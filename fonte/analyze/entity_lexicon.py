"""The entity dictionary of one language: every known surface form, keyed by normalised words.

One dict keyed by tuples of normalised words (case folded, accents dropped, case endings
stripped for inflected languages) holds countries, demonyms, capitals, metonyms, KB actors,
role nouns and outlets, so matching an article is a few dict look-ups per word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any, Callable

from fonte.kb import actors, countries
from fonte.lang import LANGUAGES, resource

WORD = re.compile(r"\w+")
# What may stand between two words of one name: spaces, a hyphen, an apostrophe, quotation
# marks (ЧВК «Вагнер») — never a comma, a full stop or a line break.
_GAP = re.compile(r"[ \t\u00a0\-‐‑'’«»\"“”]{1,3}")
# After an initial ("J. D. Vance", "U.S.") a dot may stand there too.
_INITIAL_GAP = re.compile(r"\.[ \t\u00a0]?")
_NAME_GAP = re.compile(r"[ \t\u00a0\-‐‑'’]{1,3}")


class Memo(dict):
    """A bounded memo of a pure function of a string: ``memo[s]`` is a C-level lookup, and only a
    miss calls Python (the hot loops look up every word or gap of every article)."""

    def __init__(self, compute: Callable[[str], Any], limit: int):
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: str) -> Any:
        value = self.compute(key)
        if value == key:  # most words are their own key: one object, not two, for each later lookup to touch
            value = key
        if len(self) < self.limit:  # bounded: articles share most words and gaps
            self[key] = value
        return value


JOINS, INITIAL = 1, 2  # the gap's kind; 0: the gap ends a name


def _gap_kind(gap: str, pattern: re.Pattern) -> int:
    if pattern.fullmatch(gap):
        return JOINS
    return INITIAL if _INITIAL_GAP.fullmatch(gap) else 0


#: Gap text -> its kind, for listed forms (a quotation mark may stand inside) and for unlisted names.
FORM_GAPS = Memo(lambda gap: _gap_kind(gap, _GAP), 10_000)
NAME_GAPS = Memo(lambda gap: _gap_kind(gap, _NAME_GAP), 10_000)


def after_initial(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is an initial ("J", "U"): a dot may follow it inside a name."""
    return end >= 1 and text[end - 1].isupper() and (end < 2 or not text[end - 2].isalpha())


def joined_gap(text: str, end: int, gap: str, quotes: bool = True) -> bool:
    """Whether the word ending at ``end``, followed by ``gap``, and the next word may belong to one name.

    ``quotes=False`` for names nobody listed: a quotation mark there ends the name.
    """
    kind = (FORM_GAPS if quotes else NAME_GAPS)[gap]
    return kind == JOINS or kind == INITIAL and after_initial(text, end)


def joined(text: str, end: int, start: int, quotes: bool = True) -> bool:
    """Whether the words ending at ``end`` and starting at ``start`` may belong to one name."""
    return joined_gap(text, end, text[end:start], quotes)

# Which reading of a form wins when one form has several: a named actor over a country over
# an outlet over a demonym over a role noun.
_PRIORITY = {"actor": 0, "country": 1, "metonym": 1, "capital": 2, "city": 2, "outlet": 3, "organization": 3, "demonym": 4, "prefix": 5, "role": 6}


@dataclass(frozen=True)
class Target:
    """What a dictionary form means."""

    kind: str  # actor | country | metonym | capital | city | outlet | organization | demonym | prefix | role
    ref: str | tuple[str, ...]  # actor id, ISO code(s), (ISO code, English name) of a city, a name, or role ids
    case: str = "upper"  # any | upper (first letter capitalised) | exact (an acronym, as written)
    written: tuple[str, ...] = ()  # the words as written, for exact-case forms
    short: bool = False  # an actor's short form ("Putin"), weaker evidence than the full name
    of: str | None = None  # the state a role noun names by itself ("Kremlsprecher": Russia)


#: Code point -> None for a combining mark (dropped by ``str.translate``), else itself: the marks are
#: looked up as articles bring them, not listed at start-up (a scan of Unicode takes 0.1 s).
_UNMARKED = Memo(lambda point: None if unicodedata.combining(chr(point)) else point, 0x110000)


def strip_accents(word: str) -> str:
    folded = word.casefold()
    if folded.isascii():  # nothing to decompose (each language's data and articles hold many such words)
        return folded
    return unicodedata.normalize("NFD", folded).translate(_UNMARKED)


def stem(word: str, endings: tuple[tuple[int, frozenset[str]], ...]) -> str:
    """The key of ``word``: folded, unaccented, case endings (``by_length``) stripped."""
    found = strip_accents(word)
    # The longest ending that leaves two letters is stripped, repeatedly, so that every case form
    # reaches one stem (Корея -> коре -> кор, Корее -> кор).
    stripped = True
    while stripped:
        stripped = False
        for size, group in endings:
            if len(found) - size >= 2 and found[-size:] in group:
                found = found[:-size]
                stripped = True
                break
    return found


def by_length(endings: set[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """Case endings grouped by length, longest first: a word has one ending of each length to look up."""
    sizes = sorted({len(e) for e in endings if e}, reverse=True)
    return tuple((size, frozenset(e for e in endings if len(e) == size)) for size in sizes)


@dataclass
class Lexicon:
    lang: str
    endings: tuple[tuple[int, frozenset[str]], ...] = ()  # ``by_length``: case endings, longest first
    table: dict[tuple[str, ...], list[Target]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first word -> most words of a form
    openings: set[tuple[str, str]] = field(default_factory=set)  # first two words of forms of two or more
    singles: set[str] = field(default_factory=set)  # the keys that are a form by themselves
    place_words: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    ministry_words: frozenset[str] = frozenset()  # "ministero degli Esteri": the name of a ministry
    place_nouns: frozenset[str] = frozenset()  # "Белгородской области": the word before is a place adjective
    org_words: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()  # folded and unaccented, not stemmed ("Надь" is no "над")
    ministry_links: frozenset[str] = frozenset()  # of_words, particles, stopwords: what joins "ministero degli Esteri"
    given_names: frozenset[str] = frozenset()
    actor_surnames: frozenset[str] = frozenset()  # the key of the last word of every actor's name
    capitalised_nouns: bool = False  # every noun is capitalised (German): no uncued names
    capitalised_demonyms: bool = False  # "Russian" (English): a capital letter proves no name
    titlecase_acronyms: bool = False  # acronyms also written as words ("Nato", "Onu": Italian press)
    key_cache: Memo = field(init=False)  # word -> key, shared by the articles of this language
    stopword: Memo = field(init=False)  # word as written -> whether it is a stopword

    def __post_init__(self) -> None:
        # One memo per language, not per set of endings: languages without endings shared one that held
        # all their words, and a memo of one language's words is probed faster (fewer cache misses).
        self.key_cache = Memo(partial(stem, endings=self.endings) if self.endings else strip_accents, 200_000)
        self.stopword = Memo(lambda word: strip_accents(word) in self.stopwords, 200_000)

    def key(self, word: str) -> str:
        """The normalised form of one word: folded, unaccented, case ending stripped."""
        return self.key_cache[word]

    def is_stopword(self, word: str) -> bool:
        return self.stopword[word]

    def keys(self, words: list[str]) -> frozenset[str]:
        return frozenset(self.key(w) for w in words)

    def add(self, form: str, target: Target) -> None:
        words = WORD.findall(form)
        if not words:
            return
        key = tuple(self.key(w) for w in words)
        named_lower = form[0].islower() and target.kind in ("actor", "outlet")
        if target.case == "upper" and (named_lower or len(words) == 1 and not any(ch.islower() for ch in form)):
            # An acronym ("NATO") or a name written in lower case ("dpa") matches only as written;
            # where the press writes acronyms as words ("Nato", "Bce") that form matches too.
            target = Target(target.kind, target.ref, "exact", tuple(words), target.short, target.of)
            if self.titlecase_acronyms and len(words) == 1 and len(form) >= 3 and form.isupper():
                self._register(key, Target(target.kind, target.ref, "exact", (form.capitalize(),), target.short, target.of))
        self._register(key, target)

    def _register(self, key: tuple[str, ...], target: Target) -> None:
        entries = self.table.setdefault(key, [])
        if target not in entries:
            entries.append(target)
            entries.sort(key=lambda t: _PRIORITY[t.kind])
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        if len(key) > 1:
            self.openings.add(key[:2])
        else:
            self.singles.add(key[0])


def _data(lang: str, name: str) -> list[str]:
    return list(resource(lang, "entities").get(name, []))


def _add_countries(lex: Lexicon, lang: str) -> None:
    for form, iso in countries.names(lang).items():
        lex.add(form, Target("country", iso))
    demonym_case = "upper" if resource(lang, "entities").get("capitalised_demonyms") else "any"
    for form, codes in countries.demonyms(lang).items():
        lex.add(form, Target("demonym", codes, demonym_case))
    for code, forms in resource(lang, "entities").get("compound_prefixes", {}).items():
        for form in forms:
            lex.add(form, Target("prefix", (code,), "any"))
    for form, iso in countries.capitals(lang).items():
        lex.add(form, Target("capital", iso))
    for form, iso in countries.metonyms(lang).items():
        lex.add(form, Target("metonym", iso))
    for iso, cities in resource(lang, "entities").get("cities", {}).items():
        for english, forms in cities.items():
            for form in forms:
                lex.add(form, Target("city", (iso.upper(), english)))


def _add_language_forms(lex: Lexicon, lang: str) -> None:
    """Role nouns and organisations named by their short form ("Минобороны")."""
    data = resource(lang, "entities")
    for form, roles in data.get("roles", {}).items():
        lex.add(form, Target("role", tuple(roles), "any"))
    # A role noun that names its state too: "Kremlsprecher", "Kremlin spokesman".
    for form, office in data.get("state_roles", {}).items():
        lex.add(form, Target("role", tuple(office["roles"]), "any", of=office["of"].upper()))
    for form in data.get("organisations", []):
        lex.add(form, Target("organization", form))


def _add_actors(lex: Lexicon) -> None:
    surnames = set()
    for actor in actors.knowledge_base().actors.values():
        words = WORD.findall(actor.name)
        if words:
            surnames.add(lex.key(words[-1]))
        for form in actor.names:
            lex.add(form, Target("actor", actor.id))
        for form in actor.short:
            lex.add(form, Target("actor", actor.id, short=True))
    lex.actor_surnames = frozenset(surnames)


def _add_outlets(lex: Lexicon) -> None:
    """News agencies and outlets as organisations, from the outlet catalogue where it is present."""
    try:
        from fonte.kb.outlets import catalogue

        entries = list(catalogue())
    except Exception:  # noqa: BLE001 - a missing or broken catalogue leaves outlets unlinked, no more
        return
    for entry in entries:
        if entry.kind == "network":  # influence-operation domains are not named in prose
            continue
        for form in entry.names():
            lex.add(form, Target("outlet", entry.name))


@cache
def lexicon(lang: str) -> Lexicon:
    """The dictionary for ``lang`` (an unknown language gets every language's forms)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    lex = Lexicon(lang, endings=by_length({strip_accents(e) for code in langs for e in _data(code, "endings")}))
    lex.titlecase_acronyms = any(resource(code, "entities").get("titlecase_acronyms") for code in langs)
    for code in langs:
        _add_countries(lex, code)
        _add_language_forms(lex, code)
    _add_actors(lex)
    _add_outlets(lex)

    def words(name: str, every_language: bool = False) -> frozenset[str]:
        return lex.keys([w for code in (LANGUAGES if every_language else langs) for w in _data(code, name)])

    lex.place_words = words("place_words")
    lex.of_words = words("of_words")
    lex.titles = words("person_titles")
    lex.ministry_words = words("ministry_words")
    lex.place_nouns = words("place_nouns")
    lex.org_words = words("org_words", every_language=True)
    lex.particles = words("name_particles")
    lex.stopwords = frozenset(strip_accents(w) for code in langs for w in _data(code, "stopwords"))
    lex.ministry_links = lex.of_words | lex.particles | lex.stopwords
    # Articles name foreigners: a given name from any language is evidence of a person.
    lex.given_names = words("given_names", every_language=True)
    lex.capitalised_demonyms = any(resource(code, "entities").get("capitalised_demonyms") for code in langs)
    lex.capitalised_nouns = any(resource(code, "entities").get("capitalised_nouns") for code in langs)
    return lex
