"""Who speaks: the subject of a speech cue, mapped to an entity, a role, a pronoun or the last speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import Callable, NamedTuple

from fonte.analyze.speech_cues import SpeechCues
from fonte.model import Analysis, Entity, Span, Speaker

#: Where a subject window stops: punctuation, dashes, quotation marks, line breaks.
_STOP = re.compile(r"[,.;:!?()\[\]—–«»“”„\"\n]|\s-\s")
_BLANKS = re.compile(r"\s*")
_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")
#: A word glued to the next by an apostrophe: an elided preposition ("sull’", "dall'").
_GLUED = re.compile(r"([^\W\d_]+)[’']")
#: Where the words before a name stop belonging to it.
_LEAD_BREAK = re.compile(r"[.,;:!?\n]")
#: A subject window reaches this far at most.
WINDOW = 90
#: A subject before its verb is looked for this far back.
CLAUSE_WINDOW = 300
#: How far back a role noun looks for the person it names.
ROLE_REACH = 5000
#: How far back the salient person of a pronoun or missing subject is looked for.
SALIENCE_REACH = 2000
#: A name after at most this many ordinary words of its sentence is taken as its subject ("Il primo ministro israeliano X").
SUBJECT_WORDS = 2
#: Longest mention the index keeps (bounds the look-back of the mention search).
MAX_MENTION = 80
#: Words of a common noun phrase taken as an unnamed subject ("una pendolare di Valmarina").
PHRASE_WORDS = 5
#: Confidence of a subject that is a common noun phrase: someone speaks, nobody named.
UNNAMED = 0.35


class Resolution(NamedTuple):
    """Who speaks, named where (None: a null subject), how sure; immutable (a tuple: cheap to build)."""

    speaker: Speaker | None
    mention: Span | None
    confidence: float


def side_of(entity: Entity) -> str | None:
    """The country (ISO) or organisation an entity speaks for, when known."""
    country = getattr(entity, "country", None)
    if country:
        return country
    if entity.type == "country":
        return entity.iso
    if entity.type == "organization":
        return entity.name
    return None


def _words_between(text: str, lo: int, hi: int) -> int:
    return len(_WORD.findall(text, lo, hi))


def speaker_of(entity: Entity) -> Speaker:
    return Speaker(name=entity.name, wikidata=entity.wikidata, type=entity.type, side=side_of(entity))


def _starting_in(rows: list[tuple[int, int, Entity]], starts: list[int], lo: int, hi: int) -> list[tuple[int, int, Entity]]:
    """The mention rows (sorted by start; ``starts`` their starts) that start in ``[lo, hi)``."""
    i = bisect_left(starts, lo)
    return rows[i : bisect_left(starts, hi, i)]


class SpeakerResolver:
    """Resolves subjects in text order; remembers the last speaker for pronouns and null subjects."""

    def __init__(self, analysis: Analysis, cues: SpeechCues, quoted: Callable[[int], bool] = lambda pos: False) -> None:
        self.text = analysis.text
        self.quoted = quoted  # whether an offset lies inside quotation marks
        self.analysis = analysis
        self.cues = cues
        n = len(self.text)
        rows = [
            (start, end, e)
            for e in analysis.entities
            for m in e.mentions
            if 0 <= (start := m.start) < (end := m.end) <= n and end - start <= MAX_MENTION
        ]
        rows.sort(key=itemgetter(0, 1))  # by offsets: entities do not compare
        self.mentions = rows
        self.starts = [r[0] for r in rows]
        # The persons' rows alone: salience and role holders look only at them, over windows of thousands of characters.
        self.persons = [r for r in rows if r[2].type == "person"]
        self.person_starts = [r[0] for r in self.persons]
        self._role_words: dict[str, bool] = {}  # word -> whether it is a role noun by itself
        self.last: Resolution | None = None
        self.last_at = -1  # where the last speaker last spoke or was named
        self.unlinked: dict[str, Speaker] = {}  # surname -> a speaker named outside the entities
        self._roles_of: dict[int, set[str]] | None = None
        self._speakers: dict[int, Speaker] = {}  # id(entity) -> its speaker, built once per article
        self._surnames: dict[tuple[str, int], Entity] | None = None

    # -- the mentions of a window ------------------------------------------------------------

    def _inside(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        return [r for r in _starting_in(self.mentions, self.starts, lo, hi) if r[1] <= hi]

    def _is_verb_at(self, pos: int) -> bool:
        stance = self.cues.stance
        return bool(self.cues.speech.match(self.text, pos) or (stance is not None and stance.match(self.text, pos)))

    def _persons_inside(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        """The person rows of ``_inside(lo, hi)``."""
        return [r for r in _starting_in(self.persons, self.person_starts, lo, hi) if r[1] <= hi]

    def person_ending_at(self, end: int) -> bool:
        return any(row[1] == end for row in _starting_in(self.persons, self.person_starts, end - MAX_MENTION, end))

    def mentions_in(self, lo: int, hi: int) -> bool:
        return bool(self._inside(lo, hi))

    def _is_adjective(self, row: tuple[int, int, Entity]) -> bool:
        # "russo", "americano": a lowercase country mention qualifies a noun, it does not speak.
        return row[2].type in ("country", "location") and self.text[row[0]].islower()

    def _speaker(self, entity: Entity) -> Speaker:
        speaker = self._speakers.get(id(entity))
        if speaker is None:
            speaker = self._speakers[id(entity)] = speaker_of(entity)
        return speaker

    def _found(self, row: tuple[int, int, Entity], confidence: float) -> Resolution:
        return Resolution(self._speaker(row[2]), Span(row[0], row[1], self.text[row[0] : row[1]]), confidence)

    # -- subjects ------------------------------------------------------------------------------

    def after(self, lo: int, hi: int) -> Resolution | None:
        """The subject right after a cue verb ("ha detto il premier", "said Peskov", "a déclaré M. X")."""
        first = _BLANKS.match(self.text, lo).end()
        honorific = self.cues.honorifics.match(self.text, first) if self.cues.honorifics else None
        if honorific:
            lo = honorific.end()
        stop = _STOP.search(self.text, lo, min(hi, lo + WINDOW))
        hi = stop.start() if stop else min(hi, lo + WINDOW)
        rows = [r for r in self._inside(lo, hi) if not self._is_adjective(r)]
        persons = [r for r in rows if r[2].type == "person"]
        if persons:
            return self._found(persons[0], 0.9)
        if stop and stop.group() == ",":
            # "il consigliere per la sicurezza, Jake Sullivan,": the name in apposition
            apposed = self._inside(stop.end(), stop.end() + MAX_MENTION)
            # An untyped name counts: after a role it can only be the holder.
            if apposed and apposed[0][2].type in ("person", "other") and not self.text[stop.end() : apposed[0][0]].strip():
                return self._found(apposed[0], 0.85)
        words = list(_WORD.finditer(self.text, lo, hi))
        if not words:
            return None
        first = words[0].group().lower()
        if first in self.cues.pronouns:
            return self._pronoun(Span(words[0].start(), words[0].end(), words[0].group()))
        if first in self.cues.indefinites and not rows:
            return self._unnamed(words)  # "ha detto una pendolare": someone unnamed, never the last speaker
        head = words[: 3]
        role = self._role(lo, hi, first_only=True)
        if role and self._heads(role, rows[0] if rows else None):
            return role  # "la presidente della Bce": the person who holds the role, not the bank
        if role and role.mention and rows and rows[0][2].type != "person" and rows[0][1] <= role.mention.end:
            rows = [r for r in rows if r[0] >= role.mention.end]  # "der SPD-Politiker": the party qualifies the role
            if role.confidence < 0.6:
                named = self._name(list(_WORD.finditer(self.text, role.mention.end, hi)), from_start=True)
                if named and len(named.text.split()) > 1:
                    return self._unlinked(named)  # "die Grünen-Politikerin Katharina Dröge"
                return role
        elif role and role.confidence < 0.6 and not rows:
            # "la deputata Chiara Ferri", "the Conservative MP Sarah Collins": no holder known, the name after it
            named = self._name(list(_WORD.finditer(self.text, role.mention.end, hi)), from_start=True)
            if named and len(named.text.split()) > 1:
                return self._unlinked(named)
        if rows and rows[0][0] <= head[-1].end():
            return self._found(rows[0], 0.8)
        if role:
            return role
        name = self._name(words, from_start=True)
        if name:
            return self._unlinked(name)
        return self._unnamed(words) if first in self.cues.determiners else None  # "said the company"

    def before(self, lo: int, hi: int, null_subject: bool = True) -> Resolution | None:
        """The subject of a verb at ``hi`` in the clause ``[lo, hi)`` ("Il Presidente ha detto")."""
        lo = max(lo, hi - CLAUSE_WINDOW)
        hi = self._drop_parenthetical(lo, hi)
        words = list(_WORD.finditer(self.text, lo, hi))
        if words and self._sentence_start(words[0].start()) and self._is_verb_at(words[0].start()):
            # "Calificó a Maduro de … y recordó": a sentence opening with its verb has no subject to find
            return self._null_subject(words[0].start())
        # "While Powell did not name the president, he (then) told": the pronoun is the subject
        for w in words[-2:][::-1]:
            if w.group().lower() in self.cues.pronouns:
                return self._pronoun(Span(w.start(), w.end(), w.group()))
            if not w.group().islower():
                break
        rows = [r for r in self._inside(lo, hi) if not self._is_adjective(r) and not self._topic(lo, r)]
        if rows:
            best = max(rows, key=lambda r: (r[1], r[2].type == "person"))
            role = self._role(lo, hi, first_only=False) if best[2].type != "person" else None
            if role and role.speaker is not None and role.confidence >= 0.45 and role.mention.start >= best[1]:
                return role  # "Russia's senior diplomat said": the role is the subject, the state qualifies it
            if role and self._heads(role, best):
                return role  # "la presidente della Bce ha aggiunto": the person who holds the role
            if best[2].type != "person":
                # "(AFP) - Le ministre Pierre Garnier a affirmé": a full name after the agency speaks
                name = self._name([w for w in words if w.start() >= best[1]], from_start=False)
                if name and len(name.text.split()) > 1:
                    return self._unlinked(name)
            return self._found(best, 0.9)
        name = self._name(words, from_start=False)
        phrase = self._subject_phrase(words)
        if name and phrase and len(name.text.split()) == 1 and name.text.lower() not in self.unlinked:
            name = None  # "Il Comune ha annunciato": a capitalised noun after its article, not a surname
        if name and (len(name.text.split()) > 1 or name.start > lo + 2 or not self._sentence_start(name.start)):
            return self._unlinked(name)
        if name and name.text.lower() in self.unlinked:
            return self._unlinked(name)  # "Weber sagte" after "sagte Weber": a surname, not "Dann sagte"
        role = self._role(lo, hi, first_only=False)
        if role:
            return role
        if phrase:
            return self._unnamed(phrase)  # "La società di navigazione ha definito": a body or someone unnamed
        named = [w for w in words if not w.group().islower() and not self._sentence_start(w.start())]
        if null_subject and not named and len(words) <= 3:  # "Poi ha aggiunto", "ha detto"
            return self._null_subject(hi)
        return None

    def _subject_phrase(self, words: list[re.Match[str]]) -> list[re.Match[str]] | None:
        """The words of a determiner's noun phrase that ends the window ("dopo l'incontro, la società")."""
        for k in range(len(words) - 1, max(-1, len(words) - PHRASE_WORDS - 1), -1):
            low = words[k].group().lower()
            if low in self.cues.coordinators or low in self.cues.pronouns or low in self.cues.complementizers_words:
                return None
            if low in self.cues.determiners or low in self.cues.indefinites:
                return words[k:] if k < len(words) - 1 else None
        return None

    def _unnamed(self, words: list[re.Match[str]]) -> Resolution:
        """A common noun phrase as the subject ("una pendolare", "the company"): nobody named speaks."""
        end = 1
        while end < min(len(words), PHRASE_WORDS):
            low = words[end].group().lower()
            if low in self.cues.coordinators or low in self.cues.pronouns or low in self.cues.complementizers_words:
                break
            if self._is_verb_at(words[end].start()):
                break
            end += 1
        start, stop = words[0].start(), words[end - 1].end()
        return Resolution(None, Span(start, stop, self.text[start:stop]), UNNAMED)

    def _heads(self, role: Resolution, row: tuple[int, int, Entity] | None) -> bool:
        """A definite role right before an organisation or state names a person ("la numero uno della Bce").

        An indefinite one ("un portavoce della Bce") is nobody in particular: the organisation speaks.
        """
        if row is None or role.speaker is None or role.mention is None or row[2].type == "person":
            return False
        if role.mention.end > row[0] or _words_between(self.text, role.mention.end, row[0]) > 2:
            return False
        first = role.mention.text.split()[0].lower()
        return first not in self.cues.indefinites

    def opening(self, lo: int, hi: int) -> Resolution | None:
        """The subject that opens the sentence ``[lo, hi)``: a pronoun, or the name or role in its first words."""
        words = list(_WORD.finditer(self.text, lo, hi))
        if not words:
            return None
        if words[0].group().lower() in self.cues.pronouns:
            return self._pronoun(Span(words[0].start(), words[0].end(), words[0].group()))
        head_end = words[min(len(words), SUBJECT_WORDS + 3) - 1].end()
        stop = _STOP.search(self.text, lo, head_end)
        head_end = stop.start() if stop else head_end
        rows = [r for r in self._inside(lo, head_end) if not self._is_adjective(r)]
        if rows:  # the first name, and a role right after it ("The Kremlin spokesman")
            role = self.cues.roles.search(self.text, rows[0][1], head_end) if self.cues.roles else None
            near = role and _words_between(self.text, rows[0][1], role.start()) <= 1
            head_end = role.end() if near else rows[0][1]
        return self.before(lo, head_end, null_subject=False)

    def quoted_by_outlet(self, lo: int, hi: int, at: int) -> Resolution | None:
        """Who an outlet quotes ("…, Reuters quoted her"): a person named in ``[lo, hi)``, else the one written about at ``at``."""
        persons = self._persons_inside(lo, hi)
        if persons:
            return self._found(persons[0], 0.7)
        row = self.salient(at)
        return self._found(row, 0.5) if row else None

    def antecedent(self, lo: int, hi: int) -> Resolution | None:
        """The name right before a relative cue ("il Financial Times, secondo cui")."""
        rows = [r for r in self._inside(max(lo, hi - WINDOW), hi) if not self._is_adjective(r)]
        return self._found(rows[-1], 0.8) if rows else None

    def inside_cue(self, lo: int, hi: int) -> Resolution | None:
        """A pronoun inside the cue itself ("a-t-elle dit", "selon lui")."""
        for w in _WORD.finditer(self.text, lo, hi):
            for part in w.group().split("-"):
                if part.lower() in self.cues.pronouns:
                    at = w.start() + w.group().index(part)
                    return self._pronoun(Span(at, at + len(part), part))
        return None

    def pronoun_at(self, cue: Span) -> Resolution:
        """A cue that holds its own pronoun ("по её словам", "according to him"): the last or salient speaker."""
        return self._pronoun(cue)

    def remember(self, resolution: Resolution | None, at: int = -1) -> None:
        if resolution and resolution.speaker:
            self.last = resolution
            self.last_at = max(at, resolution.mention.end if resolution.mention else -1)

    def _newer_subject(self, pos: int) -> tuple[int, int, Entity] | None:
        """A person other than the last speaker who opened a sentence since they spoke ("Wang replied. … he said")."""
        row = self.salient(pos, subject_only=True)
        if row is None or self.last is None or row[0] <= self.last_at or row[2].name == self.last.speaker.name:
            return None
        return row

    # -- fallbacks -----------------------------------------------------------------------------

    def _drop_parenthetical(self, lo: int, hi: int) -> int:
        """End of the clause before a ", da parte sua," or ", the minister," insertion."""
        clause = self.text[lo:hi].rstrip()
        if clause.endswith(","):
            cut = clause.rfind(",", 0, len(clause) - 1)
            inserted = self._inside(lo + cut, lo + len(clause)) if cut > 0 else []
            if cut > 0 and not any(r[2].type == "person" for r in inserted):
                return lo + cut  # "The spokesperson, Dmitry Peskov, said": an apposition is no insertion
            subjects = [r for r in self._inside(lo, lo + cut) if not self._is_adjective(r)]
            if cut > 0 and subjects and self._is_insertion(lo + cut + 1, lo + len(clause) - 1):
                return lo + cut  # "Macron, speaking alongside Scholz, said": the subject precedes the clause
        return hi

    def _is_insertion(self, lo: int, hi: int) -> bool:
        """A participial, relative or prepositional clause ("speaking with X", "der am Montag X traf"), not a name.

        An apposition opens with a name, a role or a determiner before a name or role ("the Kremlin spokesman").
        """
        words = [w.group() for w in _WORD.finditer(self.text, lo, hi)][:2]
        if not words or not words[0].islower():
            return False
        if words[0] not in self.cues.determiners:
            return not self._is_role(words[0])
        return len(words) > 1 and words[1].islower() and not self._is_role(words[1])

    def _unlinked(self, name: Span) -> Resolution:
        """A name no entity covers; an inflected surname ("Пескова") joins the person it inflects."""
        word = name.text.split()[-1].lower()
        if self._surnames is None:
            # Each person once, in the order first mentioned (the index holds a row per mention).
            persons = {id(e): e for _, _, e in self.persons}
            self._surnames = {
                (m.text.split()[-1].lower(), id(e)): e for e in persons.values() for m in e.mentions if m.text.split()
            }
        for (surname, _), entity in self._surnames.items():
            stem = len(surname) - 1 if len(surname) > 5 else len(surname)
            if word == surname or (stem >= 4 and word[:stem] == surname[:stem] and len(word) - len(surname) <= 3):
                return Resolution(self._speaker(entity), name, 0.7)
        known = self.unlinked.get(word)
        if known is not None and len(known.name.split()) >= len(name.text.split()):
            return Resolution(known, name, 0.6)  # "Bellini" after "Marco Bellini": the same unlinked person
        speaker = Speaker(name.text)
        if known is None or len(known.name.split()) < len(name.text.split()):
            self.unlinked[word] = speaker
        return Resolution(speaker, name, 0.6)

    def _sentence_start(self, pos: int) -> bool:
        text, i = self.text, pos - 1
        while i >= 0 and text[i] in " \u00a0":  # read back over blanks, not a copy of the text before
            i -= 1
        return i < 0 or text[i] in ".!?\n:"

    def _null_subject(self, pos: int) -> Resolution | None:
        if self.last is None:
            salient = self.salient(pos)
            return Resolution(self._speaker(salient[2]), None, 0.5) if salient else None
        return Resolution(self.last.speaker, None, min(self.last.confidence, 0.6))

    def _pronoun(self, mention: Span) -> Resolution:
        newer = self._newer_subject(mention.start)
        if newer is not None:
            return Resolution(self._speaker(newer[2]), mention, 0.6)
        if self.last is not None:
            return Resolution(self.last.speaker, mention, min(self.last.confidence, 0.7))
        salient = self.salient(mention.start)
        if salient:
            return Resolution(self._speaker(salient[2]), mention, 0.5)
        return Resolution(None, mention, 0.3)

    def salient(self, pos: int, subject_only: bool = False) -> tuple[int, int, Entity] | None:
        """The person a pronoun or missing subject at ``pos`` most likely means.

        The latest person named as a sentence's subject outside quotation marks; else the latest
        person named at all ("the president" merely mentioned loses to "Powell" as subject).
        """
        latest = None
        persons = self._persons_inside(max(0, pos - SALIENCE_REACH), pos)
        for k in range(len(persons) - 1, -1, -1):
            row = persons[k]
            if self.quoted(row[0]):
                continue
            if self._opens_sentence(row[0], persons[k - 1][1] if k > 0 else -1):
                return row
            latest = latest or row
        return None if subject_only else latest

    def _opens_sentence(self, pos: int, previous_end: int) -> bool:
        """The first name of its sentence, after at most a few words that are not titles or roles."""
        back = self.text[max(0, pos - 120) : pos]
        cut = max(back.rfind("."), back.rfind("!"), back.rfind("?"), back.rfind("\n")) + 1
        if previous_end > pos - len(back) + cut:
            return False  # another name comes first: "Anna Verdi ha incontrato Paolo Neri"
        lead = [w.group() for w in _WORD.finditer(back, cut) if w.group().islower() and not self._title_word(w.group())]
        return len(lead) <= SUBJECT_WORDS

    def _topic(self, lo: int, row: tuple[int, int, Entity]) -> bool:
        """A name after the preposition that opens the window: "Sull’Italia ha detto", "On Ukraine, he said"."""
        if row[2].type == "person":
            return False
        words = _WORD.findall(self.text, lo, row[0] + 1)
        first = words[0].lower().rstrip("’'") if words else ""
        glued = _GLUED.match(self.text, lo, row[0] + 1)  # "sull’", "dall'"
        return len(words) <= 3 and (first in self.cues.prepositions or bool(glued and glued.group(1).lower() in self.cues.prepositions))

    def _title_word(self, word: str) -> bool:
        """An article or a role noun: words that may come before a sentence's subject name."""
        return word in self.cues.determiners or self._is_role(word)

    def _is_role(self, word: str) -> bool:
        """``word`` is a role noun by itself; the same words are asked about again and again in an article."""
        known = self._role_words.get(word)
        if known is None:
            known = self._role_words[word] = bool(self.cues.roles and self.cues.roles.fullmatch(word))
        return known

    def _role(self, lo: int, hi: int, first_only: bool) -> Resolution | None:
        if self.cues.roles is None:
            return None
        if first_only:
            m = self.cues.roles.search(self.text, lo, hi)
        else:
            found = list(self.cues.roles.finditer(self.text, lo, hi))
            m = found[-1] if found else None
        if m is None:
            return None
        start = self._with_determiner(lo, m.start())
        if first_only and self.text[lo:start].strip():
            return None
        mention = Span(start, m.end(), self.text[start : m.end()])
        role = " ".join(m.group().lower().split())
        if start < m.start() and self.text[start : m.start()].split()[0].lower() in self.cues.indefinites:
            return Resolution(None, mention, 0.3)  # "un portavoce": nobody in particular, not the last speaker
        if any(role.endswith(noun) for noun in self.cues.organisation_nouns):
            # "erklärte das Unternehmen": the organisation named right after it ("der Konzern X"), else the one last
            # named, never a person described as its staff
            named = [r for r in self._inside(m.end(), m.end() + 40) if _words_between(self.text, m.end(), r[0]) <= 1]
            body = named[0][2] if named and named[0][2].type == "organization" else self._organisation_before(start)
            return Resolution(self._speaker(body), mention, 0.5) if body else None  # else a common noun phrase
        holder = self._role_holder(role, start)
        if holder is not None:
            return Resolution(self._speaker(holder), mention, 0.6)
        if any(role.endswith(body) for body in self.cues.institutions):
            # "il governo russo", "the Russian government": the state of the body speaks; else nobody
            # known, and never the person just quoted
            near = [
                r
                for r in self._inside(max(0, start - 30), m.end() + 30)
                if r[2].type in ("country", "organization")
                and (
                    (r[1] <= start and _words_between(self.text, r[1], start) <= 1)
                    or (r[0] >= m.end() and _words_between(self.text, m.end(), r[0]) <= 1)
                )
            ]
            return Resolution(self._speaker(near[0][2]), mention, 0.6) if near else Resolution(None, mention, 0.3)
        if self.last is not None and self.last.speaker and self.last.speaker.type in (None, "person"):
            # No one is described with this role: the person just quoted is the likeliest referent.
            return Resolution(self.last.speaker, mention, 0.45)
        salient = self.salient(start)
        if salient:
            return Resolution(self._speaker(salient[2]), mention, 0.4)
        named_later = self._role_holder_after(role, m.end())
        if named_later is not None:
            # "The interior minister says …" in a headline, "The interior minister, X, said …" below it
            return Resolution(self._speaker(named_later), mention, 0.45)
        return Resolution(None, mention, 0.3)

    def _role_holder(self, role: str, pos: int) -> Entity | None:
        """The person last mentioned before ``pos`` who is described with ``role`` in the article."""
        if self._roles_of is None:
            self._roles_of = self._described_roles()
        best: tuple[int, Entity] | None = None
        for start, end, entity in _starting_in(self.persons, self.person_starts, pos - ROLE_REACH, pos):
            if role in self._roles_of.get(id(entity), ()):
                best = (start, entity)
        return best[1] if best else None

    def _organisation_before(self, pos: int) -> Entity | None:
        """The organisation last named before ``pos``, outside quotation marks."""
        for start, _, entity in reversed(_starting_in(self.mentions, self.starts, pos - ROLE_REACH, pos)):
            if entity.type == "organization" and not self.quoted(start):
                return entity
        return None

    def _role_holder_after(self, role: str, pos: int) -> Entity | None:
        """The first person after ``pos`` described with ``role``: a role named before anyone is."""
        if self._roles_of is None:
            self._roles_of = self._described_roles()
        for _, _, entity in _starting_in(self.persons, self.person_starts, pos, pos + ROLE_REACH):
            if role in self._roles_of.get(id(entity), ()):
                return entity
        return None

    def _described_roles(self) -> dict[int, set[str]]:
        """Role nouns inside a person's mentions or right before them ("il leader nordcoreano Kim")."""
        roles: dict[int, set[str]] = {}
        if self.cues.roles is None:
            return roles
        previous_end = 0
        for start, end, entity in self.persons:
            lead_start, previous_end = max(start - 50, previous_end), max(previous_end, end)
            # A role belongs to the nearest name after it: the lead stops at the person before.
            parts = _LEAD_BREAK.split(self.text[min(lead_start, start) : start])
            # "la presidente della Bce, Christine Lagarde": the role stands before the apposition comma
            lead = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]
            for m in self.cues.roles.finditer(lead + " " + self.text[start:end]):
                roles.setdefault(id(entity), set()).add(" ".join(m.group().lower().split()))
        return roles

    def _with_determiner(self, lo: int, start: int) -> int:
        head = self.text[lo:start].rstrip()
        low = head.lower()
        for det in self.cues.determiners:
            if low.endswith(det) and (len(head) == len(det) or not head[-len(det) - 1].isalnum()):
                return lo + len(head) - len(det)
        return start

    def _name(self, words: list[re.Match[str]], from_start: bool) -> Span | None:
        """A capitalised name sequence at the start (or end) of a window: an unlinked speaker."""
        seq = words if from_start else list(reversed(words))
        picked: list[re.Match[str]] = []
        for w in seq:
            word = w.group()
            low = word.lower()
            if picked and (word.isupper() or self._is_role(word)):
                break  # "della NATO Jens Stoltenberg", "Segretario Generale …": the name ends here
            if word[0].isupper() and low not in self.cues.determiners and low not in self.cues.pronouns:
                picked.append(w)
            elif picked and low in self.cues.name_particles:
                picked.append(w)
            else:
                break
        while picked and picked[-1].group().lower() in self.cues.name_particles:
            picked.pop()
        if not picked:
            return None
        if not from_start:
            picked.reverse()
        start, end = picked[0].start(), picked[-1].end()
        if self.cues.capitalised_nouns and len(picked) == 1:
            before = _WORD.findall(self.text, max(0, start - 30), start)
            if before and before[-1].lower() in self.cues.determiners:
                return None  # "Die Opposition": a noun, not a name
        if self._is_role(self.text[start:end]):
            return None
        return Span(start, end, self.text[start:end])
