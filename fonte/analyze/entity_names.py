"""Names the knowledge base does not know: capitalised word runs with the cues that type them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, compress, count
from operator import gt, itemgetter

from fonte.analyze.entity_lexicon import INITIAL, JOINS, NAME_GAPS, Lexicon, after_initial, joined_gap

#: Characters that end a sentence: a capitalised word right after one proves nothing.
_SENTENCE_END = ".!?…:;\n"
_OPENERS = "\"'«“„‘‹([-–—* \t\u00a0"
_HYPHENS = ("-", "‐", "‑")
_FIRST = itemgetter(0)


# Splitting on words keeps what lies between them: word i is parts[2 * i + 1], the gap after it parts[2 * i + 2].
_SPLIT = re.compile(r"(\w+)")


@dataclass(slots=True)
class Words:
    """The article's words (``\\w+``) as columns: word i is texts[i] = text[starts[i]:ends[i]].

    Columns built by C-level maps, not one object per word: this runs on every word of every article.
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]
    keys: list[str]  # ``Lexicon.key`` of each word
    gaps: list[str]  # gaps[i]: the text between word i and word i + 1 (after the last word: the rest)

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> Words:
        parts = _SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        texts = parts[1::2]
        keys = list(map(lex.key_cache.__getitem__, texts))
        return cls(texts, offsets[1:-1:2], offsets[2::2], keys, parts[2::2])

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(slots=True)
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


def find_runs(text: str, words: Words, taken: list[bool], lex: Lexicon, cued: set[int]) -> list[NameRun]:
    """Capitalised runs among the words no dictionary form took.

    ``cued`` holds the indices of words right after a role noun ("il ministro Rossi"): a name there
    is a person's.
    """
    runs: list[NameRun] = []
    texts, keys, ends, gaps = words.texts, words.keys, words.ends, words.gaps
    titles, particles, given_names, place_nouns = lex.titles, lex.particles, lex.given_names, lex.place_nouns
    n = len(texts)
    stopword = lex.stopword
    # A capitalised word that is no function word may be part of a name, and opens a run where no
    # form took it. Capitals are tested at C level on every word of every article; the stopword memo
    # only on capitalised words (a memo probe per word cost more, and missed on every new word).
    capitalised = list(map(str.isupper, map(_FIRST, texts)))
    run_lasts: set[str] = set()  # the last words' keys of the runs so far: a later lone word may be a surname
    i = 0  # the first word not yet inside a run
    for start in compress(count(), map(gt, capitalised, taken)):
        if start < i or stopword[texts[start]]:
            continue
        i = start
        if keys[i] in particles:
            continue
        j = i
        while j + 1 < n and not taken[j + 1]:
            # What the next word would add is asked first: most runs are one word, and end there.
            if capitalised[j + 1] and not stopword[texts[j + 1]]:
                step = 1
            elif keys[j + 1] in particles and j + 2 < n and not taken[j + 2] and capitalised[j + 2] and not stopword[texts[j + 2]]:
                step = 2  # "Council on Foreign Relations" but not "Cuneo on Tuesday"
            else:
                break
            gap = NAME_GAPS[gaps[j]]
            if gap != JOINS and (gap != INITIAL or not after_initial(text, ends[j])):
                break
            if keys[j + 1] in titles:  # "Oakland Mayor Libby Schaaf": the title starts a new name
                break
            j += step
        first = i
        # A title or a sentence opener glued to the name ("Analyst Laura Pennington", "Later
        # John Smith") is not part of it.
        while first < j and (keys[first] in titles or keys[first + 1] in given_names and sentence_initial(text, words.starts[first])):
            if keys[first] in titles:
                cued = cued | {first + 1}
            first += 1
        # A capitalised word before a given name ("ministra del Lavoro Marina Calderone", "del Pd
        # Chiara Ferri") is a portfolio or a party, not part of the person's name.
        named = next((g for g in range(first + 1, j) if keys[g] in given_names), None) if j - first > 1 else None
        if named is not None and not any(keys[k] in lex.org_words or keys[k] in given_names for k in range(first, named)):
            runs.append(_typed(text, words, first, named - 1, lex, cued))
            run_lasts.add(keys[named - 1])
            first = named
        if j + 1 < n and keys[j + 1] in place_nouns:  # "Белгородской области"
            i = j + 1
            continue
        i = j + 1
        if first == j and _surname_only(keys, j, texts[j], lex, cued, run_lasts):
            continue
        runs.append(_typed(text, words, first, j, lex, cued))
        run_lasts.add(keys[j])
    return runs


def _surname_only(keys: list[str], k: int, word: str, lex: Lexicon, cued: set[int], run_lasts: set[str]) -> bool:
    """Whether the lone word k is a run nothing types that no person named before it can be called
    by: the resolver would pass over it, so it is not built (most lone capitalised words are such).

    Only a known actor or an earlier run can give a person a surname; the tests are those of
    ``_typed`` (a ministry before it, a title, an acronym's capitals), taken wider where cheaper.
    An of-word stays a run: a role looks past nothing but runs for its "of" qualifier.
    """
    key = keys[k]
    if key in lex.actor_surnames or key in run_lasts or key in lex.of_words or k in cued or word.isupper():
        return False
    if not k:
        return True
    before = keys[k - 1]
    if before in lex.titles:
        return False
    return not (before in lex.ministry_links and k >= 2 and not lex.ministry_words.isdisjoint(keys[max(0, k - 4) : k - 1]))


def _by_a_number(text: str, start: int, end: int) -> bool:
    """"12 NOV 2024": an abbreviation in a date, not an organisation."""
    return text[max(0, start - 2) : start].strip()[-1:].isdigit() or text[end : end + 2].strip()[:1].isdigit()


def _roman(word: str) -> bool:
    return not word.strip("IVXLCDM")  # every letter a Roman numeral


def _ministry(text: str, words: Words, i: int, lex: Lexicon) -> int | None:
    """The index of "ministero" in "il ministero degli Esteri", "le ministère de l'Agriculture"."""
    keys, ends, gaps = words.keys, words.ends, words.gaps
    k = i - 1
    while k >= 0 and i - k <= 3 and keys[k] in lex.ministry_links:
        if not joined_gap(text, ends[k], gaps[k], quotes=False):
            return None
        k -= 1
    if k < 0 or k == i - 1 or keys[k] not in lex.ministry_words:
        return None
    return k if joined_gap(text, ends[k], gaps[k], quotes=False) else None


def _typed(text: str, words: Words, i: int, j: int, lex: Lexicon, cued: set[int]) -> NameRun:
    before = words.keys[i - 1] if i else ""
    # _ministry finds its noun two to four words back: it is looked for only when one stands there.
    if before in lex.ministry_links and i >= 2 and not lex.ministry_words.isdisjoint(words.keys[max(0, i - 4) : i - 1]):
        ministry = _ministry(text, words, i, lex)
        if ministry is not None:
            start, end = words.starts[ministry], words.ends[j]
            return NameRun(ministry, j, start, end, text[start:end], "organization", 0.6)
    start, end = words.starts[i], words.ends[j]
    has_title = i in cued or (before in lex.titles and joined_gap(text, words.ends[i - 1], words.gaps[i - 1]))
    if i == j:
        word = words.texts[i]
        if has_title and words.keys[i] not in lex.org_words:
            kind, confidence = "person", 0.7
        elif (
            3 <= len(word) <= 6
            and word.isupper()
            and word.isalpha()
            and not _roman(word)
            and not sentence_initial(text, start)
            and not _by_a_number(text, start, end)
        ):
            # "SNCF", "GDL": an acronym nobody listed (countries and known bodies were matched before)
            kind, confidence = "organization", 0.5
        else:
            # A lone capitalised word is too often an ordinary word.
            kind, confidence = None, 0.0
        return NameRun(i, j, start, end, word, kind, confidence)
    keys = words.keys[i : j + 1]
    # "Marine Le Pen", "Marina Calderone": a given name opening the run is no organisation word.
    org_keys = keys[1:] if keys[0] in lex.given_names else keys
    if has_title:
        kind, confidence = "person", 0.7
    elif not lex.org_words.isdisjoint(org_keys):
        kind, confidence = "organization", 0.55
    elif keys[0] in lex.given_names:
        kind, confidence = "person", 0.65
    elif (
        lex.capitalised_nouns
        or sentence_initial(text, start) and j - i < 2
        or all(len(k) < 3 for k in keys)  # "D.C", "U.N"
        or all(gap in _HYPHENS for gap in words.gaps[i:j])  # "Short-Range"
    ):
        # Two words opening a sentence are too often ordinary words.
        kind, confidence = None, 0.0
    elif i >= 2 and (before in lex.particles or before in lex.of_words) and words.texts[i - 2][0].islower():
        # "i ministri degli Affari Esteri", "ministros de Asuntos Exteriores": the capitalised
        # tail of a common-noun phrase, not a name.
        kind, confidence = None, 0.0
    else:
        kind, confidence = "other", 0.35
    return NameRun(i, j, start, end, text[start:end], kind, confidence)
