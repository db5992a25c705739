"""Text features for the trained detectors: hashed word and character n-grams, tf-idf weighted,
plus the language and, when the rule detector is there, how often each rule technique fired.

Hashing keeps the feature space fixed without a vocabulary, so a model file stores numbers only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize


@dataclass(frozen=True)
class FeatureSpec:
    """What the features are; stored in the model header so prediction rebuilds the same ones."""

    hash_bits: int = 17  # columns per n-gram block: 2**hash_bits
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (4, 4)
    languages: tuple[str, ...] = ()  # one indicator column each
    rule_labels: tuple[str, ...] = ()  # one column each: log(1 + rule findings of that technique)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureSpec:
        return cls(
            hash_bits=int(data["hash_bits"]),
            word_ngrams=tuple(data["word_ngrams"]),
            char_ngrams=tuple(data["char_ngrams"]),
            languages=tuple(data["languages"]),
            rule_labels=tuple(data["rule_labels"]),
        )

    @property
    def ngram_columns(self) -> int:
        return 2 * 2**self.hash_bits

    @property
    def columns(self) -> int:
        return self.ngram_columns + len(self.languages) + len(self.rule_labels)


def ngram_counts(spec: FeatureSpec, texts: Sequence[str]) -> sp.csr_matrix:
    """Raw hashed n-gram counts, words then characters."""
    size = 2**spec.hash_bits
    words = HashingVectorizer(n_features=size, ngram_range=spec.word_ngrams, alternate_sign=False, norm=None)
    chars = HashingVectorizer(
        n_features=size, analyzer="char_wb", ngram_range=spec.char_ngrams, alternate_sign=False, norm=None
    )
    return sp.hstack([words.transform(texts), chars.transform(texts)], format="csr", dtype=np.float32)


def document_frequency_idf(counts: sp.csr_matrix) -> np.ndarray:
    """Smoothed idf per n-gram column; columns seen in fewer than two texts get 0 (dropped)."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + counts.shape[0]) / (1 + df)) + 1.0
    idf[df < 2] = 0.0  # a feature seen once cannot generalise, and would bloat the model file
    return idf.astype(np.float32)


def transform(
    spec: FeatureSpec,
    counts: sp.csr_matrix,
    idf: np.ndarray,
    languages: Sequence[str],
    rule_counts: Sequence[dict[str, int]] | None = None,
) -> sp.csr_matrix:
    """The model's input rows: sublinear tf-idf n-grams (L2-normalised), language, rule signals."""
    weighted = counts.copy()
    weighted.data = 1.0 + np.log(weighted.data)
    weighted = normalize(weighted @ sp.diags(idf), copy=False)
    n = counts.shape[0]
    lang_index = {code: i for i, code in enumerate(spec.languages)}
    rows = [i for i, code in enumerate(languages) if code in lang_index]
    lang_block = sp.csr_matrix(
        (np.ones(len(rows), np.float32), (rows, [lang_index[languages[i]] for i in rows])),
        shape=(n, len(spec.languages)),
    )
    rules = np.zeros((n, len(spec.rule_labels)), np.float32)
    if rule_counts is not None:
        for i, found in enumerate(rule_counts):
            for j, label in enumerate(spec.rule_labels):
                rules[i, j] = np.log1p(found.get(label, 0))
    return sp.hstack([weighted, lang_block, sp.csr_matrix(rules)], format="csr", dtype=np.float32)
