"""Quotations (direct, partial, indirect) and who speaks them.

Marks are paired by ``quote_marks``; a quoted span is speech when a cue attributes it (a speech verb
after the closing mark or before the opening one, a colon, an enclosing reported clause, the previous
quote of the paragraph) or when it is a full clause. Short quoted terms without a cue are scare
quotes or titles: not quotations, but :func:`scare_quotes` returns them for the technique detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from fonte.analyze import speech_cues
from fonte.analyze.entity_names import sentence_initial
from fonte.analyze.pattern_hits import ArticleHits
from fonte.analyze.quote_marks import QuotedSpan, scan
from fonte.analyze.segments import split_sentences
from fonte.analyze.speakers import Resolution, SpeakerResolver
from fonte.analyze.speech_cues import SpeechCues
from fonte.model import Analysis, Quote, Span

#: A quoted span without a cue is speech from this many words on.
MIN_CLAUSE_WORDS = 6
#: A reported clause has at least this many words ("переговоры продолжатся").
MIN_REPORTED_WORDS = 2
#: A cue-less quoted term up to this many words is a scare quote.
MAX_SCARE_WORDS = 5
#: Words a subject may have between a closing mark and its verb ("the Russian president said").
MAX_SUBJECT_WORDS = 6
#: Words between a verb and an opening mark ("told reporters: “…”", "apprezza il “…”").
MAX_LEAD_WORDS = 4
#: Phrases closed by a comma that may open a sentence before its subject ("Hier, lors du débat, X …").
MAX_OPENING_PHRASES = 2
#: Letters a past verb keeps before its ending: "supported", never "red" or "need".
MIN_PAST_STEM = 3
#: Words between a speech verb and "that" ("said in a statement on Monday that").
MAX_THAT_GAP_WORDS = 20
#: Characters searched after a speech verb for the comma of a bare reported clause ("sagte Baerbock, …").
WINDOW_AFTER_VERB = 60
#: Words after the verb of a closing attribution ("…, sagte Scholz am Mittwoch in Berlin.").
MAX_TAIL_WORDS = 16
#: Characters between a closing attribution's verb and the sentence end, at most.
TAIL_CHARS = 160
#: Characters after the comma searched for the reported mood ("sagte, der Präsident … habe").
MOOD_REACH = 200
#: A clause reported without "that" has at least this many words.
MIN_TRAILING_WORDS = 3
#: Problems with marks reported one by one; the rest are counted.
MAX_WARNINGS = 5
#: Characters searched after a speech verb for its "that".
THAT_WINDOW = 200
#: Characters searched after a closing mark for its attribution.
AFTER_WINDOW = 160
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”«»„\"‘’‹›()—–]")
_COLON_QUOTE = re.compile(r":\s*[“”«»„\"]")
_DATELINE_DASH = re.compile(r"\s[-–—]\s")
#: A dateline ends within this many characters of its paragraph start.
DATELINE_CHARS = 60
_SENTENCE_END = re.compile(r"[.!?…]")
_DASH_INSERT = re.compile(r",?\s+[—–-]\s+([^—–\n]{3,120}?),?\s+[—–-]\s+")
#: A dash between blanks, part of every ``_DASH_INSERT`` match: most quotes hold none and are not searched for one.
#: Written dash first, so that the engine skips from dash to dash instead of testing every character for a blank.
_SPACED_DASH = re.compile(r"[—–-](?<=\s[—–-])(?=\s)")
_ONLY_PUNCT = re.compile(r"[\s,;:.—–\-]*")
_QUOTE_MARK = re.compile(r"[“”«»„‟\"]")
_WORDS = re.compile(r"[^\W_][\w’'\-]*")
_WORD_REST = re.compile(r"[\w’'-]*")


#: The cue patterns looked up sentence by sentence, by their index in ``_Quoter.clauses``' list.
_SPEECH, _AFTER_QUOTE, _ACCORDING_PRONOUN, _ACCORDING_RELATIVE, _ACCORDING = range(5)
_ALL_CUES = frozenset(range(5))


@dataclass
class _Clause:
    """An indirect quote found before the pass that attributes quoted spans."""

    span: Span
    cue: Span
    subject: tuple[int, int]  # the window its subject is resolved in
    mode: str  # before | after | antecedent | pronoun | continued: how the subject is found
    by: str
    kind: str = "indirect"
    source: _Clause | None = None  # the clause a Konjunktiv continuation goes on from

    @property
    def at(self) -> int:
        """Where the clause enters the pass: before any quote it encloses."""
        return min(self.cue.start, self.span.start)


@lru_cache(maxsize=4096)  # ~130 calls per article, mostly on short gaps (" ", ", ", " the ") seen before
def word_count(text: str) -> int:
    """The words of ``text``; memoised: the voices count the quotations' words again right after."""
    return len(_WORDS.findall(text))


def source_comma(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """The comma that a trailing source (", as reported by …") follows, blanks apart, in ``text[start:end]``; else -1.

    The first such hit of ``pattern.finditer(text, start, end)``. Where no hit can hold a comma, a hit after a
    comma starts at its first non-blank: the pattern is matched there, comma by comma, not searched
    across the whole clause (a case-insensitive search of every position).
    """
    if "," in pattern.pattern:
        for m in pattern.finditer(text, start, end):
            comma = text.rfind(",", start, m.start())
            if comma >= 0 and not text[comma + 1 : m.start()].strip():
                return comma
        return -1
    comma = text.find(",", start, end)
    while comma >= 0:
        at = comma + 1
        while at < end and text[at].isspace():
            at += 1
        if pattern.match(text, at, end):
            return comma
        comma = text.find(",", at, end)
    return -1


def _blocks(analysis: Analysis) -> list[Span]:
    a = analysis.article
    blocks = ([a.title] if a.title else []) + a.headings + a.paragraphs
    if not blocks and analysis.text.strip():
        blocks = [analysis.span(0, len(analysis.text))]
    return sorted(blocks, key=lambda s: s.start)


def _sentences(analysis: Analysis, blocks: list[Span]) -> list[Span]:
    if analysis.sentences:
        return analysis.sentences
    out: list[Span] = []
    for block in blocks:
        out.extend(split_sentences(block.text, analysis.language, block.start))
    return out


def is_full_clause(text: str) -> bool:
    """Speech-like without any cue: long enough, or a capitalised sentence with final punctuation."""
    words = word_count(text)
    if words >= MIN_CLAUSE_WORDS:
        return True
    return words >= 2 and is_sentence(text)


def is_sentence(text: str) -> bool:
    """A capitalised stretch with final punctuation, even one word long ("Never.")."""
    return text[:1].isupper() and text.rstrip()[-1:] in ".!?…"


def is_title_like(text: str) -> bool:
    """Capitalised Words Of A Title or a name ("Minsk II", "War and Peace")."""
    long_words = [w for w in _WORDS.findall(text) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and word_count(text) > 1


class _Quoter:
    """One pass over an article's quoted spans and reported clauses, in text order."""

    def __init__(self, analysis: Analysis, cues: SpeechCues) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.cues = cues
        # Cue patterns run once per article (those of every sentence together), looked up per sentence.
        sentence_cues = [cues.speech, cues.stance, cues.after_quote, cues.according_pronoun, cues.according_relative]
        self.hits = ArticleHits(self.text, [p for p in [*sentence_cues, cues.according] if p is not None])
        self.blocks = _blocks(analysis)
        self.block_starts = [b.start for b in self.blocks]
        self.sentences = _sentences(analysis, self.blocks)
        self.sentence_starts = [s.start for s in self.sentences]
        self.resolver = SpeakerResolver(analysis, cues, self.inside_quote)
        self.citation_starts = sorted(c.start for c in analysis.citations)  # most clauses hold none: skipped fast
        self.spans, warnings = scan(self.text, self.blocks)
        warnings = list(dict.fromkeys(warnings))
        for w in warnings[:MAX_WARNINGS]:
            analysis.warn(w)
        if len(warnings) > MAX_WARNINGS:
            analysis.warn(f"quotes: {len(warnings) - MAX_WARNINGS} more unbalanced quotation marks")
        self.outer = [q for q in self.spans if q.depth == 0]
        self.outer_starts = [q.open_at for q in self.outer]
        self.quotes: list[Quote] = []
        self.claimed: set[int] = set()  # opening marks of quotations already reported as clauses
        self.anaphoric_quotes: dict[int, tuple[re.Match[str], int]] = {}  # quote close -> cue, sentence end

    # -- locating ------------------------------------------------------------------------------

    def sentence_at(self, pos: int) -> Span:
        i = bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        k = self.block_of(pos)
        return self.blocks[k] if k >= 0 else self.analysis.span(pos, pos)

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.outer_starts, pos) - 1
        return i >= 0 and pos < (self.outer[i].close_at or self.outer[i].end)

    def block_of(self, pos: int) -> int:
        return bisect_right(self.block_starts, pos) - 1

    # -- indirect speech -----------------------------------------------------------------------

    def clauses(self) -> list[_Clause]:
        own: list[_Clause | None] = []
        extra: list[_Clause] = []
        cues = self.cues
        patterns = [cues.speech, cues.after_quote, cues.according_pronoun, cues.according_relative, cues.according]
        # Most sentences hold few cues or none: one pass over the hits tells which patterns to look up where.
        near = self.hits.near(patterns, self.sentences)
        # Most sentences hold no cue: the lookups that cannot find anything in this language are not called.
        according_after = cues.according_after is not None
        anaphoric = cues.anaphoric is not None
        for i, s in enumerate(self.sentences):
            near_cues = near[i]
            if near_cues:
                found = self._reported(s, near_cues) or self._according(s, near_cues) or self._trailing(s, near_cues)
            else:
                found = self._according_after(s) if according_after else None
            if found is None and anaphoric and i and own[i - 1] is None:
                found = self._anaphoric(i)
            if found and found.cue.text.lower() in cues.gerunds:
                # "X is slowing, she said, adding that Y": the gerund's clause and the one before it
                before = self._trailing(Span(s.start, found.cue.start, self.text[s.start : found.cue.start]))
                extra += [before] if before else []
            own.append(found)
        return [c for c in own if c] + extra + self._continuations(own)

    def _reported(self, s: Span, near: frozenset[int] = _ALL_CUES) -> _Clause | None:
        """X said that …: the clause after the complementizer (or a bare clause), up to the sentence end."""
        if _SPEECH not in near:
            return None
        for verb in self.hits.finditer(self.cues.speech, s.start, s.end):
            if self.inside_quote(verb.start()):
                continue
            found = self._bare_clause(verb, s) or self._that_clause(verb, s)
            if found:
                return found
        return None

    def _that_clause(self, verb: re.Match[str], s: Span) -> _Clause | None:
        if self.cues.complementizer is None:
            return None
        comp = self.cues.complementizer.search(self.text, verb.end(), min(s.end, verb.end() + THAT_WINDOW))
        if comp is None:
            return None
        gap = self.text[verb.end() : comp.start()]
        if word_count(gap) > MAX_THAT_GAP_WORDS or any(m in gap for m in "“«„\"."):
            return None
        if self.hits.search(self.cues.speech, verb.end(), comp.start()):
            return None  # "she said, adding that …": "that" belongs to the nearer verb
        relative = word_count(gap) and gap.rstrip().endswith(",") and "," not in gap.rstrip()[:-1]
        if relative and not self.cues.comma_before_complementizer:
            return None  # "confirms the ties, which …": a relative pronoun, not "that"
        if self.cues.relative_complementizer and self._object_before(verb.end(), comp.start()):
            return None  # "ha commentato i messaggi che …": "che" relates to the object
        clause = self._trim_clause(comp.end(), s.end)
        if clause is None or word_count(clause.text) < MIN_REPORTED_WORDS:
            return None
        return self._verb_clause(verb, s, clause, "rule:indirect-that")

    def _verb_clause(self, verb: re.Match[str], s: Span, clause: Span, by: str) -> _Clause:
        """A clause whose subject stands before its verb, past any quotation closing there."""
        cue = Span(verb.start(), verb.end(), verb.group())
        return _Clause(clause, cue, (self._after_last_quote(s.start, verb.start()), verb.start()), "before", by)

    def _object_before(self, lo: int, hi: int) -> bool:
        """A gap opening with a bare determiner and naming nobody: a direct object ("i messaggi su X")."""
        first = _WORDS.search(self.text, lo, hi)
        if first is None or first.group().lower() not in self.cues.determiners:
            return False
        if self.resolver.mentions_in(lo, hi):
            return False
        return not (self.cues.roles and self.cues.roles.search(self.text, lo, hi))

    def _bare_clause(self, verb: re.Match[str], s: Span) -> _Clause | None:
        """A clause without "that": "Scholz sagte, Putin habe …" (its verb in the reported mood) or "said he would"."""
        text = self.text
        if verb.group()[:1].isupper() and not sentence_initial(text, verb.start()):
            return None  # a capital inside a sentence is a name, not the verb: "the United States and France …"
        nxt = _WORDS.search(text, verb.end(), s.end)
        if nxt and nxt.group().lower() in self.cues.clause_pronouns and not text[verb.end() : nxt.start()].strip():
            clause = self._trim_clause(nxt.start(), s.end)
            if clause and word_count(clause.text) > MIN_REPORTED_WORDS:
                return self._verb_clause(verb, s, clause, "rule:indirect-bare")
        if nxt and not text[verb.end() : nxt.start()].strip() and self._opens_clause(nxt.start(), s.end):
            # "said the meeting would take place": a clause without "that" (its auxiliary tells)
            clause = self._trim_clause(self._clause_subject(verb, nxt, s), s.end)
            if clause and word_count(clause.text) > MIN_REPORTED_WORDS:
                return self._verb_clause(verb, s, clause, "rule:indirect-bare")
        colon = self._colon_clause(verb, s)
        if colon or not self.cues.reported_mood:
            return colon
        comma = text.find(",", verb.end(), min(s.end, verb.end() + WINDOW_AFTER_VERB))
        if comma < 0 or word_count(text[verb.end() : comma]) > MAX_LEAD_WORDS or _QUOTE_MARK.search(text, verb.end(), comma):
            return None
        if not self._in_reported_mood(comma + 1, min(s.end, comma + 1 + MOOD_REACH)):
            return None
        clause = self._trim_clause(comma + 1, s.end)
        if clause is None:
            return None
        if self.cues.complementizer and self.cues.complementizer.match(self.text, clause.start):
            return None  # "betonte, dass …": the that-clause
        # The subject before the verb, else the one after it ("Auf einer Pressekonferenz sagte Baerbock, …").
        return self._verb_clause(verb, s, clause, "rule:indirect-bare")

    def _colon_clause(self, verb: re.Match[str], s: Span) -> _Clause | None:
        """X said: the West is …  (a colon, then the speaker's point without quotation marks)."""
        text = self.text
        colon = text.find(":", verb.end(), min(s.end, verb.end() + WINDOW_AFTER_VERB))
        if colon < 0 or word_count(text[verb.end() : colon]) > MAX_LEAD_WORDS or _QUOTE_MARK.search(text, verb.end(), colon + 3):
            return None
        clause = self._trim_clause(colon + 1, s.end)
        if clause is None or word_count(clause.text) < MIN_TRAILING_WORDS or self._all_quoted(clause):
            return None
        return self._verb_clause(verb, s, clause, "rule:indirect-bare")

    def _lead(self, start: int, pos: int) -> str:
        """What stands before ``pos`` in its sentence: "" (nothing), "," (a clause ending) or other text."""
        near = self.text[max(start, pos - 8) : pos].strip()
        if pos - start > 8 and not near:
            return "…"  # far from the sentence start, with only blanks just before: other text
        return near[-1:] if near.endswith(",") else near

    def _clause_subject(self, verb: re.Match[str], nxt: re.Match[str], s: Span) -> int:
        """Where a that-less clause starts: right after the verb, or past the addressee of "told"."""
        if verb.group().lower() not in self.cues.addressee_verbs:
            return nxt.start()
        aux = self._opens_clause(nxt.start(), s.end)
        starts = [
            w.start()
            for w in _WORDS.finditer(self.text, nxt.end(), aux.start() if aux else nxt.end())
            if w.group().lower() in self.cues.determiners or w.group().lower() in self.cues.clause_pronouns
        ]  # "told CNN his army was …", "told reporters in Kyiv the situation was …"
        return starts[-1] if starts else nxt.start()

    def _opens_clause(self, lo: int, hi: int) -> re.Match[str] | None:
        """The first words of ``[lo, hi)`` hold a clause's auxiliary ("the sanctions were illegal")."""
        if not self.cues.clause_auxiliaries:
            return None
        first = ""
        for k, w in enumerate(_WORDS.finditer(self.text, lo, hi)):
            if k > MAX_LEAD_WORDS + 2 or _CLAUSE_BREAK.search(self.text, lo, w.start()):
                return None
            low = w.group().lower()
            first = first or low
            if low in self.cues.complementizers_words:
                return None  # "told reporters that …": the that-clause
            if low in self.cues.clause_auxiliaries or (k and self._past_verb(w.group(), first)):
                return w
        return None

    def _past_verb(self, word: str, first: str) -> bool:
        """``word`` reads as the past verb of a clause whose subject opens it ("Germany supported")."""
        if first in self.cues.prepositions or not word.islower():
            return False  # "said in a statement released …": no subject, a participle
        return any(word.endswith(e) and len(word) - len(e) >= MIN_PAST_STEM for e in self.cues.clause_past_endings)

    def _in_reported_mood(self, lo: int, hi: int) -> re.Match[str] | None:
        """The first verb of the reported mood ("habe", "sei") outside quotation marks in ``[lo, hi)``."""
        for w in _WORDS.finditer(self.text, lo, hi):
            if w.group().lower() in self.cues.reported_mood and not self.inside_quote(w.start()):
                return w
        return None

    def _after_last_quote(self, lo: int, hi: int) -> int:
        """The start of a subject window past any quote closing in it (“…”, ha detto X, spiegando che …)."""
        i = bisect_right(self.outer_starts, hi) - 1
        while i >= 0 and self.outer[i].open_at >= lo:
            close = self.outer[i].close_at
            if close is not None and close < hi:
                return close + 1
            i -= 1
        return lo

    def _according(self, s: Span, near: frozenset[int] = _ALL_CUES) -> _Clause | None:
        """According to X, …  /  …, according to X.  /  X zufolge …  /  По его словам, …"""
        if self.cues.according_pronoun and _ACCORDING_PRONOUN in near:
            for m in self.hits.finditer(self.cues.according_pronoun, s.start, s.end):
                if self.inside_quote(m.start()):
                    continue
                lead = self._lead(s.start, m.start())
                if not lead:
                    clause = self._trim_clause(m.end(), s.end)
                elif lead.endswith(","):
                    clause = self._trim_clause(s.start, s.start + len(self.text[s.start : m.start()].rstrip()) - 1)
                else:
                    continue
                if clause and word_count(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    return self._quoted_source(_Clause(clause, cue, (m.start(), m.end()), "pronoun", "rule:indirect-according"))
        if self.cues.according_relative and _ACCORDING_RELATIVE in near:
            for m in self.hits.finditer(self.cues.according_relative, s.start, s.end):
                if self.inside_quote(m.start()):
                    continue
                clause = self._trim_clause(m.end(), s.end)
                if clause and word_count(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    return _Clause(clause, cue, (s.start, m.start()), "antecedent", "rule:indirect-according")
        if self.cues.according and _ACCORDING in near:
            for m in self.hits.finditer(self.cues.according, s.start, s.end):
                if self.inside_quote(m.start()):
                    continue
                res = self.resolver.after(m.end(), s.end)
                if res is None or res.mention is None:
                    continue  # "secondo giorno": no source after the cue
                lead = self._lead(s.start, m.start())
                if not lead:
                    # Past the whole word: an inflected name ("Пескова") may be longer than its mention.
                    word_end = _WORD_REST.match(self.text, res.mention.end).end()
                    comma = self.text.find(",", word_end, min(s.end, m.end() + WINDOW_AFTER_VERB))
                    if comma >= 0 and not _QUOTE_MARK.search(self.text, word_end, comma):
                        word_end = comma  # "Как заявил пресс-секретарь президента X, …": past the source
                    clause = self._trim_clause(word_end, s.end)
                elif lead.endswith(",") and not self._speech_verb_outside_quotes(s.start, m.start()):
                    # "« … », a-t-il précisé, selon l'AFP": the verb's subject speaks, the source only reports
                    clause = self._trim_clause(s.start, s.start + len(self.text[s.start : m.start()].rstrip()) - 1)
                else:
                    continue
                if clause and word_count(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    return self._quoted_source(_Clause(clause, cue, (m.end(), s.end), "after", "rule:indirect-according"))
        return self._according_after(s)

    def _according_after(self, s: Span) -> _Clause | None:
        """X zufolge …: the source before its cue, near the sentence start."""
        if self.cues.according_after:
            for m in self.cues.according_after.finditer(self.text, s.start, min(s.end, s.start + 80)):
                clause = self._trim_clause(m.end(), s.end)
                if clause and word_count(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    return _Clause(clause, cue, (s.start, m.start()), "before", "rule:indirect-according")
        return None

    def _speech_verb_outside_quotes(self, lo: int, hi: int) -> bool:
        return any(not self.inside_quote(v.start()) for v in self.hits.finditer(self.cues.speech, lo, hi))

    def _quoted_source(self, c: _Clause) -> _Clause:
        """"Selon lui, « … »": a clause that is one quotation is that quotation, direct, from the source."""
        if not self._all_quoted(c.span):
            return c
        i = bisect_right(self.outer_starts, c.span.end) - 1
        q = self.outer[i] if i >= 0 else None
        if q is None or q.open_at < c.span.start - 1 or q.end <= c.span.start:
            return c
        self.claimed.add(q.open_at)
        return _Clause(self._span(q), c.cue, c.subject, c.mode, "rule:quote-according", "direct")

    def _trailing(self, s: Span, near: frozenset[int] = _ALL_CUES) -> _Clause | None:
        """A clause closed by its attribution: "…, so Scholz." / "…, Peskov said." / "…, — сказал он."

        After a dash (the Russian and Spanish way of quoting) the clause is the speaker's own words.
        """
        text = self.text
        for k, pattern in ((_SPEECH, self.cues.speech), (_AFTER_QUOTE, self.cues.after_quote)):
            if pattern is None or k not in near:
                continue
            # Only a verb near the sentence end can close it: the search stays linear in long sentences.
            for verb in self.hits.finditer(pattern, max(s.start, s.end - TAIL_CHARS), s.end):
                v = verb.start()
                sep = max(text.rfind(",", s.start, v), text.rfind("—", s.start, v), text.rfind("–", s.start, v))
                if sep <= s.start or self.inside_quote(verb.start()):
                    continue
                end = sep
                if self.inside_quote(sep):  # “… the start,” Peskov added: the comma closes the quotation
                    q = self.outer[bisect_right(self.outer_starts, sep) - 1]
                    if q.close_at is None or q.close_at > verb.start():
                        continue
                    sep, end = q.close_at, q.close_at + 1
                between, tail = text[sep + 1 : verb.start()], self._without_source(verb.end(), s.end)
                if "," in tail:  # "…, she said, adding that …": the gerund starts a clause of its own
                    after_comma = _WORDS.search(tail, tail.index(","))
                    # "…, estime X, qui dirige …": a relative clause describes the speaker
                    if after_comma and after_comma.group().lower() in self.cues.gerunds | self.cues.relatives:
                        tail = tail[: tail.index(",")]
                inner_tail = tail.rstrip(" ,.!?…—–")
                if _QUOTE_MARK.search(between) or _QUOTE_MARK.search(tail) or any(c in inner_tail for c in ",—–"):
                    continue  # "The plan — said to cost billions — was approved": a parenthesis, not an attribution
                first = _WORDS.search(between)
                if first and first.group().lower() in self.cues.coordinators:
                    continue
                if pattern is self.cues.after_quote:
                    if between.strip() or not 0 < word_count(tail) <= MAX_LEAD_WORDS:
                        continue
                elif word_count(between) > MAX_SUBJECT_WORDS or word_count(tail) > MAX_TAIL_WORDS:
                    continue
                if self._has_complementizer(between) or self._has_complementizer(tail):
                    continue  # tested after the word counts: a case-insensitive search costs more
                clause = self._trim_clause(s.start, end)
                if clause is None or word_count(clause.text) < MIN_TRAILING_WORDS or self._all_quoted(clause):
                    continue
                if self._opens_clause(verb.end(), verb.end() + len(tail)):
                    continue  # "In a statement, the ministry said the sanctions were …": the clause follows the verb
                if not between.strip() and self.resolver.person_ending_at(clause.end):
                    continue  # "The spokesperson, Dmitry Peskov, said …": a name in apposition, not a clause
                head = text.find(",", clause.start, clause.end)
                if not between.strip() and head > 0 and word_count(text[clause.start : head]) <= MAX_LEAD_WORDS and (
                    self.resolver.person_ending_at(head)
                ):
                    continue  # "Scholz, who met Macron, said …": a subject and its insertion, not a clause
                if _QUOTE_MARK.match(self.text, clause.start):
                    continue  # “A” et “B”, indique X: quotations, attributed by the direct-speech pass
                cue = Span(verb.start(), verb.end(), verb.group())
                dashed = any(c in "—–" for c in text[max(s.start, sep - 2) : sep + 2])
                kind, by = ("direct", "rule:quote-dash") if dashed else ("indirect", "rule:indirect-trailing")
                if word_count(between):
                    return _Clause(clause, cue, (sep + 1, verb.start()), "before", by, kind)
                return _Clause(clause, cue, (verb.end(), s.end), "after", by, kind)
        return None

    def _without_source(self, lo: int, hi: int) -> str:
        """The text ``[lo, hi)`` without a closing ", TASS reports" / ", come riporta Ria Novosti"."""
        text = self.text[lo:hi]
        comma = text.rfind(",")
        if comma >= 0 and self.cues.trailing_source and self.cues.trailing_source.search(text, comma):
            return text[:comma]
        return text

    def _all_quoted(self, span: Span) -> bool:
        """The span is mostly a quotation ("Poi: “…”"): the direct-speech pass attributes it."""
        outside, pos = 0, span.start
        i = max(0, bisect_right(self.outer_starts, span.start) - 1)
        while i < len(self.outer) and self.outer[i].open_at < span.end:
            q = self.outer[i]
            close = q.close_at if q.close_at is not None else q.end
            if close >= pos:
                outside += word_count(self.text[pos : max(pos, q.open_at)])
                pos = max(pos, close + 1)
            i += 1
        outside += word_count(self.text[pos : span.end])
        return outside < MIN_TRAILING_WORDS

    def _anaphoric(self, i: int) -> _Clause | None:
        """"Lo ha detto X" / "Об этом заявил X": the sentence (or quote) before is X's."""
        if self.cues.anaphoric is None or i == 0:
            return None
        s, prev = self.sentences[i], self.sentences[i - 1]
        m = self.cues.anaphoric.match(self.text, s.start)
        if m is None or self.block_of(s.start) - self.block_of(prev.start) > 1:
            return None
        if not self._names_someone(self._anaphor_subject(m, s.end)):
            return None  # "Das erklärte Ziel der Regierung …": an adjective, not "Das erklärte X"
        q = bisect_right(self.outer_starts, s.start) - 1
        if q >= 0 and self.outer[q].close_at is not None and self.outer[q].open_at >= prev.start:
            opens = _ONLY_PUNCT.fullmatch(self.text[self._after_dateline(prev.start, prev.end) : self.outer[q].open_at])
            if (opens or self._all_quoted(prev)) and _ONLY_PUNCT.fullmatch(self.text[self.outer[q].close_at + 1 : s.start]):
                self.anaphoric_quotes[self.outer[q].close_at] = (m, s.end)
                return None
        clause = self._trim_clause(prev.start, prev.end)
        if clause is None or word_count(clause.text) < MIN_TRAILING_WORDS or self._all_quoted(clause):
            return None
        cue = Span(m.start(), m.end(), m.group())
        return _Clause(clause, cue, self._anaphor_subject_span(m, s.end), "after", "rule:indirect-anaphoric")

    def _anaphor_subject_span(self, m: re.Match[str], end: int) -> tuple[int, int]:
        """Where an anaphoric cue's subject stands: between its commas ("Così, un portavoce, risponde"), else after the verb."""
        if m.group("subject") and self._names_someone(self.resolver.after(m.start("subject"), m.end("subject"))):
            return m.start("subject"), m.end("subject")
        return m.end(), end  # "Об этом, по данным агентства, заявила X": an aside, not the subject

    def _anaphor_subject(self, m: re.Match[str], end: int) -> Resolution | None:
        return self.resolver.after(*self._anaphor_subject_span(m, end))

    def _names_someone(self, res: Resolution | None) -> bool:
        """A subject that is an entity, a role or a pronoun, or an unlinked name of capitalised words only."""
        if res is None or res.mention is None:
            return False
        if res.speaker is not None and res.speaker.type is not None:
            return True
        text = res.mention.text
        if text.lower() in self.cues.pronouns or (self.cues.roles and self.cues.roles.search(text)):
            return True
        words = text.split()
        return len(words) > 1 and all(w[:1].isupper() for w in words)

    def _continuations(self, own: list[_Clause | None]) -> list[_Clause]:
        """Sentences in the reported mood next to a reported clause go on with the same speaker."""
        if not self.cues.reported_mood:
            return []
        found: dict[int, _Clause] = {}
        for order in (range(len(own)), range(len(own) - 1, -1, -1)):
            source: _Clause | None = None
            last = -1
            for i in order:
                if own[i] is not None:
                    source, last = own[i], i
                    continue
                s = self.sentences[i]
                near = source is not None and abs(self.block_of(s.start) - self.block_of(self.sentences[last].start)) <= (
                    1 if i > last else 0
                )
                mood = self._in_reported_mood(s.start, s.end) if near and not self.inside_quote(s.start) else None
                clause = self._trim_clause(s.start, s.end) if mood else None
                if clause is None or word_count(clause.text) < MIN_TRAILING_WORDS:
                    source = None
                    continue
                if i not in found:
                    cue = Span(mood.start(), mood.end(), mood.group())
                    found[i] = _Clause(clause, cue, source.subject, "continued", "rule:indirect-mood", source=source)
                last = i
        return list(found.values())

    def _trim_clause(self, start: int, end: int) -> Span | None:
        """A reported clause without leading commas, final punctuation or a trailing source."""
        text = self.text
        if self.cues.trailing_source:
            comma = source_comma(self.cues.trailing_source, text, start, end)
            end = comma if comma >= 0 else end
        k = bisect_right(self.citation_starts, start)
        for c in self.analysis.citations if k < len(self.citation_starts) and self.citation_starts[k] < end else ():
            if start < c.start < end:
                comma = text.rfind(",", start, c.start)
                if comma >= 0 and c.start - comma < 40:
                    end = min(end, comma)
        start = self._after_dateline(start, end)
        lead_in = _COLON_QUOTE.search(text, start, end)
        if lead_in:
            end = lead_in.start()  # "suggested that …, saying: “…”": the quotation is direct speech
        comma = text.rfind(",", start, end)
        if comma > start:
            verb = self.hits.search(self.cues.speech, comma, end)
            if verb and word_count(text[comma:end]) <= MAX_SUBJECT_WORDS and not _QUOTE_MARK.search(text, comma, end):
                end = comma  # "… que la réforme passera, ajoute-t-il": the attribution is not reported
        while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        return Span(start, end, text[start:end]) if end > start else None

    def _after_dateline(self, start: int, end: int) -> int:
        """Past a dateline opening a paragraph: "(ANSA) - MOSCA, 26 NOV - ", "Roma, 22 apr. (LaPresse) – "."""
        for m in _DATELINE_DASH.finditer(self.text, start, min(end, start + DATELINE_CHARS)):
            head = self.text[start : m.start()].rstrip()
            if not any(ch.islower() for ch in head) or head.endswith(")"):
                start = m.end()
        return start

    # -- direct speech ----------------------------------------------------------------------------

    def _after_cue(self, q: QuotedSpan) -> tuple[re.Match[str], Resolution | None] | None:
        """The attribution after a closing mark: “…,” said X / “…,” X said / «…», — заявил X."""
        if q.close_at is None:
            return None
        lo = q.close_at + 1
        s = self.sentence_at(q.close_at)
        if s.end <= lo:  # the quote closes its sentence: “… .” Next sentence.
            return None
        hi = min(s.end, lo + AFTER_WINDOW)
        nxt = bisect_right(self.outer_starts, lo)
        if nxt < len(self.outer) and self.outer[nxt].open_at < hi:
            hi = self.outer[nxt].open_at
        verbs = [self.cues.speech] + ([self.cues.after_quote] if self.cues.after_quote else [])
        best = None
        for pattern in verbs:
            m = self.hits.search(pattern, lo, hi)
            if m and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return None
        between = self.text[lo : best.start()]
        if best.group().lower() in self.cues.quoting_verbs and word_count(between) <= MAX_SUBJECT_WORDS:
            # "«…», zitiert Reuters sie", "… Reuters quoted her as saying": the outlet is no speaker
            return best, self.resolver.quoted_by_outlet(lo, self.sentence_at(best.start()).end, q.open_at)
        if _ONLY_PUNCT.fullmatch(between) and best.group().lower() in self.cues.gerunds:
            return best, self._gerund_subject(q.open_at)
        if _ONLY_PUNCT.fullmatch(between):
            # "a-t-il déclaré sur BFMTV": the pronoun inside the cue is the subject, the outlet a place
            res = self.resolver.inside_cue(best.start(), best.end()) or self.resolver.after(best.end(), hi)
            return best, res if res else self.resolver.before(best.end(), best.end())
        if best.re is self.cues.after_quote or best.group().lower() in self.cues.gerunds:
            return None  # "… “an event” and blamed X, saying": the gerund goes on from the sentence's subject
        first = self._coordinated_with(lo, best.start())
        if first is not None:
            # "called it “…” and said that": the quote is the first verb's object, spoken by its subject
            return first, self.resolver.before(self.sentence_at(first.start()).start, first.start())
        if word_count(between) <= MAX_SUBJECT_WORDS and not _SENTENCE_END.search(between):
            return best, self.resolver.before(lo, best.start(), null_subject=False)
        return None

    def _next_piece_cue(self, q: QuotedSpan) -> tuple[re.Match[str], Resolution | None] | None:
        """“A” di sicurezza, “B”, ha affermato X: a piece takes the attribution of the next one."""
        if q.close_at is None:
            return None
        i = bisect_right(self.outer_starts, q.close_at)
        if i >= len(self.outer):
            return None
        between = self.text[q.close_at + 1 : self.outer[i].open_at]
        # The cheap tests first: the text up to the next quotation is often long (a paragraph or more).
        if "\n" in between or _SENTENCE_END.search(between):
            return None
        if word_count(between) > MAX_LEAD_WORDS or self._has_complementizer(between):
            return None
        if self.text[q.start : q.end].rstrip()[-1:] in ".!?…":
            return None  # a quotation that ends its sentence is no piece of the next one
        return self._after_cue(self.outer[i])

    def _anaphoric_cue(self, q: QuotedSpan) -> tuple[re.Match[str], Resolution | None] | None:
        """“…”. Lo ha detto X: the next sentence attributes the quote."""
        if q.close_at is None or q.close_at not in self.anaphoric_quotes:
            return None
        m, end = self.anaphoric_quotes[q.close_at]
        res = self._anaphor_subject(m, end) or self.resolver.before(m.start(), m.start())
        return m, res

    def _before_cue(self, q: QuotedSpan) -> tuple[re.Match[str], Resolution | None, bool] | None:
        """The attribution before an opening mark: X said: “…” / Mosca apprezza il “…”."""
        s = self.sentence_at(q.open_at)
        lo = s.start
        if _ONLY_PUNCT.fullmatch(self.text[s.start : q.open_at]) and self.text[: s.start].rstrip().endswith(":"):
            # "Et de poursuivre:" closing the paragraph before: the lead of this quotation
            lead_in = self.sentence_at(len(self.text[: s.start].rstrip()) - 1)
            if lead_in.end <= s.start:
                s = Span(lead_in.start, q.open_at, self.text[lead_in.start : q.open_at])
                lo = s.start
        prev = bisect_right(self.outer_starts, q.open_at - 1) - 1
        if prev >= 0 and (self.outer[prev].close_at or 0) >= lo:
            lo = (self.outer[prev].close_at or lo) + 1
        best, stance = None, False
        for pattern, is_stance in ((self.cues.speech, False), (self.cues.stance, True)):
            if pattern is None:
                continue
            for m in self.hits.finditer(pattern, lo, q.open_at):
                if best is None or m.start() >= best.start():
                    best, stance = m, is_stance
        if best is None:
            return None
        lead = self.text[best.end() : q.open_at]
        if word_count(lead) > MAX_LEAD_WORDS or self._has_complementizer(lead):
            return None
        res = None
        addressed = best.group().lower() in self.cues.addressee_verbs  # "asked John Roe: “…”": Roe is asked
        if word_count(lead) and not stance and not addressed:  # "called on NATO to “…”": after a stance verb comes its object
            res = self.resolver.after(best.end(), q.open_at)
            if res and res.mention and res.mention.text.lower() in self.cues.pronouns:
                res = None
        if best.group().lower() in self.cues.gerunds:
            res = self._gerund_subject(best.start())
        elif res is None or res.speaker is None:
            res = self.resolver.before(lo, best.start()) or res
        return best, res, stance

    def _has_complementizer(self, text: str) -> bool:
        return bool(self.cues.complementizer and self.cues.complementizer.search(text))

    def _embedded(self, q: QuotedSpan) -> bool:
        """The sentence carries on after the closing mark: the quote is a fragment of a clause."""
        if q.close_at is None:
            return False
        s = self.sentence_at(q.close_at)
        rest = self.text[q.close_at + 1 : s.end].lstrip(" \u00a0")
        return bool(rest) and rest[0].isalnum() and rest[0].islower()

    # -- the pass ----------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        clauses = self.clauses()
        events: list[tuple[int, int, object]] = [(c.at, 0, c) for c in clauses]
        groups: dict[int, list[QuotedSpan]] = {}
        for q in self.outer:
            groups.setdefault(q.group, []).append(q)
        events += [(g[0].open_at, 1, g) for g in groups.values()]
        events.sort(key=lambda e: (e[0], e[1]))
        self.open_clauses: list[tuple[Span, Resolution | None, Span]] = []
        self.previous: tuple[int, Resolution | None, Span | None] | None = None  # block, who, cue
        self.resolved: dict[int, Resolution | None] = {}
        for _, _, item in events:
            if isinstance(item, _Clause):
                self._indirect(item)
            else:
                self._direct(item)  # type: ignore[arg-type]
        self.quotes.sort(key=lambda x: (x.start, x.end))
        return self.quotes

    def _indirect(self, c: _Clause) -> None:
        res = self._subject(c.source) if c.source else self._subject(c)
        self.resolver.remember(res, c.span.end)
        self.open_clauses.append((c.span, res, c.cue))
        # A full quoted sentence right after reported speech goes on with the same voice.
        self.previous = (self.block_of(c.span.start), res, c.cue)
        self._emit(c.kind, c.span, res, c.cue, 0.75 if c.source is None else 0.6, c.by)

    def _gerund_subject(self, at: int) -> Resolution | None:
        """A gerund's subject: that of the speech verb before it ("said Peskov, adding"), else the sentence's."""
        start = self.sentence_at(at).start
        verb = None
        for m in self.hits.finditer(self.cues.speech, max(start, at - AFTER_WINDOW), at):
            if m.group().lower() not in self.cues.gerunds and not self.inside_quote(m.start()):
                verb = m
        r = self.resolver
        if verb is not None:
            # "ha detto Peskov ai giornalisti, sottolineando": the subject right after the verb, if any
            res = r.after(verb.end(), at) if word_count(self.text[verb.end() : at]) <= MAX_LEAD_WORDS + 1 else None
            if res is None or res.speaker is None:
                text, v = self.text, verb.start()
                lo = max(text.rfind(",", start, v), text.rfind("—", start, v), text.rfind("–", start, v)) + 1
                res = r.before(max(lo, start), verb.start(), null_subject=False) or res
            if res is not None and res.speaker is not None:
                return res
        return r.opening(start, at)

    def _subject(self, c: _Clause) -> Resolution | None:
        """Who speaks a reported clause, resolved once (a continuation shares its source's speaker)."""
        if id(c) in self.resolved:
            return self.resolved[id(c)]
        lo, hi = c.subject
        r = self.resolver
        if c.cue.text.lower() in self.cues.gerunds:
            res: Resolution | None = self._gerund_subject(c.cue.start)
        elif c.mode == "antecedent":
            res = r.antecedent(lo, hi)
        elif c.mode == "pronoun":
            res = r.inside_cue(lo, hi) or r.pronoun_at(c.cue)
        elif c.mode == "after":
            res = r.after(lo, hi)
            if res is None and c.by != "rule:indirect-according":
                res = r.inside_cue(c.cue.start, c.cue.end) or r.before(c.cue.start, c.cue.start)
        else:
            first = self._coordinated_with(lo, hi)
            res = r.before(self.sentence_at(first.start()).start, first.start(), null_subject=False) if first else None
            res = res or r.before(lo, hi, null_subject=False)
            inverted = r.after(c.cue.end, c.span.start) if c.span.start > c.cue.end else None
            if inverted and inverted.speaker and (res is None or res.speaker is None or res.confidence < 0.8):
                res = inverted  # "Am Mittwoch sagte Scholz, dass …": the subject follows the verb
            res = res or r.before(hi, hi)
        self.resolved[id(c)] = res
        return res

    def _coordinated_with(self, lo: int, hi: int) -> re.Match[str] | None:
        """"X ha definito … e ha fatto sapere che": the verb whose subject a coordinated verb shares."""
        words = _WORDS.findall(self.text, lo, hi)
        if not words or any(w.lower() not in self.cues.coordinators for w in words):
            return None
        start = self.sentence_at(hi).start
        verbs = [
            m
            for pattern in (self.cues.speech, self.cues.stance)
            if pattern is not None
            for m in self.hits.finditer(pattern, start, lo)
            if not self.inside_quote(m.start())
        ]
        return max(verbs, key=lambda m: m.start()) if verbs else None

    def _direct(self, pieces: list[QuotedSpan]) -> None:
        first, last = pieces[0], pieces[-1]
        if first.open_at in self.claimed:
            return
        block = self.block_of(first.open_at)
        # Clauses come in text order: only the latest few can still enclose this quote.
        enclosing = next(
            (oc for oc in reversed(self.open_clauses[-3:]) if oc[0].start <= first.open_at < oc[0].end), None
        )
        if enclosing and len(pieces) == 1:
            span, res, cue = enclosing
            self._emit("partial", self._span(first), res, cue, 0.8, "rule:partial-in-indirect")
            return
        if len(pieces) == 1 and self._split_by_dashes(first):
            return
        after = self._after_cue(last) or self._anaphoric_cue(last) or self._next_piece_cue(last)
        before = self._before_cue(first) if after is None else None
        inner = " ".join([self.text[p.start : p.end] for p in pieces])
        if after is not None:
            verb, res = after
            kind = "partial" if verb.re is self.cues.stance and not is_full_clause(inner) else "direct"
            self._attribute(pieces, kind, res, verb, 0.9, "rule:quote-attribution", block)
        elif before is not None:
            verb, res, stance = before
            embedded = self._embedded(last)
            short = not is_full_clause(inner)
            kind = "partial" if (embedded or (stance and short)) else "direct"
            by = "rule:quote-stance" if stance else "rule:quote-lead"
            self._attribute(pieces, kind, res, verb, 0.85, by, block)
        elif (colon := self._colon_lead(first, inner)) is not None:
            self._attribute(pieces, "direct", colon, None, 0.7, "rule:quote-colon", block)
        elif (is_full_clause(inner) or is_sentence(inner)) and not is_title_like(inner):
            prev = self.previous
            if prev is not None and prev[0] in (block, block - 1):
                # “…,” the minister said. “Never.”: the next quote goes on with the same voice.
                self._attribute(pieces, "direct", prev[1], None, 0.6, "rule:quote-continuation", block)
            elif is_full_clause(inner):
                self._attribute(pieces, "direct", None, None, 0.4, "rule:quote-unattributed", block)

    def _colon_lead(self, q: QuotedSpan, inner: str) -> Resolution | None:
        """“X thanked Italy: “…”": a clause closed by a colon, without a speech verb, introduces its subject's words."""
        s = self.sentence_at(q.open_at)
        head = self.text[s.start : q.open_at].rstrip()
        if not head.endswith(":") or word_count(head) < 2 or word_count(inner) < MIN_TRAILING_WORDS or is_title_like(inner):
            return None
        if _QUOTE_MARK.search(head):
            return None  # another quotation leads: its own attribution pass decides
        end = s.start + len(head) - 1
        res = self.resolver.opening(s.start, end)
        lo = s.start
        for _ in range(MAX_OPENING_PHRASES):
            if res is not None and res.speaker is not None:
                return res
            # "Pendant la séance, X a interpellé Y :": the subject follows an opening phrase
            comma = self.text.find(",", lo, end)
            if comma < 0 or word_count(self.text[lo:comma]) > MAX_SUBJECT_WORDS:
                return None
            lo = comma + 1
            res = self.resolver.opening(lo, end)
        return res if res is not None and res.speaker is not None else None

    def _split_by_dashes(self, q: QuotedSpan) -> bool:
        """“A – ha detto X – B”: one pair of marks around two pieces and their attribution."""
        if _SPACED_DASH.search(self.text, q.start, q.end) is None:
            return False
        m = _DASH_INSERT.search(self.text, q.start, q.end)
        if m is None:
            return False
        verb = self.hits.search(self.cues.speech, m.start(1), m.end(1))
        if verb is None:
            return False
        if _ONLY_PUNCT.fullmatch(self.text[m.start(1) : verb.start()]):
            res = self.resolver.after(verb.end(), m.end(1))
        else:
            res = self.resolver.before(m.start(1), verb.start(), null_subject=False)
        res = res or self.resolver.before(verb.end(), verb.end())
        cue = Span(verb.start(), verb.end(), verb.group())
        block = self.block_of(q.start)
        for lo, hi in ((q.start, m.start()), (m.end(), q.end)):
            span = self._trim(lo, hi)
            if span:
                self._emit("direct", span, res, cue, 0.85, "rule:quote-interrupted")
        self.previous = (block, res, cue)
        return True

    def _attribute(
        self,
        pieces: list[QuotedSpan],
        kind: str,
        res: Resolution | None,
        verb: re.Match[str] | None,
        confidence: float,
        by: str,
        block: int,
    ) -> None:
        cue = Span(verb.start(), verb.end(), verb.group()) if verb else None
        for p in pieces:
            self._emit(kind, self._span(p), res, cue, confidence * (0.8 if p.close_at is None and p is pieces[-1] else 1), by)
        last_block = self.block_of(pieces[-1].start)
        self.previous = (max(block, last_block), res, cue)

    def _emit(self, kind: str, span: Span, res: Resolution | None, cue: Span | None, base: float, by: str) -> None:
        if res is not None and res.speaker is not None:
            self.resolver.remember(res, span.end)
        confidence = base * (res.confidence if res and res.speaker else 0.5)
        self.quotes.append(
            Quote(
                kind=kind,
                text=span.text,
                start=span.start,
                end=span.end,
                speaker=res.speaker if res else None,
                speaker_mention=res.mention if res else None,
                cue=cue,
                confidence=round(confidence, 3),
                by=by,
            )
        )

    def _span(self, q: QuotedSpan) -> Span:
        return Span(q.start, q.end, self.text[q.start : q.end])

    def _trim(self, lo: int, hi: int) -> Span | None:
        while lo < hi and self.text[lo] in " ,\u00a0":
            lo += 1
        while hi > lo and self.text[hi - 1] in " ,\u00a0":
            hi -= 1
        return Span(lo, hi, self.text[lo:hi]) if hi > lo else None


def run(analysis: Analysis, options) -> None:
    cues = speech_cues.for_language(analysis.language)
    quoter = _Quoter(analysis, cues)
    analysis.quotes = quoter.run()
    # The resolver calls back into the quoter (a reference cycle that holds the analysis): broken here,
    # reference counting frees the article's findings as soon as the caller drops them, instead of the
    # cyclic collector walking them later (about 0.4 ms per article).
    del quoter.resolver


def scare_quotes(analysis: Analysis) -> list[Span]:
    """Short quoted terms that no one is quoted as saying: distancing ("so-called") quotes.

    Call after the quotes analyser ran; titles and names in quotation marks are left out.
    """
    taken = {(q.start, q.end) for q in analysis.quotes}
    spans, _ = scan(analysis.text, _blocks(analysis))
    out = []
    for q in spans:
        text = analysis.text[q.start : q.end]
        if q.depth or q.close_at is None or word_count(text) > MAX_SCARE_WORDS or is_title_like(text):
            continue
        if (q.start, q.end) in taken or is_full_clause(text):
            continue
        out.append(Span(q.start, q.end, text))
    return out
