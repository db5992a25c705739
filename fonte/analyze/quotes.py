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

from fonte.analyze import speech_cues
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
#: Words between a speech verb and "that" ("said in a statement on Monday that").
MAX_THAT_GAP_WORDS = 15
#: Problems with marks reported one by one; the rest are counted.
MAX_WARNINGS = 5
#: Characters searched after a speech verb for its "that".
THAT_WINDOW = 200
#: Characters searched after a closing mark for its attribution.
AFTER_WINDOW = 160
_SENTENCE_END = re.compile(r"[.!?…]")
_DASH_INSERT = re.compile(r",?\s+[—–-]\s+([^—–\n]{3,120}?),?\s+[—–-]\s+")
_ONLY_PUNCT = re.compile(r"[\s,;:.—–\-]*")
_WORDS = re.compile(r"[^\W_][\w’'\-]*")


@dataclass
class _Clause:
    """An indirect quote found before the pass that attributes quoted spans."""

    span: Span
    cue: Span
    subject: tuple[int, int]  # the window its subject is resolved in
    mode: str  # before | after: where the subject stands relative to the cue
    by: str


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


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
    words = _words(text)
    if words >= MIN_CLAUSE_WORDS:
        return True
    return words >= 2 and is_sentence(text)


def is_sentence(text: str) -> bool:
    """A capitalised stretch with final punctuation, even one word long ("Never.")."""
    return text[:1].isupper() and text.rstrip()[-1:] in ".!?…"


def is_title_like(text: str) -> bool:
    """Capitalised Words Of A Title or a name ("Minsk II", "War and Peace")."""
    long_words = [w for w in _WORDS.findall(text) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and _words(text) > 1


class _Quoter:
    """One pass over an article's quoted spans and reported clauses, in text order."""

    def __init__(self, analysis: Analysis, cues: SpeechCues) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.cues = cues
        self.blocks = _blocks(analysis)
        self.block_starts = [b.start for b in self.blocks]
        self.sentences = _sentences(analysis, self.blocks)
        self.sentence_starts = [s.start for s in self.sentences]
        self.resolver = SpeakerResolver(analysis, cues)
        self.spans, warnings = scan(self.text, self.blocks)
        warnings = list(dict.fromkeys(warnings))
        for w in warnings[:MAX_WARNINGS]:
            analysis.warn(w)
        if len(warnings) > MAX_WARNINGS:
            analysis.warn(f"quotes: {len(warnings) - MAX_WARNINGS} more unbalanced quotation marks")
        self.outer = [q for q in self.spans if q.depth == 0]
        self.outer_starts = [q.open_at for q in self.outer]
        self.quotes: list[Quote] = []

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
        found: list[_Clause] = []
        for s in self.sentences:
            found.extend(self._reported(s))
            found.extend(self._according(s))
        return found

    def _reported(self, s: Span) -> list[_Clause]:
        """X said that …: the clause after the complementizer, up to the sentence end."""
        if self.cues.complementizer is None:
            return []
        out = []
        for verb in self.cues.speech.finditer(self.text, s.start, s.end):
            if self.inside_quote(verb.start()):
                continue
            comp = self.cues.complementizer.search(self.text, verb.end(), min(s.end, verb.end() + THAT_WINDOW))
            if comp is None:
                continue
            gap = self.text[verb.end() : comp.start()]
            if _words(gap) > MAX_THAT_GAP_WORDS or any(m in gap for m in "“«„\"."):
                continue
            if _words(gap) and gap.rstrip().endswith(",") and "," not in gap.rstrip()[:-1]:
                continue  # "confirms the ties, which …": a relative pronoun, not "that"
            clause = self._trim_clause(comp.end(), s.end)
            if clause and _words(clause.text) >= MIN_REPORTED_WORDS:
                cue = Span(verb.start(), verb.end(), verb.group())
                found_before = (s.start, verb.start())
                out.append(_Clause(clause, cue, found_before, "before", "rule:indirect-that"))
                break
        return out

    def _according(self, s: Span) -> list[_Clause]:
        """According to X, …  /  …, according to X.  /  X zufolge …"""
        out = []
        if self.cues.according:
            for m in self.cues.according.finditer(self.text, s.start, s.end):
                if self.inside_quote(m.start()):
                    continue
                res = self.resolver.after(m.end(), s.end)
                if res is None or res.mention is None or (res.speaker is None and res.confidence < 0.5):
                    continue
                lead = self.text[s.start : m.start()].strip()
                if not lead:
                    # Past the whole word: an inflected name ("Пескова") may be longer than its mention.
                    word_end = re.compile(r"[\w’'-]*").match(self.text, res.mention.end).end()
                    clause = self._trim_clause(word_end, s.end)
                elif lead.endswith(","):
                    clause = self._trim_clause(s.start, s.start + len(self.text[s.start : m.start()].rstrip()) - 1)
                else:
                    continue
                if clause and _words(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    out.append(_Clause(clause, cue, (m.end(), s.end), "after", "rule:indirect-according"))
                    break
        if self.cues.according_after:
            for m in self.cues.according_after.finditer(self.text, s.start, min(s.end, s.start + 80)):
                clause = self._trim_clause(m.end(), s.end)
                if clause and _words(clause.text) >= MIN_REPORTED_WORDS:
                    cue = Span(m.start(), m.end(), m.group())
                    out.append(_Clause(clause, cue, (s.start, m.start()), "before", "rule:indirect-according"))
                    break
        return out

    def _trim_clause(self, start: int, end: int) -> Span | None:
        """A reported clause without leading commas, final punctuation or a trailing source."""
        text = self.text
        if self.cues.trailing_source:
            for m in self.cues.trailing_source.finditer(text, start, end):
                comma = text.rfind(",", start, m.start())
                if comma >= 0 and not text[comma + 1 : m.start()].strip():
                    end = comma
                    break
        for c in self.analysis.citations:
            if start < c.start < end:
                comma = text.rfind(",", start, c.start)
                if comma >= 0 and c.start - comma < 40:
                    end = min(end, comma)
        while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        return Span(start, end, text[start:end]) if end > start else None

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
            m = pattern.search(self.text, lo, hi)
            if m and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return None
        between = self.text[lo : best.start()]
        if _ONLY_PUNCT.fullmatch(between):
            res = self.resolver.after(best.end(), hi) or self.resolver.inside_cue(best.start(), best.end())
            return best, res if res else self.resolver.before(best.end(), best.end())
        if best.re is self.cues.after_quote:
            return None
        if _words(between) <= MAX_SUBJECT_WORDS and not _SENTENCE_END.search(between):
            return best, self.resolver.before(lo, best.start(), null_subject=False)
        return None

    def _before_cue(self, q: QuotedSpan) -> tuple[re.Match[str], Resolution | None, bool] | None:
        """The attribution before an opening mark: X said: “…” / Mosca apprezza il “…”."""
        s = self.sentence_at(q.open_at)
        lo = s.start
        prev = bisect_right(self.outer_starts, q.open_at - 1) - 1
        if prev >= 0 and (self.outer[prev].close_at or 0) >= lo:
            lo = (self.outer[prev].close_at or lo) + 1
        best, stance = None, False
        for pattern, is_stance in ((self.cues.speech, False), (self.cues.stance, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(self.text, lo, q.open_at):
                if best is None or m.start() >= best.start():
                    best, stance = m, is_stance
        if best is None:
            return None
        lead = self.text[best.end() : q.open_at]
        if _words(lead) > MAX_LEAD_WORDS or self._has_complementizer(lead):
            return None
        res = None
        if _words(lead):
            res = self.resolver.after(best.end(), q.open_at)
            if res and res.mention and res.mention.text.lower() in self.cues.pronouns:
                res = None
        if res is None or res.speaker is None:
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
        events: list[tuple[int, int, object]] = [(c.cue.start, 0, c) for c in clauses]
        groups: dict[int, list[QuotedSpan]] = {}
        for q in self.outer:
            groups.setdefault(q.group, []).append(q)
        events += [(g[0].open_at, 1, g) for g in groups.values()]
        events.sort(key=lambda e: (e[0], e[1]))
        self.open_clauses: list[tuple[Span, Resolution | None, Span]] = []
        self.previous: tuple[int, Resolution | None, Span | None] | None = None  # block, who, cue
        for _, _, item in events:
            if isinstance(item, _Clause):
                self._indirect(item)
            else:
                self._direct(item)  # type: ignore[arg-type]
        self.quotes.sort(key=lambda x: (x.start, x.end))
        return self.quotes

    def _indirect(self, c: _Clause) -> None:
        lo, hi = c.subject
        if c.mode == "after":
            res = self.resolver.after(lo, hi)
        else:
            res = self.resolver.before(lo, hi) or self.resolver.after(c.cue.end, c.span.start)
        self.resolver.remember(res)
        self.open_clauses.append((c.span, res, c.cue))
        self._emit("indirect", c.span, res, c.cue, 0.75, c.by)

    def _direct(self, pieces: list[QuotedSpan]) -> None:
        first, last = pieces[0], pieces[-1]
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
        after = self._after_cue(last)
        before = self._before_cue(first) if after is None else None
        inner = " ".join(self._span(p).text for p in pieces)
        if after is not None:
            verb, res = after
            self._attribute(pieces, "direct", res, verb, 0.9, "rule:quote-attribution", block)
        elif before is not None:
            verb, res, stance = before
            embedded = self._embedded(last)
            short = not is_full_clause(inner)
            kind = "partial" if (embedded or (stance and short)) else "direct"
            by = "rule:quote-stance" if stance else "rule:quote-lead"
            self._attribute(pieces, kind, res, verb, 0.85, by, block)
        elif (is_full_clause(inner) or is_sentence(inner)) and not is_title_like(inner):
            prev = self.previous
            if prev is not None and prev[0] in (block, block - 1):
                # “…,” the minister said. “Never.”: the next quote goes on with the same voice.
                self._attribute(pieces, "direct", prev[1], None, 0.6, "rule:quote-continuation", block)
            elif is_full_clause(inner):
                self._attribute(pieces, "direct", None, None, 0.4, "rule:quote-unattributed", block)

    def _split_by_dashes(self, q: QuotedSpan) -> bool:
        """“A – ha detto X – B”: one pair of marks around two pieces and their attribution."""
        m = _DASH_INSERT.search(self.text, q.start, q.end)
        if m is None:
            return False
        verb = self.cues.speech.search(self.text, m.start(1), m.end(1))
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
            self.resolver.remember(res)
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
    analysis.quotes = _Quoter(analysis, cues).run()


def scare_quotes(analysis: Analysis) -> list[Span]:
    """Short quoted terms that no one is quoted as saying: distancing ("so-called") quotes.

    Call after the quotes analyser ran; titles and names in quotation marks are left out.
    """
    taken = {(q.start, q.end) for q in analysis.quotes}
    spans, _ = scan(analysis.text, _blocks(analysis))
    out = []
    for q in spans:
        text = analysis.text[q.start : q.end]
        if q.depth or q.close_at is None or _words(text) > MAX_SCARE_WORDS or is_title_like(text):
            continue
        if (q.start, q.end) in taken or is_full_clause(text):
            continue
        out.append(Span(q.start, q.end, text))
    return out
