"""Per-language speech cues compiled from ``fonte/lang/<code>/speech.toml``.

Every pattern is an alternation of literal phrases with bounded gaps, so matching is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from fonte.analyze import pattern_hits
from fonte.analyze.pattern_hits import WORD_START
from fonte.lang import available, resource

_START = WORD_START
_END = r"(?![\w’'-])"
#: Words an auxiliary and its participle may have between them ("ha poi chiarito", "a de son côté déclaré").
_GAP = r"(?:[^\W\d_]+\s+){0,3}?"


@dataclass(frozen=True)
class SpeechCues:
    speech: re.Pattern[str]  # a speech verb: "said", "ha detto", "a déclaré"
    stance: re.Pattern[str] | None  # a verb taking a quoted object: "praised", "apprezza"
    after_quote: re.Pattern[str] | None  # only right after a closing mark: „…“, so Scholz
    complementizer: re.Pattern[str] | None  # "that", "che", "что"
    according: re.Pattern[str] | None  # before the source: "according to", "secondo"
    according_after: re.Pattern[str] | None  # after the source: "zufolge"
    trailing_source: re.Pattern[str] | None  # ", as reported by …" closing a reported clause
    roles: re.Pattern[str] | None  # role nouns: "minister", "il Presidente"
    anaphoric: re.Pattern[str] | None  # a sentence opening that attributes the one before: "Lo ha detto"
    according_pronoun: re.Pattern[str] | None  # "according to him", "по его словам": the last speaker
    reported_mood: frozenset[str]  # verb forms that mark reported speech by themselves (Konjunktiv I)
    clause_pronouns: frozenset[str]  # subjects that open a that-less reported clause ("said he would")
    honorifics: re.Pattern[str] | None  # "M.", "Mr", "Herr": before a name, never part of it
    according_relative: re.Pattern[str] | None  # "secondo cui", "according to which": the noun before speaks
    indefinites: frozenset[str]  # "un", "a", "ein": a role named with them is no particular person
    gerunds: frozenset[str]  # "saying", "sottolineando": the subject is the one that opens the sentence
    clause_auxiliaries: frozenset[str]  # "would", "was": a clause follows the verb even without "that"
    clause_past_endings: tuple[str, ...]  # "-ed": a past verb after the subject ("said Germany supported")
    complementizers_words: frozenset[str]  # the same as single words, to test one word quickly
    prepositions: frozenset[str]  # "sull'", "on": the name after them at a sentence start is a topic
    institutions: frozenset[str]  # role nouns that name a body, not a person ("ministry", "Kreml")
    organisation_nouns: frozenset[str]  # "the company", "das Unternehmen": the organisation named before
    addressee_verbs: frozenset[str]  # "told": an addressee comes before the clause
    quoting_verbs: frozenset[str]  # "quoted", "zitiert": an outlet repeats words; its object spoke them
    comma_before_complementizer: bool  # ", dass", ", что": the comma is grammar, not a relative clause
    capitalised_nouns: bool  # German: a capitalised word after an article is a noun, not a name
    relative_complementizer: bool  # "che", "que" also relate to a noun: after a direct object they do
    coordinators: frozenset[str]  # "and", "but", "who": what a closing attribution never starts with
    relatives: frozenset[str]  # "qui", "che": after a closing attribution, a clause about the speaker
    pronouns: frozenset[str]
    determiners: frozenset[str]
    name_particles: frozenset[str]


#: One alternative: its literal characters, and pattern pieces as tuples (``(r"\s+",)``); a piece may name,
#: second, every character it can open with (``("(?:as|ad)…", "a")``).
_Branch = list[str | tuple[str, ...]]


def _branches(phrases: list[str], suffixes: list[str] | None = None) -> list[_Branch]:
    """The phrases, longest first, as alternatives; their order decides which one matches where several do."""
    ordered = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    glued = "(?:" + "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)) + ")?" if suffixes else ""
    branches: list[_Branch] = []
    for p in ordered:
        tokens: _Branch = []
        for k, word in enumerate(p.split()):
            tokens += ([(r"\s+",)] if k else []) + list(word)
        # A phrase ending in an apostrophe ("qu’") runs straight into the next word.
        branches.append(tokens + ([(glued + _END,)] if p[-1].isalnum() else []))
    return branches


def _alternation(phrases: list[str], suffixes: list[str] | None = None) -> str:
    return _grouped(_branches(phrases, suffixes))


def _grouped(branches: list[_Branch]) -> str:
    """Alternatives factored by their first letter, in their order: the same matches, faster.

    Python's engine tries every alternative at every word start; factored, it tries one letter per
    group and enters only the group that matches. Within a group the alternatives keep their order, and
    alternatives of other letters cannot match where it does, so the first alternative that matches is
    the same as in the flat list. An alternative opening with a pattern piece (``\\s+``) or ending is a
    barrier: nothing moves across it.
    """
    parts: list[str] = []
    run: list[_Branch] = []  # alternatives opening with a letter, since the last barrier

    def flush() -> None:
        table = _by_letter(run)
        parts.extend((_plain(b) for b in run) if table is None else (re.escape(k) + v for k, v in table.items()))
        run.clear()

    for branch in branches:
        if branch and isinstance(branch[0], str):
            run.append(branch)
        else:
            flush()
            parts.append(_plain(branch))
    flush()
    return "|".join(parts)


def _by_letter(branches: list[_Branch]) -> dict[str, str] | None:
    """First letter -> what may follow it, for alternatives that all open with a letter.

    None where one character matches two of the letters under re.IGNORECASE ("s", "ſ"): their
    alternatives keep the flat order.
    """
    groups: dict[str, list[_Branch]] = {}
    for branch in branches:
        groups.setdefault(branch[0], []).append(branch[1:])  # type: ignore[index]
    letters = list(groups)
    if any(_same_letter(a, b) for i, a in enumerate(letters) for b in letters[i + 1 :]):
        return None
    return {k: _plain(rests[0]) if len(rests) == 1 else "(?:" + _grouped(rests) + ")" for k, rests in groups.items()}


def _plain(tokens: _Branch) -> str:
    return "".join(re.escape(t) if isinstance(t, str) else t[0] for t in tokens)


def _same_letter(a: str, b: str) -> bool:
    return bool(re.fullmatch(re.escape(a), b, re.IGNORECASE) or re.fullmatch(re.escape(b), a, re.IGNORECASE))


def _pattern(branches: list[_Branch]) -> re.Pattern[str]:
    """The alternatives after a word start; what follows each first letter is kept for ``pattern_hits``."""
    pattern = re.compile(_START + "(?:" + _grouped(branches) + ")", re.IGNORECASE)
    if all(b and isinstance(b[0], str) for b in branches):
        table = _by_letter(branches)
        if table is not None:
            pattern_hits.by_letter(pattern, table, _second_letters(branches))
    return pattern


def _second_letters(branches: list[_Branch]) -> dict[str, str]:
    """First letter -> the characters its alternatives go on with, for letters whose alternatives all go on with one."""
    following: dict[str, set[str] | None] = {}
    for branch in branches:
        known = following.setdefault(branch[0], set())  # type: ignore[arg-type]
        if known is None:
            continue
        second = branch[1] if len(branch) > 1 else None
        if isinstance(second, str):
            known.add(second)
        elif second is not None and len(second) > 1:
            known.update(second[1])  # a piece that says what it opens with
        else:
            following[branch[0]] = None  # type: ignore[index]  # a one-letter word or a pattern piece: anything may follow
    return {letter: "".join(sorted(chars)) for letter, chars in following.items() if chars}


def _compile(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return _pattern(_branches(phrases))


def _verbs(
    finite: list[str], auxiliaries: list[str], participles: list[str], suffixes: list[str] | None = None
) -> re.Pattern[str] | None:
    branches: list[_Branch] = []
    if auxiliaries and participles:
        # "(?:ha|hanno|avrebbe)\s+…(?:detto|…)" as "h(?:a|anno)\s+…(?:detto|…)|avrebbe\s+…(?:detto|…)": one
        # alternative per first letter of the auxiliaries, so that they join the letters' groups
        after = f"\\s+{_GAP}(?:{_alternation(participles)})"
        aux_branches = _branches(auxiliaries)
        aux = _by_letter(aux_branches)
        if aux is None:
            branches.append([(f"(?:{_alternation(auxiliaries)}){after}",)])
        else:
            second = _second_letters(aux_branches)  # "h" of "has|have|had" goes on with "a"
            for letter, rest in aux.items():
                branches.append([letter, (f"(?:{rest}){after}", *([second[letter]] if letter in second else []))])
    if finite:
        branches += _branches(finite, suffixes)
    if not branches:
        return None
    return _pattern(branches)


def _roles(roles: list[str], compound: bool) -> re.Pattern[str] | None:
    """Role nouns; in a compounding language also at the end of a longer word ("Kremlsprecher")."""
    if not compound or not roles:
        return _compile(roles)
    return re.compile(_START + r"(?:[^\W\d_]+-?)?(?:" + _alternation(roles) + ")", re.IGNORECASE)


def _anaphoric(anaphors: list[str], speech: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """An anaphor right before a speech verb: "Lo ha detto", "Об этом заявил", "È quanto ha spiegato"."""
    if not anaphors or speech is None:
        return None
    verb = speech.pattern[len(_START) :]  # "L'ha detto": no word boundary after the elided pronoun
    # "Così, un portavoce della Bce, risponde": the subject may stand between commas before the verb
    subject = r"(?:\s*,(?P<subject>[^,.;:!?\n]{1,60}),)?"
    return re.compile(_START + "(?:" + _alternation(anaphors) + ")" + subject + r"\s*" + verb, re.IGNORECASE)


def _merged() -> dict[str, Any]:
    """Every language's cues together: for text whose language is unknown."""
    merged: dict[str, list[str]] = {}
    for code in available("speech"):
        for key, values in resource(code, "speech").items():
            if isinstance(values, list):  # a language's flags do not hold for text of unknown language
                merged.setdefault(key, []).extend(values)
    return merged


@cache
def for_language(lang: str) -> SpeechCues:
    """The compiled cues of ``lang``; every language's together when it has none."""
    data = resource(lang, "speech") or _merged()

    def words(key: str) -> list[str]:
        return list(data.get(key, []))

    def word_set(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in words(key))

    finite = words("verbs") + words("gerunds")
    speech = _verbs(finite, words("auxiliaries"), words("participles"), words("verb_suffixes"))
    return SpeechCues(
        speech=speech or re.compile(r"(?!x)x"),
        stance=_verbs(words("stance"), words("auxiliaries"), words("stance_participles")),
        after_quote=_compile(words("after_quote")),
        complementizer=_compile(words("complementizers")),
        according=_compile(words("according")),
        according_after=_compile(words("according_after")),
        trailing_source=_compile(words("trailing_sources")),
        roles=_roles(words("roles"), bool(data.get("compound_roles", False))),
        anaphoric=_anaphoric(words("anaphors"), speech),
        according_pronoun=_compile(words("according_pronoun")),
        reported_mood=word_set("reported_mood"),
        clause_pronouns=word_set("clause_pronouns"),
        coordinators=word_set("coordinators"),
        relatives=word_set("relatives"),
        relative_complementizer=bool(data.get("relative_complementizer", False)),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        addressee_verbs=word_set("addressee_verbs"),
        quoting_verbs=word_set("quoting_verbs"),
        comma_before_complementizer=bool(data.get("comma_before_complementizer", False)),
        institutions=word_set("institutions"),
        organisation_nouns=word_set("organisation_nouns"),
        prepositions=word_set("prepositions"),
        clause_auxiliaries=word_set("clause_auxiliaries"),
        clause_past_endings=tuple(data.get("clause_past_endings", [])),
        complementizers_words=word_set("complementizers"),
        gerunds=word_set("gerunds"),
        according_relative=_compile(words("according_relative")),
        indefinites=word_set("indefinites"),
        honorifics=_compile(words("honorifics")),
        pronouns=word_set("pronouns"),
        determiners=word_set("determiners"),
        name_particles=word_set("name_particles"),
    )
