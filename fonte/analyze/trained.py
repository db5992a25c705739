"""Trained detectors: techniques per paragraph, frames and genre per article (``fonte train``).

Runs after the rule detector and merges with it: rule findings stay, a model finding is added
unless a rule already found the same technique in the same paragraph. Models are loaded once
per process (cached by path and modification time).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

import numpy as np

from fonte.analyze.pipeline import Options
from fonte.model import Analysis, Span, Technique
from fonte.train.linear import LinearModel
from fonte.train.rules import MODEL_PREFIX, counts_by_block


@lru_cache(maxsize=8)
def _cached(path: Path, kind: str, mtime_ns: int) -> LinearModel:
    return LinearModel.load(path, kind)


def load(path: str | Path, kind: str) -> LinearModel:
    """The model at ``path``, read once per process; ModelError when unreadable."""
    resolved = Path(path).expanduser().resolve()
    mtime = resolved.stat().st_mtime_ns if resolved.is_file() else 0
    return _cached(resolved, kind, mtime)


def check(options: Options) -> None:
    """Load every model the options name, so a bad path fails before any article is read."""
    for kind, path in (
        ("techniques", options.techniques_model),
        ("frames", options.frames_model),
        ("genre", options.genre_model),
    ):
        if path:
            load(path, kind)


def run(analysis: Analysis, options: Options) -> None:
    for kind, path in (
        ("techniques", options.techniques_model),
        ("frames", options.frames_model),
        ("genre", options.genre_model),
    ):
        if not path:
            continue
        model = load(path, kind)
        if analysis.language not in model.spec.languages:
            analysis.warn(
                f"{kind} model {model.header.get('id')} was not trained on language {analysis.language!r}; not applied"
            )
        elif kind == "techniques":
            add_techniques(analysis, model)
        elif kind == "frames":
            analysis.frames = document_frames(analysis, model)
        else:
            analysis.genre = document_genre(analysis, model)


def _producer(model: LinearModel) -> str:
    return f"{MODEL_PREFIX}{model.header.get('id', model.kind)}"


def _clean(text: str) -> str:
    return " ".join(text.split())


def add_techniques(analysis: Analysis, model: LinearModel) -> None:
    """Paragraph-level technique findings, each located on its best-scoring sentence."""
    article = analysis.article
    blocks = sorted(([article.title] if article.title else []) + article.headings + article.paragraphs, key=lambda s: s.start)
    if not blocks:
        return
    starts = [b.start for b in blocks]
    rule_found = counts_by_block(analysis, starts)
    langs = [analysis.language] * len(blocks)
    probabilities = model.probabilities(model.rows([_clean(b.text) for b in blocks], langs, rule_found))
    hits = probabilities >= model.thresholds
    found: dict[int, list[int]] = {}
    for i in range(len(blocks)):
        labels = [j for j in np.flatnonzero(hits[i]) if not rule_found[i].get(model.labels[j])]
        if labels:
            found[i] = labels
    if not found:
        return
    # The sentences of every block with a finding, scored in one batch to pick where to point.
    ordered = sorted(analysis.sentences, key=lambda s: s.start)
    sentence_starts = [s.start for s in ordered]
    sentences: dict[int, list[Span]] = {}
    for i in found:
        first = bisect_left(sentence_starts, blocks[i].start)
        last = bisect_right(sentence_starts, blocks[i].end)
        sentences[i] = [s for s in ordered[first:last] if s.end <= blocks[i].end] or [blocks[i]]
    batch = [(i, s) for i in found for s in sentences[i]]
    sentence_scores = model.scores(
        model.rows([_clean(s.text) for _, s in batch], [analysis.language] * len(batch), [rule_found[i] for i, _ in batch])
    )
    offset = 0
    for i, labels in found.items():
        per_sentence = sentence_scores[offset : offset + len(sentences[i])]
        offset += len(sentences[i])
        for j in labels:
            best = sentences[i][int(np.argmax(per_sentence[:, j]))]
            p = float(probabilities[i, j])
            label = model.labels[j]
            analysis.techniques.append(
                Technique(
                    technique=label,
                    text=best.text,
                    start=best.start,
                    end=best.end,
                    confidence=p,
                    explanation=f"trained model: paragraph resembles training examples of {label} (p={p:.2f})",
                    by=_producer(model),
                )
            )
    analysis.techniques.sort(key=lambda t: (t.start, t.end, t.technique))


def _document_probabilities(analysis: Analysis, model: LinearModel) -> np.ndarray:
    return model.probabilities(model.rows([_clean(analysis.text)], [analysis.language]))[0]


def document_frames(analysis: Analysis, model: LinearModel) -> list[dict[str, object]]:
    """The frames whose probability passes their threshold, most probable first."""
    p = _document_probabilities(analysis, model)
    chosen = sorted((j for j in range(len(model.labels)) if p[j] >= model.thresholds[j]), key=lambda j: -p[j])
    return [{"frame": model.labels[j], "confidence": round(float(p[j]), 3), "by": _producer(model)} for j in chosen]


def document_genre(analysis: Analysis, model: LinearModel) -> dict[str, object]:
    """The most probable genre; confidence is its share of the probabilities."""
    p = _document_probabilities(analysis, model)
    best = int(np.argmax(p))
    share = float(p[best] / p.sum()) if p.sum() > 0 else 1.0 / len(p)
    return {"genre": model.labels[best], "confidence": round(share, 3), "by": _producer(model)}
