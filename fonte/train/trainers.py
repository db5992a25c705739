"""Training the three detectors on SemEval-2023 Task 3 data: techniques per paragraph
(subtask 3), frames (subtask 2) and genre (subtask 1) per article."""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from fonte.errors import DataError
from fonte.train import features, linear, modelfile, rules
from fonte.train.features import FeatureSpec
from fonte.train.linear import LinearModel
from fonte.train.semeval import FRAMES, GENRES, TECHNIQUES, Document, language_folders, read_corpus

log = logging.getLogger(__name__)

KINDS = modelfile.KINDS
#: Folds of the out-of-fold scores that thresholds are tuned on.
TUNING_FOLDS = 3
#: A rule technique must fire this often in the training data to become a feature.
MIN_RULE_FIRINGS = 5


@dataclass
class Examples:
    """Texts to classify (paragraphs or whole articles) with their 0/1 targets."""

    keys: list[tuple[str, str, int]]  # (language, article id, line); line 0 for a whole article
    texts: list[str]
    languages: list[str]
    targets: np.ndarray
    rule_counts: list[dict[str, int]] | None = None

    @property
    def groups(self) -> list[str]:
        """The article each example belongs to: folds never split an article."""
        return [f"{lang}/{article}" for lang, article, _ in self.keys]


def paragraph_examples(docs: list[Document], with_rules: bool = False) -> Examples:
    """Every scored paragraph of ``docs`` with its techniques (and rule findings when asked)."""
    keys, texts, langs, rows, found = [], [], [], [], []
    for doc in docs:
        by_line = rules.rule_counts(doc) if with_rules else {}
        for line, labels in sorted(doc.paragraphs.items()):
            keys.append((doc.language, doc.id, line))
            texts.append(" ".join(doc.lines[line - 1].split()))
            langs.append(doc.language)
            rows.append([t in labels for t in TECHNIQUES])
            found.append(dict(by_line.get(line, {})))
    if not keys:
        raise DataError("no labelled paragraphs in the training data")
    return Examples(keys, texts, langs, np.array(rows, np.int8).reshape(-1, len(TECHNIQUES)), found if with_rules else None)


def document_examples(docs: list[Document], kind: str) -> Examples:
    """Whole articles with their frames or genre; articles without that label are left out."""
    labels = FRAMES if kind == "frames" else GENRES
    keys, texts, langs, rows = [], [], [], []
    for doc in docs:
        value = doc.frames if kind == "frames" else ({doc.genre} if doc.genre else None)
        if value is None:
            continue
        keys.append((doc.language, doc.id, 0))
        texts.append(" ".join(doc.text.split()))
        langs.append(doc.language)
        rows.append([label in value for label in labels])
    if not keys:
        raise DataError(f"no article has a {kind} label in the training data")
    return Examples(keys, texts, langs, np.array(rows, np.int8).reshape(-1, len(labels)))


def rule_labels(examples: Examples) -> tuple[str, ...]:
    """The techniques the rule detector found often enough to learn from."""
    if examples.rule_counts is None:
        return ()
    total: Counter[str] = Counter()
    for found in examples.rule_counts:
        total.update(found)
    return tuple(sorted(label for label, n in total.items() if n >= MIN_RULE_FIRINGS))


def fit_subset(
    kind: str, spec: FeatureSpec, examples: Examples, counts: sp.csr_matrix, index: np.ndarray, labels: list[str]
) -> LinearModel:
    """A model fitted on the examples at ``index`` (thresholds left at 0.5)."""
    found = [examples.rule_counts[i] for i in index] if examples.rule_counts is not None else None
    langs = [examples.languages[i] for i in index]
    return linear.fit(kind, spec, counts[index], langs, examples.targets[index], labels, found)


def predict_subset(model: LinearModel, examples: Examples, counts: sp.csr_matrix, index: np.ndarray) -> np.ndarray:
    found = [examples.rule_counts[i] for i in index] if examples.rule_counts is not None else None
    langs = [examples.languages[i] for i in index]
    rows = features.transform(model.spec, counts[index], model.idf, langs, found)
    return model.probabilities(rows)


def fit_tuned(
    kind: str, spec: FeatureSpec, examples: Examples, counts: sp.csr_matrix, labels: list[str]
) -> LinearModel:
    """Fit on every example; thresholds tuned on out-of-fold probabilities (argmax for genre)."""
    everything = np.arange(len(examples.keys))
    model = fit_subset(kind, spec, examples, counts, everything, labels)
    if kind == "genre":  # one genre per article: the most probable wins, no thresholds
        model.thresholds = np.zeros(len(labels), np.float32)
        return model

    def fold(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        return predict_subset(fit_subset(kind, spec, examples, counts, train, labels), examples, counts, test)

    oof = linear.out_of_fold(fold, examples.groups, TUNING_FOLDS, len(labels))
    model.thresholds = linear.tune_thresholds(oof, examples.targets)
    return model


def train(
    kind: str, data_dir: Path, out: Path, languages: list[str] | None = None, rule_features: bool = False
) -> dict[str, Any]:
    """Train a ``kind`` model on the SemEval data in ``data_dir`` and write it to ``out``."""
    if kind not in KINDS:
        raise DataError(f"unknown model kind {kind!r} (one of {', '.join(KINDS)})")
    started = time.monotonic()
    docs = read_corpus(data_dir, languages, spans=kind == "techniques")
    langs = tuple(sorted({doc.language for doc in docs}))
    if kind == "techniques":
        examples = paragraph_examples(docs, with_rules=rule_features)
        labels = list(TECHNIQUES)
    else:
        examples = document_examples(docs, kind)
        labels = list(FRAMES if kind == "frames" else GENRES)
    spec = FeatureSpec(languages=langs, rule_labels=rule_labels(examples))
    counts = features.ngram_counts(spec, examples.texts)
    model = fit_tuned(kind, spec, examples, counts, labels)
    fingerprint = modelfile.fingerprint(_data_files(data_dir, langs))
    model_id = f"{kind}-{fingerprint[:10]}"
    model.save(out, id=model_id, data_fingerprint=fingerprint, examples=len(examples.keys))
    summary = {
        "kind": kind,
        "id": model_id,
        "out": str(out),
        "languages": list(langs),
        "examples": len(examples.keys),
        "rule_features": list(spec.rule_labels),
        "seconds": round(time.monotonic() - started, 1),
    }
    log.info("trained %s", summary)
    return summary


def _data_files(data_dir: Path, languages: tuple[str, ...]) -> list[Path]:
    folders = language_folders(data_dir)
    return [path for code in languages for path in sorted(folders[code].rglob("*.txt"))]
