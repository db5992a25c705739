"""Citations: every place an article leans on another outlet or agency, and the article's own outlet.

Rules, in order of trust: a dateline, byline or agency credit ("MOSCA (Reuters) –", "(ANSA)",
"dpa/jp", "By Jane Roe, Reuters", "Reuters: ..." opening a paragraph); a catalogued outlet name next to
a reporting cue ("come riportato da Ria Novosti", "Reuters reported", "in an interview with CNN");
an unknown name after an agency noun ("the news agency Xyz") or a closing credit ("Con información de
Xyz"). Cues are per-language data in ``fonte/lang/<code>/citations.toml``; outlet names come from the
catalogue (``fonte.kb.outlets``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from fonte.analyze.regex_first_chars import first_chars
from fonte.kb.outlets import Catalogue, NameHit, catalogue, name_endings, normalise_domain
from fonte.lang import LANGUAGES, available, resource
from fonte.model import Analysis, Article, Citation, Outlet

#: Confidence of each rule.
CONFIDENCE_CREDIT = 0.9
CONFIDENCE_CUE = 0.9
CONFIDENCE_AGENCY_NOUN = 0.6  # "l'agenzia Tass ..." with no reporting verb: it may be talked about
CONFIDENCE_UNKNOWN = 0.5

#: The longest lower-case word that may join two capitalised words of an unknown name (de, del, di).
MAX_NAME_CONNECTOR = 3
#: How far before a name a cue may start (characters); cues are short phrases.
CUE_WINDOW = 120

# A credit line: up to a few words of place and date before "(Agency)" at a paragraph's start.
_DATELINE_LEAD = re.compile(r"[^\W\d_][^\n()!?]{0,50}?\s*")
_DASH_AFTER = re.compile(r"\s*[-–—:]")
# The end of a dateline that does not open its line: a place, then a day and month ("Roma, 28 mag.",
# "Berlin, 12. März", "PARIS, 3/4/2024"), right before "(Agency) –".
_DATED_PLACE = re.compile(
    r"(?<!\w)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2},[ \t]*"
    r"(?:\d{1,2}[ \t.]+[^\W\d_]{3,}\.?(?:[ \t]\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)[ \t]*$"
)
# After a credit, editors' initials may follow a slash ("dpa/jp", "AFP/dpa").
_CREDIT_AT_END = re.compile(r"(?:\s*/\s*[^\W\d_]{1,12})*\s*\.?\s*")
_INITIALS_BEFORE = re.compile(r"(?:[^\W\d_]{1,12}\s*/\s*)+$")
# A paragraph opened by a source's name and a colon: "Reuters : Macron nie tout".
_SOURCE_LEAD = re.compile(r"[ \t]?:\s+\S")
# The same with a dash and no parentheses, the agency's name then a full stop (Russian agencies).
_DASH_DATELINE = re.compile(r"[^\W\d_][^\n()!?.]{0,40}?\s[-–—]\s*")
_SENTENCE_END = re.compile(r"[.!?\"”»]\s*$")
_FRAGMENT = re.compile(r"\{(\w+)\}")
# An agency name nobody catalogued: up to four words; only the capitalised ones are kept.
_UNKNOWN_NAME = r"(?P<name>[«\"“„]?[^\W\d_][\w’'-]*(?:[ \t][^\W\d_][\w’'-]*){0,3})"


@dataclass(frozen=True)
class CuePatterns:
    """One language's cues, compiled."""

    before: re.Pattern[str]  # matches at the end of the text before a name
    after: re.Pattern[str]  # matches at the start of the text after a name
    cue_only: re.Pattern[str]  # a reporting cue ending at the end of a window
    unknown: re.Pattern[str] | None  # agency noun phrase + a name
    agency_hint: re.Pattern[str] | None  # where an agency noun may be: the only places ``unknown`` runs
    byline: re.Pattern[str] | None  # "By Jane Roe," before an agency's name closing a byline
    credit_unknown: re.Pattern[str] | None  # a closing credit + any name ("Con información de Xyz")
    credit_starts: re.Pattern[str] | None  # where ``credit_unknown`` may start (None: anywhere)
    title_case_acronyms: bool  # the language writes acronyms as names ("la Cnn")


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """Insert fragments and let the data's single spaces stand for any run of whitespace."""
    pattern = _FRAGMENT.sub(lambda m: fragments.get(m.group(1), m.group(0)), pattern)
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def _guarded(pattern: str, flags: int) -> str:
    """``pattern`` behind a look-ahead for its possible first characters, when they are known.

    The regex engine tries an alternation's branches one by one, each a costly jump; a branch whose
    first character cannot match is then rejected by one class test. The look-ahead admits every
    character the branch may start with (compiled with the same flags), so it changes no match.
    """
    try:
        first = first_chars(pattern, flags)
    except re.error:
        first = None
    if not first:
        return f"(?:{pattern})"
    return f"(?=[{''.join(map(re.escape, sorted(first)))}])(?:{pattern})"


#: Below this code point, the characters a word's first letter matches case-insensitively are listed one
#: by one; every character from it on is let through to the exact test.
CASELESS_LISTED = 0x3000


def _caseless_class(chars: str) -> str:
    """A case-sensitive class holding every character that matches one of ``chars`` case-insensitively
    (a superset: their case forms, found with the engine itself, and everything from CASELESS_LISTED up)."""
    fits = re.compile(f"[{re.escape(chars)}]", re.IGNORECASE).fullmatch
    listed = "".join(re.escape(chr(c)) for c in range(CASELESS_LISTED) if fits(chr(c)))
    return f"[{listed}{re.escape(chr(CASELESS_LISTED))}-\U0010ffff]"


def _caseless_literal(word: str) -> re.Pattern[str]:
    """``re.compile(re.escape(word), re.IGNORECASE)``, spelt so that the engine skips through a text in C.

    A case-insensitive pattern gets no first-character shortcut: the engine tries it at every
    position. Here it opens with a case-sensitive class of the characters the first letter may match,
    then checks that character case-insensitively and matches the rest.
    """
    first = re.escape(word[0])
    return re.compile(f"{_caseless_class(word[0])}(?<=(?i:{first}))(?i:{re.escape(word[1:])})")


def _word_start_gate(pattern: str) -> re.Pattern[str] | None:
    """Where ``(?<!\\w)(?:pattern)``, case-insensitive, may start: one of the pattern's first characters (any
    case) after no word character, found by a scan the engine skips through in C (see
    ``_caseless_literal``); None when the first characters are unknown or the pattern may match nothing."""
    try:
        first = first_chars(pattern, re.IGNORECASE)
    except re.error:
        first = None
    if not first:
        return None
    chars = "".join(sorted(first))
    return re.compile(f"{_caseless_class(chars)}(?<!\\w.)(?<=(?i:[{re.escape(chars)}]))")


def _gated_finditer(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches empty, tried only where ``starts`` finds
    a possible start: a case-insensitive pattern is otherwise tried at every position of the text."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for candidate in starts.finditer(text):
        at = candidate.start()
        if at >= end:
            found = pattern.match(text, at)
            if found:
                end = found.end()
                yield found


@cache
def cue_patterns(lang: str) -> CuePatterns | None:
    return _cue_patterns(lang, fast=True)


def _cue_patterns(lang: str, fast: bool) -> CuePatterns | None:
    """One language's cues compiled; ``fast=False`` spells them plainly (the reference in tests)."""
    data = resource(lang, "citations")
    cues = data.get("cues")
    if not cues:
        return None
    fragments = data.get("fragments", {})

    def alternation(key: str) -> str:
        wrap = (lambda p: _guarded(p, re.IGNORECASE)) if fast else (lambda p: f"(?:{p})")
        return "|".join(wrap(_expand(p, fragments)) for p in cues.get(key, [])) or r"(?!)"

    before, after = alternation("before"), alternation("after")
    news_agency, agency = alternation("news_agency"), alternation("agency")
    named_before = f"{news_agency}|{agency}|{alternation('medium')}"
    art = _expand(fragments.get("art", r"(?!)"), fragments)
    hint = cues.get("agency_hint")
    flags = re.IGNORECASE
    byline, credit = cues.get("byline"), cues.get("credit_unknown")
    credits = alternation("credit_unknown")
    # Up to six words of a name ("Jane Roe and John Doe") between the byline word and the agency.
    byline_names = r"[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,6}"
    cue_head = rf"(?P<cue>{before})\s*(?:(?<!\w)(?P<agency>{named_before})\s*)?"
    agency_head = rf"(?P<agency_only>{news_agency}|{agency})\s*"
    # One look-behind before both branches: the engine tests it once at each position, not twice.
    before_head = (
        rf"(?<!\w)(?:{cue_head}|{agency_head})" if fast else rf"(?:(?<!\w){cue_head}|(?<!\w){agency_head})"
    )
    return CuePatterns(
        before=re.compile(rf"{before_head}(?:(?<!\w){art}\s*)?$", flags),
        after=re.compile(rf"(?:{after})(?!\w)", flags),
        cue_only=re.compile(rf"(?<!\w)(?:{before})\s*$", flags),
        unknown=re.compile(
            rf"(?<!\w)(?:(?P<news>{news_agency})|(?P<agency>{agency}))\s+{_UNKNOWN_NAME}", flags
        ),
        agency_hint=(_caseless_literal(hint) if fast else re.compile(re.escape(hint), flags)) if hint else None,
        byline=re.compile(rf"(?:{alternation('byline')})[ \t]+{byline_names}[ \t]*[,|/–—-][ \t]*$", flags) if byline else None,
        credit_unknown=re.compile(rf"(?<!\w)(?:{credits})[ \t]+{_UNKNOWN_NAME}", flags) if credit else None,
        credit_starts=_word_start_gate(credits) if credit and fast else None,
        title_case_acronyms=bool(data.get("acronyms_in_title_case")),
    )


def own_outlet(article: Article, cat: Catalogue) -> Outlet | None:
    """The article's own outlet, from its URL's domain or its site name."""
    domain = normalise_domain(article.source.url) if article.source.url else ""
    entry = cat.lookup_domain(domain) if domain else None
    if entry is None and article.site_name:
        entry = cat.lookup_name(article.site_name)
    if entry is not None:
        return entry.to_outlet(domain or None)
    if article.site_name or domain:
        return Outlet(name=article.site_name or domain, domain=domain or None)
    return None


def _paragraph_bounds(analysis: Analysis) -> list[tuple[int, int]]:
    if analysis.article.paragraphs:
        return [(p.start, p.end) for p in analysis.article.paragraphs]
    bounds, start = [], 0
    for line in analysis.text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _enclosing(text: str, bounds: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The paragraph holding ``pos``; outside every paragraph (a title, a heading), its line."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and bounds[i][0] <= pos <= bounds[i][1]:
        return bounds[i]
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _credit(text: str, hit: NameHit, para: tuple[int, int], cues: list[CuePatterns]) -> tuple[int, int, str] | None:
    """A dateline ("MOSCA (Reuters) –", "МОСКВА, 20 июн – РИА Новости."), a credit ("(ANSA)", "dpa/jp",
    a paragraph closed by the agency's name alone), a byline ("By Jane Roe, Reuters") or a paragraph
    opened by the source's name and a colon."""
    lead, tail = text[para[0] : hit.start], text[hit.end : para[1]]
    if hit.start and text[hit.start - 1] == "(" and tail[:1] == ")":
        opening, closing = hit.start - 1, hit.end + 1
        lead, tail = lead[:-1], tail[1:]
        if not lead.strip():
            return opening, closing, "citations.credit"
        dash = _DASH_AFTER.match(tail)
        if dash and lead[0].isupper() and _DATELINE_LEAD.fullmatch(lead):
            return para[0], closing + len(dash.group()), "citations.dateline"
        dated = _DATED_PLACE.search(lead) if dash else None
        if dated:  # a dateline after other text on the line (a scraped page's leftovers)
            return para[0] + dated.start(), closing + len(dash.group()), "citations.dateline"
        if _CREDIT_AT_END.fullmatch(tail):
            return opening, closing, "citations.credit"
        return None
    if _DASH_DATELINE.fullmatch(lead) and lead.split()[0].rstrip(",").isupper() and tail[:1] in (".", ","):
        return para[0], hit.end, "citations.dateline"
    if not lead.strip() and _SOURCE_LEAD.match(tail):
        return hit.start, hit.end, "citations.source-lead"
    if not _CREDIT_AT_END.fullmatch(tail):
        return None
    bare_lead = _INITIALS_BEFORE.sub("", lead)
    # Alone on its line, a name is a credit only with initials ("dpa/jp"): else it may be a heading.
    if _SENTENCE_END.search(bare_lead) or (not bare_lead.strip() and ("/" in tail or bare_lead != lead)):
        return hit.start, hit.end, "citations.credit"
    for patterns in cues:
        byline = patterns.byline.search(lead) if patterns.byline else None
        if byline and not lead[: byline.start()].strip():
            return para[0] + byline.start(), hit.end, "citations.byline"
    return None


def _cued(text: str, hit: NameHit, para: tuple[int, int], cues: list[CuePatterns]) -> tuple[int, int, float] | None:
    """The span from a cue to the name (or from the name to a cue after it), and its confidence."""
    window_start = max(para[0], hit.start - CUE_WINDOW)
    window = text[window_start : hit.start]
    for patterns in cues:
        before = patterns.before.search(window)
        after = patterns.after.match(text, hit.end)
        if after and after.end() > para[1]:
            after = None
        if not before and not after:
            continue
        start = window_start + before.start() if before else hit.start
        end = after.end() if after else hit.end
        reporting = after is not None or (before is not None and before.group("cue") is not None)
        return start, end, CONFIDENCE_CUE if reporting else CONFIDENCE_AGENCY_NOUN
    return None


def _unknown_agencies(
    analysis: Analysis, cues: list[CuePatterns], taken: list[tuple[int, int]], cat: Catalogue
) -> list[Citation]:
    """Agencies the catalogue lacks, named right after a news-agency noun or an agency noun with a cue."""
    text = analysis.text
    found = []
    for patterns in cues:
        if patterns.unknown is None or patterns.agency_hint is None:
            continue
        around_hints = (
            m
            for hint in patterns.agency_hint.finditer(text)
            for m in patterns.unknown.finditer(text, max(0, hint.start() - CUE_WINDOW), hint.end() + CUE_WINDOW)
        )
        for m in around_hints:
            words = []
            for word in m.group("name").split():
                if not word.lstrip("«\"“„")[:1].isupper():
                    break
                words.append(word)
            if not words:
                continue
            name_start = m.start("name")
            name_end = text.find(words[-1], name_start) + len(words[-1])
            start = m.start()
            before = patterns.cue_only.search(text[max(0, start - CUE_WINDOW) : start])
            if before:
                start = max(0, start - CUE_WINDOW) + before.start()
            after = patterns.after.match(text, name_end)
            end = after.end() if after else name_end
            if m.group("news") is None and not before and not after:
                continue  # "l'agenzia Frontex": an agency, but not one that reports news
            if any(a < end and start < b for a, b in taken):
                continue
            name = text[name_start:name_end].strip("«\"“„»”")
            if cat.lookup_name(name) is not None:
                continue
            taken.append((start, end))
            found.append(
                Citation(
                    outlet=Outlet(name=name, kind="agency"),
                    text=text[start:end],
                    start=start,
                    end=end,
                    confidence=CONFIDENCE_UNKNOWN,
                    by="citations.unknown-agency",
                )
            )
    return found


def _unknown_credits(
    analysis: Analysis, cues: list[CuePatterns], taken: list[tuple[int, int]], cat: Catalogue
) -> list[Citation]:
    """Outlets the catalogue lacks, named in a closing credit ("Con información de El Diario")."""
    text = analysis.text
    found = []
    for patterns in cues:
        if patterns.credit_unknown is None:
            continue
        for m in _gated_finditer(patterns.credit_unknown, patterns.credit_starts, text):
            name = _capitalised_run(m.group("name"))
            if not name:
                continue
            start, end = m.start(), m.start("name") + len(name)
            name = name.strip("«\"“„»”")
            if any(a < end and start < b for a, b in taken) or cat.lookup_name(name) is not None:
                continue
            taken.append((start, end))
            found.append(Citation(Outlet(name=name), text[start:end], start, end, CONFIDENCE_UNKNOWN, "citations.unknown-credit"))
    return found


def _capitalised_run(words: str) -> str:
    """The leading capitalised words of ``words``, as written ('' when the first is lower-case); short
    lower-case words between two capitalised ones belong to the name ("El Faro del Sur")."""
    kept: list[str] = []
    pending: list[str] = []
    for word in words.split():
        if word.lstrip("«\"“„")[:1].isupper():
            kept += [*pending, word]
            pending = []
        elif kept and len(word) <= MAX_NAME_CONNECTOR and word.isalpha():
            pending.append(word)
        else:
            break
    if not kept:
        return ""
    return words[: words.find(kept[-1]) + len(kept[-1])]


@cache
def _endings(langs: tuple[str, ...]) -> tuple[str, ...]:
    """The case endings of outlet names in any of ``langs``, longest first."""
    return tuple(sorted({e for lang in langs for e in name_endings(lang)}, key=len, reverse=True))


def run(analysis: Analysis, options) -> None:
    cat = catalogue()
    analysis.outlet = own_outlet(analysis.article, cat)
    langs = [analysis.language] if analysis.language in LANGUAGES else available("citations")
    cues = [p for p in (cue_patterns(lang) for lang in langs) if p is not None]
    endings = _endings(tuple(langs))
    text = analysis.text
    bounds = _paragraph_bounds(analysis)
    starts = [b[0] for b in bounds]
    citations: list[Citation] = []
    title_case_acronyms = any(p.title_case_acronyms for p in cues)
    for hit in cat.find(text, endings, title_case_acronyms):
        para = _enclosing(text, bounds, starts, hit.start)
        outlet = hit.entry.to_outlet()
        credit = _credit(text, hit, para, cues)
        if credit:
            start, end, by = credit
            if analysis.outlet and analysis.outlet.name == outlet.name:
                continue  # an outlet crediting itself cites nobody
            citations.append(Citation(outlet, text[start:end], start, end, CONFIDENCE_CREDIT, by))
            continue
        cued = _cued(text, hit, para, cues)
        if cued:
            start, end, confidence = cued
            citations.append(Citation(outlet, text[start:end], start, end, confidence, "citations.cue"))
    taken = [(c.start, c.end) for c in citations]
    citations += _unknown_agencies(analysis, cues, taken, cat)
    citations += _unknown_credits(analysis, cues, taken, cat)
    analysis.citations = sorted(citations, key=lambda c: c.start)
