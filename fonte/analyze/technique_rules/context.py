"""What the cue rules need to know about an article: its sentences, headings and actors."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from fonte.model import Analysis, Entity, Span


@dataclass
class ArticleContext:
    text: str
    folded: str  # lower-cased, same offsets: what patterns run on
    sentences: list[Span]
    headline_starts: frozenset[int]  # sentences that are the title or a heading
    entities: list[Entity] = field(default_factory=list)  # their mentions are actors
    actor_words: Iterable[tuple[int, int]] = ()  # spans of the language's actor words
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, analysis: Analysis, folded: str, actor_words: Iterable[tuple[int, int]]) -> ArticleContext:
        """The context of an analysed article; ``folded`` is ``fold(analysis.text)``, ``actor_words`` spans of actor words."""
        text = analysis.text
        sentences = analysis.sentences or [analysis.span(0, len(text))]
        a = analysis.article
        heads = [a.title] if a.title else []
        heads += a.headings
        head_ranges = [(h.start, h.end) for h in heads]
        starts = [s.start for s in sentences]
        ctx = cls(text, folded, sentences, _within(sentences, starts, head_ranges), analysis.entities, actor_words)
        ctx._starts = starts
        return ctx

    @cached_property
    def actors(self) -> list[tuple[int, int]]:
        """Sorted (start, end) of actor mentions, gathered when a rule first asks (half the articles never do)."""
        actors = {(m.start, m.end) for e in self.entities for m in e.mentions}
        actors.update(self.actor_words)
        return sorted(actors)

    def sentence_at(self, offset: int) -> Span:
        i = max(bisect_right(self._starts, offset) - 1, 0)
        return self.sentences[i]

    def is_headline(self, sentence: Span) -> bool:
        return sentence.start in self.headline_starts

    def nearest_actor(self, start: int, end: int, within: Span, reach: int) -> tuple[int, int] | None:
        """The actor mention closest to ``start:end`` inside ``within``, at most ``reach`` characters away."""
        lo = bisect_right(self.actors, (start - reach, -1))
        best: tuple[int, int] | None = None
        best_gap = reach + 1
        for a_start, a_end in self.actors[lo:]:
            if a_start > end + reach:
                break
            if a_start < within.start or a_end > within.end or (a_start < end and start < a_end):
                continue
            gap = a_start - end if a_start >= end else start - a_end
            if gap < best_gap:
                best, best_gap = (a_start, a_end), gap
        return best


def _within(sentences: list[Span], starts: list[int], ranges: list[tuple[int, int]]) -> frozenset[int]:
    """Starts of the sentences that lie inside one of ``ranges``."""
    if starts != sorted(starts):  # sentences come in text order; anything else is checked one by one
        return frozenset(s.start for s in sentences if any(a <= s.start and s.end <= b for a, b in ranges))
    inside = set()
    for a, b in ranges:
        for i in range(bisect_left(starts, a), bisect_right(starts, b)):
            if sentences[i].end <= b:
                inside.add(starts[i])
    return frozenset(inside)
