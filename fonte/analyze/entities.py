"""Entities: the people, organisations and countries an article talks about, linked to identities.

One dictionary pass (``entity_lexicon``) finds known forms; capitalised runs the dictionary
missed are unknown names (``entity_names``); then one pass in reading order resolves what needs
context: a capital as its government (or a mere place), a role noun as the office holder on the
article's date or as the person the article last called that, a surname as the full name seen
earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from collections.abc import Iterator
from itertools import compress, count
from operator import attrgetter

from fonte.analyze.entity_lexicon import WORD, Lexicon, Memo, Target, joined, joined_gap, lexicon
from fonte.analyze.entity_names import NameRun, Words, find_runs, sentence_initial
from fonte.kb import actors, countries
from fonte.model import Analysis, Entity, Mention

BY_ACTORS = "kb:actors"
BY_COUNTRIES = "kb:countries"
BY_OUTLETS = "kb:outlets"
BY_NAMES = "rule:capitalised-name"
BY_CITIES = "kb:cities"
BY_FORMS = "lang:organisations"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Between a role and the name it introduces: "the foreign minister, Sergey Lavrov".
_APPOSITION_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
_APPOSITION = Memo(lambda gap: _APPOSITION_GAP.fullmatch(gap) is not None, 10_000)  # gap -> whether it is one
_HYPHENS = "-‐‑"
_COUNTRY_KINDS = ("country", "metonym", "capital", "demonym", "prefix")
_NAMES_A_COUNTRY = frozenset(("country", "metonym", "capital"))
_NAME_PARTS = frozenset(("country", "demonym"))  # the kinds a longer proper name can hold ("Paolo Greco")
#: How many person mentions back a bare role noun looks for its person.
_ROLE_WINDOW = 40
_DATELINE_MARKS = frozenset((",", "(", "–", "-", "—"))  # after a capital opening a sentence: "ROMA, 5 marzo"
_START = attrgetter("start")


@dataclass(slots=True)
class Match:
    """A dictionary form found in the text: words[first:last+1]."""

    first: int
    last: int
    start: int
    end: int
    target: Target


@dataclass(slots=True)
class _Builder:
    name: str
    type: str
    by: str
    wikidata: str | None = None
    iso: str | None = None
    country: str | None = None
    actor: actors.Actor | None = None
    roles: set[str] = field(default_factory=set)  # roles the article gives this person
    mentions: dict[tuple[int, int], float] = field(default_factory=dict)
    last_key: str = ""  # the key of the last word of the name (for surname-only mentions)
    keys: tuple[str, ...] = ()  # the keys of every word of an unknown name

    def mention(self, start: int, end: int, confidence: float) -> None:
        span = (start, end)
        known = self.mentions.get(span)
        if known is None or confidence > known:  # confidences are positive: the strongest one counts
            self.mentions[span] = confidence


@dataclass(slots=True)
class _Pending:
    """A role noun whose person is named right after it ("il leader nordcoreano Kim Jong-un")."""

    start: int
    end: int
    roles: frozenset[str]
    of: str | None


def article_day(published: str | None) -> str:
    """The date offices are resolved at: the article's publication date, else today."""
    m = _DATE.match(published or "")
    return m.group() if m else actors.today()


def _fits(target: Target, words: Words, first: int, last: int, text: str) -> bool:
    if target.case == "exact" and tuple(words.texts[first : last + 1]) != target.written:
        return False
    if target.case == "upper" and not words.texts[first][0].isupper():
        return False
    if target.kind == "prefix":  # "italo" only as the first half of "italo-americano"
        return text[words.ends[last] : words.ends[last] + 1] in _HYPHENS
    return True


def _inside_name(text: str, words: Words, m: Match, lex: Lexicon, taken_before: bool) -> bool:
    """Whether a capitalised country word belongs to a longer proper name: "Paolo Greco",
    "Deutsche Bahn", "Météo-France" (a name nobody listed, so its words are no dictionary form)."""
    texts = words.texts
    first = m.first
    if m.target.kind not in _NAME_PARTS or not texts[first][0].isupper():
        return False
    if first and not taken_before and texts[first - 1][0].isupper() and not lex.is_stopword(texts[first - 1]):
        gap = words.gaps[first - 1]
        before_end = words.ends[first - 1]
        if gap in _HYPHENS or m.target.kind == "demonym" and joined_gap(text, before_end, gap, quotes=False):
            return not sentence_initial(text, words.starts[first - 1]) or words.keys[first - 1] in lex.given_names or gap in _HYPHENS
    if m.target.kind != "demonym" or lex.capitalised_demonyms or sentence_initial(text, words.starts[first]):
        return False
    # Where adjectives are written in lower case, a capitalised one before a capitalised word names something.
    after = m.last + 1
    return (
        after < len(texts)
        and texts[after][0].isupper()
        and not lex.is_stopword(texts[after])
        and joined(text, words.ends[first], words.starts[after], quotes=False)
    )


def form_openers(keys: list[str], lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The indices of the words that can open a form (a form by themselves, or the first two words
    of a longer one: "the" opens outlet names, it is looked at only before their second word), each
    with the most words a form opening there can have."""
    singles, openings, longest_of = lex.singles, lex.openings, lex.longest
    last = len(keys) - 1
    # One dict probe per word at C level; the pair test only for the words that pass it.
    for k in compress(count(), map(longest_of.__contains__, keys)):
        key = keys[k]
        longest = longest_of[key]
        if longest > 1 and k < last and (key, keys[k + 1]) in openings:
            yield k, longest
        elif key in singles:
            yield k, 1


def match_forms(text: str, words: Words, lex: Lexicon) -> list[Match]:
    """Dictionary forms, longest first, left to right, never overlapping."""
    found: list[Match] = []
    keys, ends, gaps = words.keys, words.ends, words.gaps
    n = len(keys)
    table = lex.table
    stopword = lex.stopword
    i = 0  # the first word not yet inside a match
    for start, longest in form_openers(keys, lex):
        if start < i:
            continue
        i = start
        reach = 1
        while reach < longest and i + reach < n and joined_gap(text, ends[i + reach - 1], gaps[i + reach - 1]):
            reach += 1
        hit = None
        for size in range(reach, 0, -1):
            for target in table.get((keys[i],) if size == 1 else tuple(keys[i : i + size]), ()):
                if _fits(target, words, i, i + size - 1, text):
                    hit = Match(i, i + size - 1, words.starts[i], ends[i + size - 1], target)
                    break
            if hit:
                break
        if hit is None:
            continue
        # A country-like word opening a sentence that is also a function word ("Того") is the word.
        if hit.first == hit.last and stopword[words.texts[i]] and sentence_initial(text, hit.start):
            continue
        if hit.target.kind in _NAME_PARTS and _inside_name(text, words, hit, lex, bool(found) and found[-1].last == i - 1):
            continue
        found.append(hit)
        i = hit.last + 1
    return found


class _Resolver:
    """One pass over the article's matches and name runs in reading order."""

    def __init__(self, analysis: Analysis, words: Words, lex: Lexicon, day: str, dated: bool = True):
        self.text = analysis.text
        self.words = words
        self.lex = lex
        self.day = day
        self.dated = dated  # False: ``day`` is today, not the article's date
        self.named: set[str] = set()  # the actors the article names
        self.kb = actors.knowledge_base()
        self.entities: dict[tuple, _Builder] = {}
        self.persons: list[tuple[int, tuple, _Builder]] = []  # (mention start, entity key, its builder) in reading order
        self.by_surname: dict[str, tuple] = {}  # last word of a person's name -> that person
        self.pending: dict[int, _Pending] = {}  # word index of a named person -> role before it
        self.country_counts: dict[str, int] = {}
        self.held_roles: dict[str, frozenset[str]] = {}  # actor id -> roles held on ``day``
        self.countries = countries.countries()

    # -- entity registry

    def _actor(self, actor: actors.Actor) -> tuple:
        key = ("actor", actor.id)
        if key not in self.entities:
            b = _Builder(actor.name, actor.type, BY_ACTORS, actor.wikidata, None, actor.country, actor)
            b.last_key = self.lex.key(WORD.findall(actor.name)[-1])
            self.entities[key] = b
        return key

    def _country(self, iso: str) -> tuple | None:
        key = ("country", iso)
        if key in self.entities:
            return key
        country = self.countries.get(iso)
        if country is None:
            return None
        kind = "country" if country.sovereign else "location"
        self.entities[key] = _Builder(country.name, kind, BY_COUNTRIES, country.wikidata, iso, iso)
        return key

    def _add_person_mention(self, key: tuple, start: int, end: int, confidence: float) -> None:
        b = self.entities[key]
        b.mention(start, end, confidence)
        if b.type == "person":
            self.persons.append((start, key, b))
            self.by_surname[b.last_key] = key

    # -- the pass

    def run(self, matches: list[Match], runs: list[NameRun]) -> None:
        counts = self.country_counts
        for m in matches:
            t = m.target
            if t.kind in _NAMES_A_COUNTRY or (t.kind == "demonym" and len(t.ref) == 1):
                iso = t.ref if isinstance(t.ref, str) else t.ref[0]
                counts[iso] = counts.get(iso, 0) + 1
            elif t.kind == "actor":
                self.named.add(t.ref)
        events: list[Match | NameRun] = sorted([*matches, *runs], key=_START)
        keys, by_surname = self.words.keys, self.by_surname
        for index, event in enumerate(events):
            if isinstance(event, NameRun):
                # A lone word nothing vouches for counts only as the surname of someone named before.
                if event.type is not None or keys[event.last] in by_surname:
                    self._name(event)
            elif event.target.kind == "role":
                self._role(events, index)
            else:
                self._form(event)

    def _form(self, m: Match) -> None:
        t = m.target
        kind = t.kind
        # Kinds tested by how often articles name them (no two branches take one kind, but demonyms
        # fall through to the country branch).
        if kind == "country" or kind == "metonym":
            key = self._country(t.ref)
            if key:
                self.entities[key].mention(m.start, m.end, 0.95 if kind == "country" else 0.8)
        elif kind == "outlet":
            key = ("outlet", t.ref)
            if key not in self.entities:
                self.entities[key] = _Builder(t.ref, "organization", BY_OUTLETS)
            self.entities[key].mention(m.start, m.end, 0.85)
        elif kind == "city":
            self._place(t.ref[0], t.ref[1], m, 0.75)
        elif kind == "capital":
            self._capital(m)
        elif kind == "actor":
            key = self._actor(self.kb.actors[t.ref])
            self._add_person_mention(key, m.start, m.end, 0.85 if t.short else 0.95)
            self._attach_pending(m.first, key)
        elif kind == "organization":
            key = ("organization", t.ref)
            if key not in self.entities:
                self.entities[key] = _Builder(t.ref, "organization", BY_FORMS)
            self.entities[key].mention(m.start, m.end, 0.7)
        elif kind == "demonym" and self._surname_mention(m):
            return
        elif kind == "demonym" or kind == "prefix":
            iso = self._demonym_country(t.ref)
            key = self._country(iso) if iso else None
            if key:
                self.entities[key].mention(m.start, m.end, 0.8 if kind == "demonym" else 0.7)

    def _surname_mention(self, m: Match) -> bool:
        """"Russo" after "Maria Russo", where adjectives are lower case: the person, not Russia."""
        if self.lex.capitalised_demonyms or not self.words.texts[m.first][0].isupper() or sentence_initial(self.text, m.start):
            return False
        key = self.by_surname.get(self.words.keys[m.first])
        if key is None:
            return False
        self._add_person_mention(key, m.start, m.end, 0.7)
        return True

    def _place(self, iso: str, name: str, m: Match, confidence: float) -> None:
        """A city: a location in its country, never linked (the gazetteer holds no identifiers)."""
        key = ("city", name)
        if key not in self.entities:
            self.entities[key] = _Builder(name, "location", BY_CITIES, country=iso)
        self.entities[key].mention(m.start, m.end, confidence)

    def _demonym_country(self, codes: tuple[str, ...]) -> str | None:
        if len(codes) == 1:
            return codes[0]
        # "coreano": the Korea the article names more often; a tie stays unlinked.
        ranked = sorted(((self.country_counts.get(c, 0), c) for c in codes), reverse=True)
        return ranked[0][1] if ranked[0][0] > ranked[1][0] else None

    def _capital(self, m: Match) -> None:
        """"Mosca apprezza" is Russia's government; "a Mosca" or a dateline ("ROMA, 5 marzo") is the city."""
        text = self.text
        before = m.first - 1
        after_place_word = before >= 0 and self.words.keys[before] in self.lex.place_words and not text[self.words.ends[before] : m.start].strip()
        following = text[m.end : m.end + 3].lstrip(" ")[:1]
        # Each test only when the ones before it failed (they are pure: the order changes nothing).
        if (
            after_place_word
            or following in _DATELINE_MARKS and sentence_initial(text, m.start)
            # "Moscow 28 °", a city alone on its line: a weather box, a list of places, not prose.
            or following.isdigit()
            or _alone_on_line(text, m.start, m.end)
        ):
            # The city itself: not its country. Capitals stay unreported there (the seed's gold and
            # the dev set annotate none); other known cities are locations (``_place``).
            return
        key = self._country(m.target.ref)
        if key:
            self.entities[key].mention(m.start, m.end, 0.75)

    def _role(self, events: list[Match | NameRun], index: int) -> None:
        m = events[index]
        roles = frozenset(m.target.ref)
        start, end, of = m.start, m.end, m.target.of
        after = index + 1
        prev = events[index - 1] if index else None
        # A qualifier before: "the Russian president", "der russische Präsident", "Kreml-Sprecher".
        gap = self.text[prev.end : m.start] if isinstance(prev, Match) else "x"
        if of is None and isinstance(prev, Match) and not gap.strip():
            if prev.target.kind in ("demonym", "prefix"):
                of = self._demonym_country(prev.target.ref)
                start = prev.start
            elif prev.target.kind == "metonym":
                of, start = prev.target.ref, prev.start
        elif of is None and isinstance(prev, Match) and prev.target.kind == "metonym" and gap in _HYPHENS:
            of, start = prev.target.ref, prev.start
        # A qualifier after: "il Presidente russo", "president of Russia", "Segretario Generale della NATO".
        nxt = events[after] if after < len(events) else None
        if of is None and isinstance(nxt, Match) and self._joined_by_of_words(m.last, nxt.first):
            of = self._qualifier(nxt)
            if of is not None:
                end = nxt.end
                after += 1
        # The person named right after the role: "il leader nordcoreano Kim Jong-un".
        named = events[after] if after < len(events) else None
        if named is not None and _APPOSITION[self.text[end : named.start]]:
            if isinstance(named, NameRun) and named.type in ("person", "other"):
                self.pending[named.first] = _Pending(start, end, roles, of)
                return
            if isinstance(named, Match) and named.target.kind == "actor" and self.kb.actors[named.target.ref].type == "person":
                self.pending[named.first] = _Pending(start, end, roles, of)
                return
        holder = self._holder(roles, of)
        if holder is not None:
            key = self._actor(holder)
            self.entities[key].roles |= roles
            self._add_person_mention(key, start, end, 0.8)
            return
        key = self._last_compatible(roles, of, start)
        if key is not None:
            self._add_person_mention(key, start, end, 0.6)

    def _joined_by_of_words(self, last: int, first: int) -> bool:
        if first - last > 3:
            return False
        if any(key not in self.lex.of_words for key in self.words.keys[last + 1 : first]):
            return False
        ends, gaps = self.words.ends, self.words.gaps
        return all(joined_gap(self.text, ends[k], gaps[k]) for k in range(last, first))

    def _qualifier(self, m: Match) -> str | None:
        t = m.target
        if t.kind in ("country", "metonym", "capital"):
            return t.ref
        if t.kind in ("demonym", "prefix"):
            return self._demonym_country(t.ref)
        if t.kind == "actor" and self.kb.actors[t.ref].type == "organization":
            return t.ref
        return None

    def _holder(self, roles: frozenset[str], of: str | None) -> actors.Actor | None:
        if of is None:
            return None
        holder = self.kb.holder(roles, of, self.day)
        if holder is None or self.dated or holder.id in self.named:
            return holder
        # Undated: today's holder only if the office never changed hands, or the article names them.
        return None if self.kb.changed_hands(roles, of) else holder

    def _last_compatible(self, roles: frozenset[str], of: str | None, before: int) -> tuple | None:
        """The person last mentioned before ``before`` who holds or was given one of ``roles``."""
        rejected = set()  # ids of builders: a person's roles and country do not change during this loop
        for start, key, b in reversed(self.persons[-_ROLE_WINDOW:]):
            if start >= before or id(b) in rejected:
                continue
            if (of is None or b.country in (None, of)) and (not roles.isdisjoint(b.roles) or b.actor and not roles.isdisjoint(self._held(b.actor))):
                return key
            rejected.add(id(b))
        return None

    def _held(self, actor: actors.Actor) -> frozenset[str]:
        """The roles ``actor`` holds on the article's day (looked up once per actor and article)."""
        held = self.held_roles.get(actor.id)
        if held is None:
            held = self.held_roles[actor.id] = actor.roles_on(self.day)
        return held

    def _attach_pending(self, first: int, key: tuple) -> None:
        pending = self.pending.pop(first, None)
        if pending is None:
            return
        b = self.entities[key]
        b.roles |= pending.roles
        if b.country is None and pending.of and len(pending.of) == 2:
            b.country = pending.of
        self._add_person_mention(key, pending.start, pending.end, 0.85)

    def _name(self, run: NameRun) -> None:
        keys = tuple(self.words.keys[run.first : run.last + 1])
        target = self.by_surname.get(keys[-1])
        if target is not None and run.type in (None, "other", "person") and run.first < run.last and self.entities[target].keys[-len(keys) :] == keys:
            # The tail of a name seen before ("Garcia Zarate" after "Jose Ines Garcia Zarate").
            self._add_person_mention(target, run.start, run.end, 0.7)
            return
        if run.type is None or run.first == run.last:
            # A lone surname (even after a capitalised sentence opener) joins the full name.
            if target is not None:
                self._add_person_mention(target, self.words.starts[run.last], self.words.ends[run.last], 0.7)
                self._attach_pending(run.last, target)
                return
            if run.type is None:
                return
        kind = "person" if run.first in self.pending else run.type
        key = ("name", keys)
        if key not in self.entities:
            self.entities[key] = _Builder(" ".join(run.text.split()), kind, BY_NAMES, last_key=keys[-1], keys=keys)
        b = self.entities[key]
        if kind == "person":
            b.type = "person"
        self._add_person_mention(key, run.start, run.end, run.confidence)
        self._attach_pending(run.first, key)

    def result(self) -> list[Entity]:
        out = []
        for b in self.entities.values():
            if not b.mentions:
                continue
            spans = sorted(b.mentions)
            entity = Entity(
                name=b.name,
                type=b.type,
                wikidata=b.wikidata,
                iso=b.iso,
                mentions=[Mention(s, e, self.text[s:e]) for s, e in spans],
                confidence=max(b.mentions.values()),
                by=b.by,
                country=b.country,
            )
            out.append(entity)
        return sorted(out, key=_first_mention)


def _first_mention(entity: Entity) -> int:
    return entity.mentions[0].start


def _alone_on_line(text: str, start: int, end: int, reach: int = 8) -> bool:
    """Whether text[start:end] fills its line (looked at within ``reach`` characters: linear)."""
    before, after = text[max(0, start - reach) : start], text[end : end + reach]
    opens = start == 0 or "\n" in before and not before.rpartition("\n")[2].strip()
    closes = end == len(text) or "\n" in after and not after.partition("\n")[0].strip()
    return opens and closes


def _cued(matches: list[Match]) -> set[int]:
    """Word indices right after a role noun (and its country adjective): a name there is a person's."""
    cued = set()
    for a, b in zip(matches, [*matches[1:], None]):
        if a.target.kind != "role":
            continue
        cued.add(a.last + 1)
        if b is not None and b.first == a.last + 1 and b.target.kind in _COUNTRY_KINDS:
            cued.add(b.last + 1)
    return cued


def _title_case(text: str) -> bool:
    """A line in Title Case without a full stop ("Kremlin Accuses Zelensky of Rejecting Peace")
    is a headline."""
    if len(text) > 200 or text.rstrip()[-1:] in ".!?…:;":
        return False
    long_words = [w for w in WORD.findall(text) if len(w) > 3 and not w.isdigit()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _skipped(analysis: Analysis, lex: Lexicon) -> list[tuple[int, int]]:
    """Title, headings and headline-like lines: capitalised for typography, so no unknown names
    are read there (where every noun is capitalised, a headline cannot be told by its case)."""
    a = analysis.article
    spans = [(s.start, s.end) for s in ([a.title] if a.title else []) + a.headings]
    if lex.capitalised_nouns:
        return spans
    return spans + [(p.start, p.end) for p in a.paragraphs if _title_case(p.text)]


def run(analysis: Analysis, options) -> None:
    text = analysis.text
    if not text.strip():
        return
    lex = lexicon(analysis.language)
    words = Words.of(text, lex)
    matches = match_forms(text, words, lex)
    taken = [False] * len(words)
    for m in matches:
        taken[m.first : m.last + 1] = [True] * (m.last + 1 - m.first)
    for start, end in _skipped(analysis, lex):
        first, stop = bisect_left(words.starts, start), bisect_left(words.starts, end)
        taken[first:stop] = [True] * (stop - first)
    runs = find_runs(text, words, taken, lex, _cued(matches))
    published = analysis.article.published
    resolver = _Resolver(analysis, words, lex, article_day(published), dated=bool(_DATE.match(published or "")))
    resolver.run(matches, runs)
    analysis.entities = resolver.result()
