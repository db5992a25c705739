"""Cue rules: a lexicon or pattern from ``fonte/lang/<code>/techniques.toml`` that marks a technique.

Each ``[[rule]]`` names its technique, a confidence (roughly its paragraph-level precision on the
SemEval-2023 training data), an explanation template and how far the finding's span reaches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from fonte.analyze.technique_rules.context import ArticleContext
from fonte.analyze.technique_rules.terms import Lexicon, LexiconScan
from fonte.lang import resource
from fonte.model import Technique

#: How a rule's span grows from the matched cue.
SPAN_MODES = ("match", "label", "clause", "sentence", "actor")
#: A clause ends at one of these marks, or at a full stop before a space or the end. Written to open
#: with one character class, which the engine skips to in C, instead of trying every offset.
_CLAUSE_END = re.compile(r"[;:!?…\n”»\".](?:(?<!\.)|(?=\s|$))")
#: Characters an actor may be from the labelling word it is applied to.
ACTOR_REACH = 25


@dataclass(frozen=True)
class CueRule:
    id: str  # the producer id, "rule:<lang>:<name>"
    technique: str
    confidence: float
    why: str
    lexicon: Lexicon
    span: str = "match"
    needs_actor: bool = False
    merge: bool = False
    sentence_ends: str = ""  # also report whole sentences ending with this mark
    max_words: int = 10_000


@dataclass(frozen=True)
class LanguageRules:
    rules: tuple[CueRule, ...]
    actors: Lexicon | None
    label_prefix: re.Pattern[str] | None
    scan: LexiconScan  # every rule's lexicon, then the actor words when they can share the scan
    mergeable: frozenset[str]  # ids of the rules whose neighbouring findings are joined


@dataclass(frozen=True)
class CueMatches:
    """Where one article's cue words, cue patterns and actor words match."""

    terms: list[tuple[int, re.Match[str]]]  # (rule index, match) of the rules' terms, in text order
    free: list[list[re.Match[str]]]  # per rule, the matches of its patterns
    actors: list[tuple[int, int]]  # spans of actor words


def _rule(lang: str, raw: dict[str, Any], by_name: dict[str, dict[str, Any]]) -> CueRule:
    terms = list(raw.get("terms", []))
    patterns = list(raw.get("patterns", []))
    for name in raw.get("include", []):  # another rule's vocabulary, reused rather than copied
        terms += by_name[name].get("terms", [])
        patterns += by_name[name].get("patterns", [])
    span = raw.get("span", "match")
    if span not in SPAN_MODES:
        raise ValueError(f"techniques.toml ({lang}): rule {raw['name']} has unknown span {span!r}")
    return CueRule(
        id=f"rule:{lang}:{raw['name']}",
        technique=raw["technique"],
        confidence=float(raw.get("confidence", 0.5)),
        why=raw["why"],
        lexicon=Lexicon(terms, patterns),
        span=span,
        needs_actor=bool(raw.get("needs_actor", False)),
        merge=bool(raw.get("merge", False)),
        sentence_ends=raw.get("sentence_ends", ""),
        max_words=int(raw.get("max_words", 10_000)),
    )


@cache
def language_rules(lang: str) -> LanguageRules:
    """The compiled rules of one language (empty when it ships no ``techniques.toml``)."""
    data = resource(lang, "techniques")
    raw_rules = data.get("rule", [])
    by_name = {r["name"]: r for r in raw_rules}
    actors = data.get("actors", {})
    prefix = data.get("label_prefix")
    rules = tuple(_rule(lang, r, by_name) for r in raw_rules)
    actor_words = Lexicon(actors.get("terms", []), actors.get("patterns", [])) if actors else None
    lexicons = [r.lexicon for r in rules]
    if actor_words is not None and actor_words.scans_like_finditer():
        lexicons.append(actor_words)
    return LanguageRules(
        rules=rules,
        scan=LexiconScan(lexicons, sharing=_narrative_words(lang)),
        actors=actor_words,
        mergeable=frozenset(r.id for r in rules if r.merge),
        label_prefix=re.compile(rf"(?:{prefix})$", re.IGNORECASE) if prefix else None,
    )


def _narrative_words(lang: str) -> list[Lexicon]:
    """The lexicons the narratives analyser scans in the same articles: one pass over each article finds both."""
    # Imported here: narratives imports this module for the same reason.
    from fonte.analyze.narratives import cue_lexicons

    return cue_lexicons(lang)[0]


def find(rules: LanguageRules, text: str, folded: str) -> CueMatches:
    """Every match of one language's cue terms, cue patterns and actor words in an article (``folded`` is ``fold(text)``)."""
    n = len(rules.rules)
    terms: list[tuple[int, re.Match[str]]] = []
    actors: list[tuple[int, int]] = []
    for k, m in rules.scan.term_matches(folded):
        if k < n:
            terms.append((k, m))
        else:
            actors.append(m.span())
    free = rules.scan.free_matches(folded)
    if len(free) > n:
        actors += [m.span() for m in free[n]]
    elif rules.actors is not None:
        actors = [m.span() for m in rules.actors.finditer(text, folded)]
    return CueMatches(terms, free[:n], actors)


def _explain(rule: CueRule, cue: str, actor: str | None) -> str:
    gloss = rule.lexicon.gloss(cue)
    return rule.why.format(match=cue, gloss=f" ({gloss})" if gloss and gloss.lower() != cue.lower() else "",
                           actor=actor or "an actor")


def _grow(rule: CueRule, rules: LanguageRules, ctx: ArticleContext, start: int, end: int) -> tuple[int, int]:
    # The sentence is looked up only by the modes that reach into it: most rules keep the match.
    if rule.span == "sentence":
        sentence = ctx.sentence_at(start)
        return sentence.start, sentence.end
    if rule.span == "clause":
        sentence = ctx.sentence_at(start)
        m = _CLAUSE_END.search(ctx.text, end, sentence.end)
        return start, m.start() if m else sentence.end
    if rule.span == "label" and rules.label_prefix is not None:
        sentence = ctx.sentence_at(start)
        window_start = max(sentence.start, start - 30)
        m = rules.label_prefix.search(ctx.text, window_start, start)
        if m and m.start() < start:
            return m.start(), end
    return start, end


def apply(rules: LanguageRules, ctx: ArticleContext, matches: CueMatches) -> list[Technique]:
    """Every finding of every cue rule of one language (``matches`` from ``find`` on the same article)."""
    found: list[Technique] = []
    bodies: list[str] | None = None  # each sentence without its closing quotes and brackets
    for k, m in matches.terms:
        found.extend(_finding(rules.rules[k], rules, ctx, m))
    for rule, free in zip(rules.rules, matches.free):
        for m in free:
            if m.end() > m.start():
                found.extend(_finding(rule, rules, ctx, m))
        # A sentence ends with the mark only where the article holds it.
        if rule.sentence_ends and rule.sentence_ends in ctx.text:
            if bodies is None:
                bodies = [s.text.rstrip("”»\"’)") for s in ctx.sentences]
            found.extend(_sentence_findings(rule, ctx, bodies))
    return found


def _sentence_findings(rule: CueRule, ctx: ArticleContext, bodies: list[str]) -> list[Technique]:
    """Sentences that end with the rule's mark ("?" for doubt, "!" for slogans), short enough."""
    found = []
    for s, body in zip(ctx.sentences, bodies):
        if body.endswith(rule.sentence_ends) and len(s.text.split()) <= rule.max_words:
            found.append(Technique(rule.technique, s.text, s.start, s.end, rule.confidence,
                                   rule.why.format(match=s.text, gloss="", actor="an actor"), rule.id))
    return found


def _finding(rule: CueRule, rules: LanguageRules, ctx: ArticleContext, m: re.Match[str]) -> list[Technique]:
    """The finding one cue match makes (none when an actor-bound rule has no actor nearby)."""
    text = ctx.text
    start, end = m.span()
    actor_text = None
    if rule.needs_actor:
        sentence = ctx.sentence_at(start)
        actor = ctx.nearest_actor(start, end, sentence, ACTOR_REACH)
        if actor is None:
            return []
        actor_text = text[actor[0]:actor[1]]
        if rule.span == "actor":
            # A label in a headline colours the whole headline; elsewhere label and actor.
            start, end = (sentence.start, sentence.end) if ctx.is_headline(sentence) else (
                min(start, actor[0]), max(end, actor[1]))
    start, end = _grow(rule, rules, ctx, start, end)
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return [Technique(rule.technique, text[start:end], start, end, rule.confidence,
                      _explain(rule, text[m.start():m.end()], actor_text), rule.id)]
