"""Language identification, restricted to fonte's languages; ``und`` when unsure."""

from __future__ import annotations

from functools import cache

import numpy as np

from fonte.lang import LANGUAGES
from fonte.model import Analysis

#: Below this probability (or on too little text) the language is ``und``.
MIN_PROBABILITY = 0.6
MIN_LETTERS = 12
#: The most of a text the identifier reads, and the growing samples it reads: most of the cost is
#: walking the text, and an article's first 600 characters nearly always settle its language (the
#: probability saturates at 1.0, 99 % of articles); only a text whose sample leaves any doubt is read
#: further. A settled first 600 characters gave the language and probability of the first 3,000 on all
#: 1,540 real, bench and development texts tried (none disagreed even at 150 characters, where 28 % settle).
MAX_SAMPLE = 20000
SAMPLES = (600, 3000, MAX_SAMPLE)
#: The deepest state of py3langid's byte automaton is this many bytes from its root (a breadth-first
#: walk of the 0.4 model), so the state after any byte is the one reached from the root by the last
#: this-many bytes: every position can then be walked at once instead of byte by byte in Python.
AUTOMATON_DEPTH = 6


def feature_arrays(next_row: np.ndarray, fired_at: np.ndarray, root: int, data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The features of the automaton that fire on ``data`` (ascending ids) and how often each fires.

    The tables are ``automaton_tables``': the walk stays in row space (a row is shared by several
    states) and only its last step reads which feature the reached state fires.
    """
    octets = np.frombuffer(data, dtype=np.uint8)
    n = len(octets)
    rows = np.full(n, root, dtype=np.intp)
    # Step k reads, for every position p >= k, the byte k places before p; the last step (k = 0) below.
    for k in range(min(AUTOMATON_DEPTH, n) - 1, 0, -1):
        rows[k:] = next_row[(rows[k:] << 8) | octets[: n - k]]
    fired = fired_at[(rows << 8) | octets]
    fired = fired[fired >= 0]
    if not len(fired):
        return fired, np.zeros(0, dtype=np.intp)
    # numpy.unique(..., return_counts=True) in a few ufunc calls: on a cache-cold article each numpy
    # call costs more than its work, and numpy's Python-level helpers add calls of their own.
    fired.sort()
    run_opens = np.empty(len(fired), dtype=bool)
    run_opens[0] = True
    np.not_equal(fired[1:], fired[:-1], out=run_opens[1:])
    starts = run_opens.nonzero()[0]
    counts = np.empty_like(starts)
    np.subtract(starts[1:], starts[:-1], out=counts[:-1])
    counts[-1] = len(fired) - starts[-1]
    return fired[starts], counts


def automaton_tables(next_state: np.ndarray, state_row: np.ndarray, output: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """py3langid's automaton as ``feature_arrays`` walks it: the row each (row, byte) leads to, the
    feature the state it leads to fires (-1: none), and the root's row.

    The walk's cost is cache misses in the 256 x 38,346 transition table; as rows (py3langid's model
    has 38,346, below 65,536) it holds 16-bit entries instead of 32-bit states, and no per-state row
    base is read between steps. The price is memory: 20 MB of rows and 39 MB of features next to
    py3langid's own table.
    """
    row_type = np.uint16 if state_row.max() < 1 << 16 else np.uint32
    return state_row[next_state].astype(row_type, copy=False), output[next_state], int(state_row[0])


def feature_counts(next_row: np.ndarray, fired_at: np.ndarray, root: int, data: bytes) -> dict[int, int]:
    """How often each feature of the automaton fires on ``data`` (feature -> count, by feature id)."""
    features, counts = feature_arrays(next_row, fired_at, root, data)
    return dict(zip(features.tolist(), counts.tolist()))


@cache
def _identifier():
    from py3langid.langid import LanguageIdentifier

    class VectorisedIdentifier(LanguageIdentifier):
        """py3langid's identifier with its per-byte Python loop replaced by a numpy walk."""

        __slots__ = ("_tables",)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._tables = automaton_tables(
                np.asarray(self.tk_nextmove), np.asarray(self.tk_row), np.asarray(self.tk_output, dtype=np.int32)
            )

        def _raw_score(self, text):
            features, counts = feature_arrays(*self._tables, text)
            if not len(features):
                return super()._raw_score(text)
            # py3langid's _sparse_score on arrays instead of a dict: the same operands in the same
            # (ascending feature) order, so the same float32 sums.
            return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[features] + self.nb_pc

    from py3langid.langid import MODEL_FILE

    ident = VectorisedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def _has_letters(text: str, at_least: int) -> bool:
    seen = 0
    for ch in text:
        if ch.isalpha():
            seen += 1
            if seen >= at_least:
                return True
    return False


def identify(text: str) -> tuple[str, float]:
    """The language of ``text`` and the identifier's probability, or ``("und", p)``."""
    sample = text[:MAX_SAMPLE]
    if not _has_letters(sample, MIN_LETTERS):
        return "und", 0.0
    for size in SAMPLES:
        lang, prob = _identifier().classify(sample[:size])
        prob = float(prob)
        if prob >= 1.0 or len(sample) <= size:
            break
    return (lang, prob) if prob >= MIN_PROBABILITY else ("und", prob)


def run(analysis: Analysis, options) -> None:
    if options.language:
        analysis.language, analysis.language_confidence = options.language, 1.0
        return
    hint = analysis.article.language_hint
    lang, prob = identify(analysis.text)
    if lang == "und" and hint in LANGUAGES:
        lang = hint
    analysis.language, analysis.language_confidence = lang, prob
    if lang == "und":
        analysis.warn("language could not be identified reliably; language-specific analysers used no rules")
