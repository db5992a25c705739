"""The ordered registry of analysers and the loop that runs them.

An analyser is a function ``run(analysis: Analysis, options: Options) -> None`` that reads the
article and what earlier analysers found, and adds findings. One that raises adds a warning to
the record; the article is still reported.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field, fields
from typing import Callable

from fonte.model import Analysis, Article

log = logging.getLogger(__name__)


@dataclass
class Options:
    """What a user may set for one run of the pipeline."""

    language: str | None = None  # override language identification
    techniques_model: str | None = None  # path of a trained technique model
    frames_model: str | None = None
    genre_model: str | None = None  # path of a trained genre model (opinion/reporting/satire)
    skip: frozenset[str] = field(default_factory=frozenset)  # analyser names to leave out
    debug: bool = False


Analyser = Callable[[Analysis, Options], None]


@dataclass(frozen=True)
class Registered:
    name: str
    run: Analyser


def _registry() -> list[Registered]:
    # Imported here so that importing the model never pulls in every analyser.
    from fonte.analyze import (
        citations,
        entities,
        language,
        narratives,
        quotes,
        reading,
        segments,
        summary,
        techniques,
        voices,
    )

    return [
        Registered("language", language.run),
        Registered("segments", segments.run),
        Registered("reading", reading.run),
        Registered("entities", entities.run),
        Registered("citations", citations.run),
        Registered("quotes", quotes.run),
        Registered("voices", voices.run),
        Registered("techniques", techniques.run),
        Registered("trained", _trained),
        Registered("narratives", narratives.run),
        Registered("summary", summary.run),
    ]


def _trained(analysis: Analysis, options: Options) -> None:
    # The trained detectors' module imports scikit-learn and SciPy (seconds of start-up), so it is
    # imported only when some model is named: without one it adds no finding.
    if any(getattr(options, f.name) for f in fields(Options) if f.name.endswith("_model")):
        from fonte.analyze import trained

        trained.run(analysis, options)


_REGISTRY: list[Registered] | None = None
#: Young objects the cyclic garbage collector lets accumulate before a pass (Python's default is 700).
#: An article allocates hundreds of thousands of short-lived containers: at 700 the collector took a
#: quarter of the analysis time on the bench (docs/performance.md).
GC_YOUNG_THRESHOLD = 10_000
_SETTLED: set[str] = set()  # languages whose data is loaded and frozen


def registry() -> list[Registered]:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _registry()
    return _REGISTRY


def run(article: Article, options: Options | None = None, only: list[str] | None = None) -> Analysis:
    """Run every registered analyser (or those named in ``only``, in registry order)."""
    options = options or Options()
    analysis = Analysis(article=article)
    for step in registry():
        if step.name in options.skip or (only is not None and step.name not in only):
            continue
        try:
            step.run(analysis, options)
        except Exception as exc:  # noqa: BLE001 - one failing analyser must not lose the article
            if options.debug:
                raise
            log.debug("analyser %s failed", step.name, exc_info=True)
            analysis.warn(f"analyser {step.name} failed: {type(exc).__name__}: {exc}")
    _settle(analysis.language)
    return analysis


def _settle(language: str) -> None:
    """After the first article of a language: keep the data it loaded out of the collector's scans.

    Lexicons, knowledge bases and compiled rules live as long as the process; ``gc.freeze`` moves them
    (and whatever else exists now) to the permanent generation, so full collections stop walking
    millions of objects that are never garbage. Reference counting still frees everything as usual.
    """
    if language in _SETTLED:
        return
    _SETTLED.add(language)
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:  # an application that set its own threshold (or disabled it) keeps it
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)
