"""One-vs-rest linear classifiers over hashed features, per-label thresholds, and their model file.

SGD with the modified Huber loss: seconds per label on two shared cores, and it gives
probability estimates. Thresholds are tuned on out-of-fold scores to maximise micro-F1,
the official metric of SemEval-2023 Task 3.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import SGDClassifier

from fonte.errors import ModelError
from fonte.train import features, modelfile
from fonte.train.features import FeatureSpec

#: Regularisation and passes, chosen by 5-fold CV on the SemEval training split (docs/training.md).
ALPHA = 2e-4
EPOCHS = 6
#: Candidate probability thresholds.
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)
#: A label with fewer positives than this keeps the shared threshold: too few to tune on.
MIN_POSITIVES_TO_TUNE = 20


@dataclass
class LinearModel:
    """Weights over the kept feature columns, one row per label, and a threshold per label."""

    kind: str
    labels: list[str]
    spec: FeatureSpec
    idf: np.ndarray  # per n-gram column; 0 = dropped
    coef: np.ndarray  # labels x kept columns
    intercept: np.ndarray
    thresholds: np.ndarray
    header: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def kept(self) -> np.ndarray:
        """The feature columns the weights refer to: n-grams with idf > 0, then every extra column."""
        ngrams = np.flatnonzero(self.idf > 0)
        extras = np.arange(self.spec.ngram_columns, self.spec.columns)
        return np.concatenate([ngrams, extras])

    def rows(
        self, texts: Sequence[str], languages: Sequence[str], rule_counts: Sequence[dict[str, int]] | None = None
    ) -> sp.csr_matrix:
        counts = features.ngram_counts(self.spec, texts)
        return features.transform(self.spec, counts, self.idf, languages, rule_counts)

    @cached_property
    def _weights(self) -> np.ndarray:
        """Columns x labels, zero where a column was dropped: a product without column slicing."""
        full = np.zeros((self.spec.columns, len(self.labels)), np.float32)
        full[self.kept] = self.coef.T
        return full

    def scores(self, rows: sp.csr_matrix) -> np.ndarray:
        """Per row and label, the raw decision value (unbounded, so it still ranks where probabilities saturate)."""
        return np.asarray(rows @ self._weights) + self.intercept

    def probabilities(self, rows: sp.csr_matrix) -> np.ndarray:
        """Per row and label, the modified-Huber probability estimate."""
        return (np.clip(self.scores(rows), -1.0, 1.0) + 1.0) / 2.0

    def save(self, path: Path, **header: Any) -> None:
        head = modelfile.new_header(
            self.kind,
            labels=self.labels,
            languages=list(self.spec.languages),
            features=self.spec.to_dict(),
            **{**self.header, **header},
        )
        arrays = {"idf": self.idf, "coef": self.coef, "intercept": self.intercept, "thresholds": self.thresholds}
        modelfile.save(path, head, arrays)

    @classmethod
    def load(cls, path: Path, kind: str) -> LinearModel:
        header, arrays = modelfile.load(path, kind)
        try:
            spec = FeatureSpec.from_dict(header["features"])
            model = cls(
                kind, list(header["labels"]), spec, arrays["idf"], arrays["coef"], arrays["intercept"],
                arrays["thresholds"], header,
            )  # fmt: skip
            consistent = (
                model.idf.shape == (spec.ngram_columns,)
                and model.coef.shape == (len(model.labels), len(model.kept))
                and model.intercept.shape == model.thresholds.shape == (len(model.labels),)
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{path}: model header incomplete ({exc})") from None
        if not consistent:
            raise ModelError(f"{path}: model arrays do not match its header")
        return model


def fit(
    kind: str,
    spec: FeatureSpec,
    counts: sp.csr_matrix,
    languages: Sequence[str],
    targets: np.ndarray,
    labels: list[str],
    rule_counts: Sequence[dict[str, int]] | None = None,
    thresholds: np.ndarray | None = None,
) -> LinearModel:
    """Fit one classifier per label on raw n-gram ``counts`` and a 0/1 ``targets`` matrix."""
    idf = features.document_frequency_idf(counts)
    model = LinearModel(
        kind, labels, spec, idf, np.zeros((0, 0), np.float32), np.zeros(len(labels), np.float32),
        thresholds if thresholds is not None else np.full(len(labels), 0.5, np.float32),
    )  # fmt: skip
    rows = features.transform(spec, counts, idf, languages, rule_counts)[:, model.kept]
    coef = np.zeros((len(labels), rows.shape[1]), np.float32)
    for j in range(len(labels)):
        y = targets[:, j]
        if y.min() == y.max():  # a label never (or always) seen: a constant answer
            model.intercept[j] = 1.0 if y.max() else -1.0
            continue
        clf = SGDClassifier(loss="modified_huber", alpha=ALPHA, max_iter=EPOCHS, tol=None, random_state=0)
        clf.fit(rows, y)
        coef[j] = clf.coef_[0]
        model.intercept[j] = clf.intercept_[0]
    model.coef = coef
    return model


def fold_of(key: str, folds: int) -> int:
    """A stable fold for a document id: the same split on every run and machine."""
    return zlib.crc32(key.encode()) % folds


def out_of_fold(
    fit_and_predict: Callable[[np.ndarray, np.ndarray], np.ndarray], groups: Sequence[str], folds: int, width: int
) -> np.ndarray:
    """Probabilities for every row from models that never saw its group (article)."""
    fold = np.array([fold_of(g, folds) for g in groups])
    result = np.zeros((len(groups), width), np.float32)
    for k in range(folds):
        test = fold == k
        if test.any() and (~test).any():
            result[test] = fit_and_predict(np.flatnonzero(~test), np.flatnonzero(test))
    return result


def tune_thresholds(probabilities: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Per-label thresholds maximising micro-F1: the best shared one, then each label in turn."""
    truth = targets.astype(bool)

    def counts(j: int, t: float) -> tuple[int, int, int]:
        pred = probabilities[:, j] >= t
        return int((pred & truth[:, j]).sum()), int((pred & ~truth[:, j]).sum()), int((~pred & truth[:, j]).sum())

    def micro(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def shared_f1(t: float) -> tuple[float, float]:
        # On ties, the threshold nearest 0.5: the middle of the gap between the classes.
        return micro(*map(sum, zip(*(counts(j, t) for j in range(targets.shape[1]))))), -abs(t - 0.5)

    shared = max(THRESHOLD_GRID, key=shared_f1)
    thresholds = np.full(targets.shape[1], shared, np.float32)
    per_label = [counts(j, shared) for j in range(targets.shape[1])]
    for _ in range(2):
        for j in range(targets.shape[1]):
            if truth[:, j].sum() < MIN_POSITIVES_TO_TUNE:
                continue
            rest = [sum(c[i] for k, c in enumerate(per_label) if k != j) for i in range(3)]
            best = max(
                THRESHOLD_GRID, key=lambda t: (micro(*(a + b for a, b in zip(rest, counts(j, t)))), -abs(t - 0.5))
            )
            thresholds[j] = best
            per_label[j] = counts(j, best)
    return thresholds
