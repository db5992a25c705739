"""The rule-based technique detector seen paragraph by paragraph: its findings per data-set line.

Used as features by the trained detector and as the "default detector" of the evaluation. An
article of the data set becomes an ``Article`` whose title and paragraphs are its lines, so a
finding's offset tells its line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from fonte.analyze import pipeline
from fonte.extract.structure import assemble
from fonte.model import Analysis, Article, Source
from fonte.train.semeval import Document

#: Producer ids of trained models start with this; everything else is a rule.
MODEL_PREFIX = "model:"


def _steps_up_to_techniques() -> list[str]:
    names = [step.name for step in pipeline.registry()]
    return names[: names.index("techniques") + 1]


def document_article(doc: Document) -> tuple[Article, list[int]]:
    """The article of a data-set document and, per block of it, the line number (from 1) it came from."""
    kept = [(n, " ".join(line.split())) for n, line in enumerate(doc.lines, 1)]
    kept = [(n, text) for n, text in kept if text]
    if not kept:
        return assemble(None, [], Source(path=doc.id)), []
    (_, title), rest = kept[0], kept[1:]
    article = assemble(title, [("paragraph", text) for _, text in rest], Source(path=doc.id))
    return article, [n for n, _ in kept]


def counts_by_block(analysis: Analysis, starts: list[int]) -> list[Counter[str]]:
    """Per block (given by its start offset), how often each technique was found by a rule."""
    found: list[Counter[str]] = [Counter() for _ in starts]
    for finding in analysis.techniques:
        if finding.by.startswith(MODEL_PREFIX) or not starts:
            continue
        block = bisect_right(starts, finding.start) - 1
        if block >= 0:
            found[block][finding.technique] += 1
    return found


def rule_counts(doc: Document) -> dict[int, Counter[str]]:
    """Line number -> technique -> number of rule findings there."""
    article, line_numbers = document_article(doc)
    if not line_numbers:
        return {}
    options = pipeline.Options(language=doc.language)
    analysis = pipeline.run(article, options, only=_steps_up_to_techniques())
    blocks = ([article.title] if article.title else []) + article.paragraphs
    starts = [block.start for block in blocks]
    return dict(zip(line_numbers, counts_by_block(analysis, starts)))

