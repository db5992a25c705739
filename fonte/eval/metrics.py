"""Matching fonte's findings to gold annotations, and the scores that follow (docs/eval.md).

Every score keeps its raw sums (credit and counts), so that several files add up to a
micro-average: precision = credited predictions / predictions, recall = credited gold / gold.
Optional gold items are left out of recall, and a prediction that matches one is not a
false positive.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from fonte.eval.gold import Gold, GoldEntity
from fonte.model import Analysis

#: A predicted quote matches a gold one when they share this much of the shorter of the two.
QUOTE_OVERLAP = 0.5


@dataclass
class Counts:
    """Sums behind precision, recall and F1 (credit may be fractional: partial span credit)."""

    pred_credit: float = 0.0
    pred: int = 0
    gold_credit: float = 0.0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.pred_credit += other.pred_credit
        self.pred += other.pred
        self.gold_credit += other.gold_credit
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float | None:
        return self.pred_credit / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.gold_credit / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if r is None:  # no gold to find: precision alone says how the predictions fared
            return None
        if p is None:  # gold but no prediction
            return 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
            "pred": self.pred,
            "gold": self.gold,
            "pred_credit": round(self.pred_credit, 4),
            "gold_credit": round(self.gold_credit, 4),
        }


@dataclass
class Ratio:
    """An accuracy: how many of the checked items were right."""

    correct: int = 0
    total: int = 0

    def check(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        acc = self.accuracy
        return {"accuracy": None if acc is None else round(acc, 4), "correct": self.correct, "total": self.total}


@dataclass
class Scores:
    """Scores of one or more articles, by name (``quotes``, ``quotes.quoted``, ``quotes.indirect``, ``techniques.Doubt``, ...)."""

    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    not_found: list[str] = field(default_factory=list)  # gold texts absent from the analysed text
    articles: int = 0

    def __iadd__(self, other: Scores) -> Scores:
        for name, c in other.counts.items():
            self.counts[name] += c
        for name, r in other.ratios.items():
            self.ratios[name] += r
        self.not_found += other.not_found
        self.articles += other.articles
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "counts": {name: c.to_dict() for name, c in sorted(self.counts.items())},
            "checks": {name: r.to_dict() for name, r in sorted(self.ratios.items())},
            "not_found": self.not_found,
        }


def norm(name: str) -> str:
    """A name compared case- and space-insensitively."""
    return " ".join(name.casefold().split())


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``text`` (retried with its spaces collapsed)."""
    for candidate in dict.fromkeys((needle, " ".join(needle.split()))):
        if not candidate:
            continue
        found, start = [], text.find(candidate)
        while start >= 0:
            found.append((start, start + len(candidate)))
            start = text.find(candidate, start + len(candidate))
        if found:
            return found
    return []


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _locate(text: str, needle: str, what: str, scores: Scores) -> list[tuple[int, int]]:
    spans = occurrences(text, needle)
    if not spans:
        scores.not_found.append(f"{what}: {needle[:80]}")
    return spans


def _greedy(pairs: Iterable[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one matching, best-ranked pairs first: prediction index -> gold index."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, p, g in sorted(pairs, key=lambda pair: pair[0], reverse=True):
        if p not in matched and g not in taken:
            matched[p] = g
            taken.add(g)
    return matched


def _aliases_by_name(entities: list[GoldEntity]) -> dict[str, set[str]]:
    """Each gold entity's normalised name -> every normalised name it goes by."""
    table: dict[str, set[str]] = {}
    for e in entities:
        names = {norm(n) for n in e.names()}
        for n in names:
            table.setdefault(n, set()).update(names)
    return table


def _kind_class(kind: str) -> str:
    """Quoted words (direct or partial: annotators differ on a fragment) versus reported speech."""
    return "indirect" if kind == "indirect" else "quoted"


def score_quotes(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    text = analysis.text
    located = [_locate(text, g.text, "quote", scores) for g in gold.quotes]
    pairs = []
    for p, q in enumerate(analysis.quotes):
        for g, spans in enumerate(located):
            g_len = len(gold.quotes[g].text)
            best = max((overlap((q.start, q.end), s) / max(1, min(q.end - q.start, s[1] - s[0])) for s in spans), default=0.0)
            if best >= QUOTE_OVERLAP:
                pairs.append(((best, q.kind == gold.quotes[g].kind, -abs(g_len - (q.end - q.start))), p, g))
    matched = _greedy(pairs)
    aliases = _aliases_by_name(gold.entities)
    overall = scores.counts["quotes"]
    overall.pred += len(analysis.quotes)
    overall.pred_credit += len(matched)
    for g, gq in enumerate(gold.quotes):
        if not gq.optional:
            overall.gold += 1
            scores.counts[f"quotes.{_kind_class(gq.kind)}"].gold += 1
    for p, q in enumerate(analysis.quotes):
        scores.counts[f"quotes.{_kind_class(q.kind)}"].pred += 1
    for p, g in matched.items():
        q, gq = analysis.quotes[p], gold.quotes[g]
        scores.ratios["quotes.kind"].check(q.kind == gq.kind)
        if _kind_class(q.kind) == _kind_class(gq.kind):
            scores.counts[f"quotes.{_kind_class(q.kind)}"].pred_credit += 1
            if not gq.optional:
                scores.counts[f"quotes.{_kind_class(gq.kind)}"].gold_credit += 1
        if not gq.optional:
            overall.gold_credit += 1
        if gq.speaker is not None:
            accepted = {norm(gq.speaker), *(norm(s) for s in gq.speaker_accept)}
            accepted |= aliases.get(norm(gq.speaker), set())
            scores.ratios["quotes.speaker"].check(q.speaker is not None and norm(q.speaker.name) in accepted)


def score_entities(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    index: dict[str, int] = {}
    for g, ge in enumerate(gold.entities):
        for name in ge.names():
            index.setdefault(norm(name), g)
    counts = scores.counts["entities"]
    counts.pred += len(analysis.entities)
    counts.gold += sum(1 for ge in gold.entities if not ge.optional)
    taken: set[int] = set()
    for e in analysis.entities:
        g = index.get(norm(e.name))
        if g is None or g in taken:
            continue  # unknown to the gold, or a duplicate of an entity already matched
        taken.add(g)
        ge = gold.entities[g]
        counts.pred_credit += 1
        if not ge.optional:
            counts.gold_credit += 1
        if ge.type:
            scores.ratios["entities.type"].check(e.type == ge.type)
        if ge.wikidata:
            scores.ratios["entities.link"].check(e.wikidata == ge.wikidata)
        if ge.iso:
            scores.ratios["entities.link"].check((e.iso or "").upper() == ge.iso.upper())


def score_citations(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    aliases = _aliases_by_name(gold.entities)
    counts = scores.counts["citations"]
    counts.pred += len(analysis.citations)
    counts.gold += sum(1 for gc in gold.citations if not gc.optional)
    used: set[int] = set()
    for gc in gold.citations:
        names = {norm(gc.outlet)} | aliases.get(norm(gc.outlet), set())
        candidates = [p for p, c in enumerate(analysis.citations) if p not in used and norm(c.outlet.name) in names]
        if not candidates:
            continue
        surface = occurrences(analysis.text, gc.surface) if gc.surface else []
        # Of several citations of the same outlet, the one at the annotated place.
        p = max(candidates, key=lambda i: max((overlap((analysis.citations[i].start, analysis.citations[i].end), s) for s in surface), default=0))
        used.add(p)
        counts.pred_credit += 1
        if not gc.optional:
            counts.gold_credit += 1
        if gc.state_affiliated is not None:
            scores.ratios["citations.state_affiliated"].check(analysis.citations[p].outlet.state_affiliated is gc.state_affiliated)


def _span_credit(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> float:
    """The largest share of one span (any of its occurrences) that some other span covers."""
    best = 0.0
    for s in spans:
        length = s[1] - s[0]
        if length > 0:
            best = max(best, max((overlap(s, o) / length for o in others), default=0.0))
    return best


def score_techniques(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    """Span F1 with partial credit, per label and over all labels (formula in docs/eval.md)."""
    gold_spans = [(g, _locate(analysis.text, g.text, "technique", scores)) for g in gold.techniques]
    gold_by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g, spans in gold_spans:
        gold_by_label[g.technique] += spans
    pred_by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for t in analysis.techniques:
        pred_by_label[t.technique].append((t.start, t.end))
    all_gold = [s for spans in gold_by_label.values() for s in spans]
    all_pred = [s for spans in pred_by_label.values() for s in spans]
    for t in analysis.techniques:
        span = [(t.start, t.end)]
        for name, credit in (
            ("techniques", _span_credit(span, gold_by_label.get(t.technique, []))),
            (f"techniques.{t.technique}", _span_credit(span, gold_by_label.get(t.technique, []))),
            ("techniques.any_label", _span_credit(span, all_gold)),
        ):
            scores.counts[name].pred += 1
            scores.counts[name].pred_credit += credit
    for g, spans in gold_spans:
        if g.optional:
            continue
        for name, credit in (
            ("techniques", _span_credit(spans, pred_by_label.get(g.technique, []))),
            (f"techniques.{g.technique}", _span_credit(spans, pred_by_label.get(g.technique, []))),
            ("techniques.any_label", _span_credit(spans, all_pred)),
        ):
            scores.counts[name].gold += 1
            scores.counts[name].gold_credit += credit


def score_structure(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    """Title, headings, stated reading time and language against the gold."""
    a = analysis.article
    if gold.title is not None:
        scores.ratios["title"].check(a.title is not None and norm(a.title.text) == norm(gold.title))
    if gold.headings is not None:
        predicted = [norm(h.text) for h in a.headings]
        expected = [norm(h) for h in gold.headings]
        c = scores.counts["headings"]
        c.pred += len(predicted)
        c.pred_credit += sum(1 for h in predicted if h in expected)
        c.gold += len(expected)
        c.gold_credit += sum(1 for h in expected if h in predicted)
    if gold.stated_reading_minutes is not None:
        stated = (analysis.reading_time or {}).get("stated_minutes", a.stated_reading_minutes)
        scores.ratios["stated_reading_time"].check(stated == gold.stated_reading_minutes)
    if gold.language:
        scores.ratios["language"].check(analysis.language == gold.language)


def score_narratives(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    """Narratives by name, one to one (same subnarrative preferred); subnarrative accuracy over the matched ones."""
    counts = scores.counts["narratives"]
    counts.pred += len(analysis.narratives)
    counts.gold += sum(1 for gn in gold.narratives if not gn.optional)
    used: set[int] = set()
    for gn in gold.narratives:
        candidates = [i for i, n in enumerate(analysis.narratives) if i not in used and norm(n.narrative) == norm(gn.narrative)]
        if not candidates:
            continue
        # Of several predictions of the narrative, the one with the gold's subnarrative.
        p = max(candidates, key=lambda i: norm(analysis.narratives[i].subnarrative or "") == norm(gn.subnarrative or ""))
        used.add(p)
        counts.pred_credit += 1
        if not gn.optional:
            counts.gold_credit += 1
        if gn.subnarrative:
            sub = analysis.narratives[p].subnarrative
            scores.ratios["narratives.subnarrative"].check(sub is not None and norm(sub) == norm(gn.subnarrative))


def score_voices(analysis: Analysis, gold: Gold, scores: Scores) -> None:
    """Who is quoted: the set of named speakers against the gold's quoted persons (aliases accepted)."""
    if gold.quoted_persons is None:
        return
    aliases = _aliases_by_name(gold.entities)
    expected = [{norm(p)} | aliases.get(norm(p), set()) for p in gold.quoted_persons]
    speakers = {norm(q.speaker.name) for q in analysis.quotes if q.speaker}
    c = scores.counts["quoted_persons"]
    c.pred += len(speakers)
    c.pred_credit += sum(1 for s in speakers if any(s in names for names in expected))
    c.gold += len(expected)
    c.gold_credit += sum(1 for names in expected if names & speakers)


def score(analysis: Analysis, gold: Gold) -> Scores:
    """Every component's scores for one analysed article against its gold."""
    scores = Scores(articles=1)
    score_structure(analysis, gold, scores)
    score_voices(analysis, gold, scores)
    if "quotes" in gold.annotated:
        score_quotes(analysis, gold, scores)
    for name, scorer in (
        ("entities", score_entities),
        ("citations", score_citations),
        ("techniques", score_techniques),
        ("narratives", score_narratives),
    ):
        if name in gold.annotated:
            scorer(analysis, gold, scores)
    return scores
