"""Word counts, reading time (measured vs stated) and readability per language."""

from __future__ import annotations

import re
from functools import cache
from itertools import filterfalse

from fonte.lang import resource
from fonte.model import Analysis

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: Marks that are neither word characters nor WORD's joiners: stripped from a token's ends, they
#: leave its words as they were.
_EDGE_MARKS = ".,;:!?\"()[]«»“”„…"
DEFAULT_WPM = 200
_VOWELS = {
    "it": "aeiouàèéìíòóùú",
    "en": "aeiouy",
    "fr": "aeiouyàâäéèêëîïôöùûüÿœæ",
    "de": "aeiouyäöü",
    "es": "aeiouáéíóúü",
    "ru": "аеёиоуыэюя",
}


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


def words_of(text: str) -> list[str]:
    """``WORD.findall(text)``, found faster.

    A word never holds whitespace, so the words of the text are those of its whitespace-separated
    tokens; most tokens are one word as they stand (or once their punctuation is stripped), which
    ``str.isalnum`` tells in C (\\w is exactly the alphanumeric characters and "_"). Only the rest
    go through the regex.
    """
    words: list[str] = []
    append, extend, findall = words.append, words.extend, WORD.findall
    for token in text.split():
        if token.isalnum():
            append(token)
        else:
            bare = token.strip(_EDGE_MARKS)
            if bare.isalnum():
                append(bare)
            else:
                extend(findall(token))
    return words


@cache
def _vowel_groups(lang: str) -> re.Pattern[str]:
    return re.compile(f"[{_VOWELS.get(lang, 'aeiou')}]+")


def syllables(word: str, lang: str) -> int:
    """Vowel groups: the usual approximation for readability formulas."""
    lowered = word.lower()
    n = len(_vowel_groups(lang).findall(lowered))
    if lang in ("en", "fr") and n > 1 and lowered.endswith("e"):
        n -= 1
    return max(1, n)


#: Distinct words whose syllables a language keeps counted (news shares most of its words across articles).
SYLLABLE_CACHE_WORDS = 100_000


class _SyllableCounts(dict):
    """word -> syllables in one language, counted at the first look-up."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, word: str) -> int:
        if len(self) >= SYLLABLE_CACHE_WORDS:
            self.clear()
        n = self[word] = syllables(word, self.lang)
        return n


@cache
def _syllable_counts(lang: str) -> _SyllableCounts:
    return _SyllableCounts(lang)


def _letters(words: list[str]) -> int:
    """How many letters ``words`` hold: all their characters but for the few words with digits or marks."""
    n = sum(map(len, words))
    for word in filterfalse(str.isalpha, words):
        n -= len(word) - sum(map(str.isalpha, word))
    return n


def readability(text: str, sentences: int, lang: str, words: list[str] | None = None) -> dict | None:
    """The standard readability index of the language, or None where none is defined.

    ``words`` are ``text``'s words when the caller has them already.
    """
    formula = resource(lang, "segments").get("readability")
    words = words_of(text) if words is None else words
    if not formula or not words or not sentences:
        return None
    n = len(words)
    wps = n / sentences
    if formula == "gulpease":
        letters = _letters(words)
        score = 89 + (300 * sentences - 10 * letters) / n
        return {"index": "gulpease", "score": round(score, 1)}
    # Syllables are integers: their sum, and so the score, does not depend on the order of the words.
    spw = sum(map(_syllable_counts(lang).__getitem__, words)) / n
    coefficients = {
        "flesch": (206.835, 1.015, 84.6),
        "kandel-moles": (207.0, 1.015, 73.6),
        "amstad": (180.0, 1.0, 58.5),
        "szigriszt-pazos": (206.835, 1.0, 62.3),
        "oborneva": (206.835, 1.3, 60.1),
    }
    if formula not in coefficients:
        return None
    base, a, b = coefficients[formula]
    return {"index": formula, "score": round(base - a * wps - b * spw, 1)}


def run(analysis: Analysis, options) -> None:
    found = words_of(analysis.text)
    words = len(found)
    wpm = resource(analysis.language, "segments").get("words_per_minute", DEFAULT_WPM)
    analysis.words = words
    analysis.reading_time = {
        "minutes": round(words / wpm, 1),
        "words": words,
        "words_per_minute": wpm,
        "stated_minutes": analysis.article.stated_reading_minutes,
    }
    analysis.readability = readability(analysis.text, len(analysis.sentences), analysis.language, found)
