"""Names the knowledge base does not know: capitalised word runs with the cues that type them."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter, itemgetter

from fonte.analyze.entity_lexicon import Lexicon, joined

#: Characters that end a sentence: a capitalised word right after one proves nothing.
_SENTENCE_END = ".!?…:;\n"
_OPENERS = "\"'«“„‘‹([-–—* \t\u00a0"
_HYPHENS = ("-", "‐", "‑")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    key: str


@dataclass
class NameRun:
    """A run of capitalised words (words[first:last+1]) that may be an unknown name."""

    first: int
    last: int
    start: int
    end: int
    text: str
    type: str | None  # person | organization | other; None for a lone word nothing vouches for
    confidence: float


def sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _capitalised(word: Word) -> bool:
    return word.text[0].isupper()


def find_runs(text: str, words: list[Word], taken: list[bool], lex: Lexicon, cued: set[int]) -> list[NameRun]:
    """Capitalised runs among the words no dictionary form took.

    ``cued`` holds the indices of words right after a role noun ("il ministro Rossi"): a name there
    is a person's.
    """
    runs: list[NameRun] = []
    n = len(words)
    i = 0  # the first word not yet inside a run
    # Only capitalised words can open a run: first letters tested at C level, every word of every article.
    capitalised = compress(count(), map(str.isupper, map(itemgetter(0), map(attrgetter("text"), words))))
    for start in [k for k in capitalised if not taken[k]]:
        if start < i:
            continue
        i = start
        w = words[i]
        if lex.is_stopword(w.text) or w.key in lex.particles:
            continue
        j = i
        while j + 1 < n and not taken[j + 1] and joined(text, words[j].end, words[j + 1].start, quotes=False):
            nxt = words[j + 1]
            if nxt.key in lex.titles:  # "Oakland Mayor Libby Schaaf": the title starts a new name
                break
            if _capitalised(nxt) and not lex.is_stopword(nxt.text):
                j += 1
            elif nxt.key in lex.particles and j + 2 < n and not taken[j + 2] and _capitalised(words[j + 2]) and not lex.is_stopword(words[j + 2].text):
                # "Council on Foreign Relations" but not "Cuneo on Tuesday"
                j += 2
            else:
                break
        first = i
        # A title or a sentence opener glued to the name ("Analyst Laura Pennington", "Later
        # John Smith") is not part of it.
        while first < j and (words[first].key in lex.titles or words[first + 1].key in lex.given_names and sentence_initial(text, words[first].start)):
            if words[first].key in lex.titles:
                cued = cued | {first + 1}
            first += 1
        # A capitalised word before a given name ("ministra del Lavoro Marina Calderone", "del Pd
        # Chiara Ferri") is a portfolio or a party, not part of the person's name.
        named = next((g for g in range(first + 1, j) if words[g].key in lex.given_names), None)
        if named is not None and not any(words[k].key in lex.org_words or words[k].key in lex.given_names for k in range(first, named)):
            runs.append(_typed(text, words, first, named - 1, lex, cued))
            first = named
        if j + 1 < n and words[j + 1].key in lex.place_nouns:  # "Белгородской области"
            i = j + 1
            continue
        runs.append(_typed(text, words, first, j, lex, cued))
        i = j + 1
    return [r for r in runs if r is not None]


def _by_a_number(text: str, start: int, end: int) -> bool:
    """"12 NOV 2024": an abbreviation in a date, not an organisation."""
    return text[max(0, start - 2) : start].strip()[-1:].isdigit() or text[end : end + 2].strip()[:1].isdigit()


def _roman(word: str) -> bool:
    return all(ch in "IVXLCDM" for ch in word)


def _ministry(text: str, words: list[Word], i: int, lex: Lexicon) -> int | None:
    """The index of "ministero" in "il ministero degli Esteri", "le ministère de l'Agriculture"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (words[k].key in lex.of_words or words[k].key in lex.particles or words[k].key in lex.stopwords):
        if not joined(text, words[k].end, words[k + 1].start, quotes=False):
            return None
        k -= 1
    if k < 0 or k == i - 1 or words[k].key not in lex.ministry_words:
        return None
    return k if joined(text, words[k].end, words[k + 1].start, quotes=False) else None


def _typed(text: str, words: list[Word], i: int, j: int, lex: Lexicon, cued: set[int]) -> NameRun:
    ministry = _ministry(text, words, i, lex) if lex.ministry_words else None
    if ministry is not None:
        start, end = words[ministry].start, words[j].end
        return NameRun(ministry, j, start, end, text[start:end], "organization", 0.6)
    keys = [w.key for w in words[i : j + 1]]
    start, end = words[i].start, words[j].end
    before = words[i - 1].key if i else ""
    has_title = i in cued or (before in lex.titles and joined(text, words[i - 1].end, start))
    single = i == j
    # "Marine Le Pen", "Marina Calderone": a given name opening the run is no organisation word.
    org_keys = keys[1:] if keys[0] in lex.given_names else keys
    acronym = single and 3 <= len(words[i].text) <= 6 and words[i].text.isupper() and words[i].text.isalpha()
    if has_title and not (single and keys[0] in lex.org_words):
        kind, confidence = "person", 0.7
    elif not single and any(k in lex.org_words for k in org_keys):
        kind, confidence = "organization", 0.55
    elif acronym and not _roman(words[i].text) and not sentence_initial(text, start) and not _by_a_number(text, start, end):
        # "SNCF", "GDL": an acronym nobody listed (countries and known bodies were matched before)
        kind, confidence = "organization", 0.5
    elif keys[0] in lex.given_names and not single:
        kind, confidence = "person", 0.65
    elif (
        single
        or lex.capitalised_nouns
        or sentence_initial(text, start) and j - i < 2
        or all(len(k) < 3 for k in keys)  # "D.C", "U.N"
        or all(text[words[k].end : words[k + 1].start] in _HYPHENS for k in range(i, j))  # "Short-Range"
    ):
        # A lone capitalised word, or two words opening a sentence, is too often an ordinary word.
        kind, confidence = None, 0.0
    elif i >= 2 and (before in lex.particles or before in lex.of_words) and words[i - 2].text[0].islower():
        # "i ministri degli Affari Esteri", "ministros de Asuntos Exteriores": the capitalised
        # tail of a common-noun phrase, not a name.
        kind, confidence = None, 0.0
    else:
        kind, confidence = "other", 0.35
    return NameRun(i, j, start, end, text[start:end], kind, confidence)
