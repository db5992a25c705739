"""SemEval-2023 Task 3 subtask 3 evaluation: the official micro-F1 over (article, paragraph,
technique) triples, per language, for the rule detector and the trained detector under k-fold CV.

Only the paragraphs the gold file lists are scored, as the organisers' scorer does.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from fonte.errors import UsageError
from fonte.train import features, linear, trainers
from fonte.train.features import FeatureSpec
from fonte.train.linear import LinearModel
from fonte.train.semeval import TECHNIQUES, read_corpus

Triple = tuple[str, int, str]  # (article id, paragraph line, technique)
#: "rules" is another name of "default", the rule-based detector.
DETECTORS = ("default", "rules", "trained", "both")
#: Published dev-set micro-F1 of the organisers' bag-of-words SVM baseline.
BASELINES = {"it": 0.389, "en": 0.161, "ru": 0.253, "de": 0.331, "fr": 0.293, "pl": 0.125}


def micro_scores(gold: Iterable[Triple], predicted: Iterable[Triple]) -> dict[str, float | int]:
    """Micro precision, recall and F1 of predicted triples against gold triples."""
    gold, predicted = set(gold), set(predicted)
    tp = len(gold & predicted)
    fp, fn = len(predicted) - tp, len(gold) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score_report(
    keys: list[tuple[str, str, int]], gold: np.ndarray, predicted: np.ndarray
) -> dict[str, Any]:
    """Per language and overall micro scores, and per-technique scores, from 0/1 matrices."""
    by_lang_gold: dict[str, list[Triple]] = defaultdict(list)
    by_lang_pred: dict[str, list[Triple]] = defaultdict(list)
    by_tech_gold: dict[str, list[Triple]] = defaultdict(list)
    by_tech_pred: dict[str, list[Triple]] = defaultdict(list)
    for (lang, article, line), gold_row, pred_row in zip(keys, gold, predicted):
        for j, technique in enumerate(TECHNIQUES):
            triple = (f"{lang}/{article}", line, technique)
            if gold_row[j]:
                by_lang_gold[lang].append(triple)
                by_tech_gold[technique].append(triple)
            if pred_row[j]:
                by_lang_pred[lang].append(triple)
                by_tech_pred[technique].append(triple)
    langs = sorted({key[0] for key in keys})
    all_gold = [t for lang in langs for t in by_lang_gold[lang]]
    all_pred = [t for lang in langs for t in by_lang_pred[lang]]
    return {
        "languages": {lang: micro_scores(by_lang_gold[lang], by_lang_pred[lang]) for lang in langs},
        "all": micro_scores(all_gold, all_pred),
        "techniques": {
            t: {**micro_scores(by_tech_gold[t], by_tech_pred[t]), "support": len(by_tech_gold[t])} for t in TECHNIQUES
        },
    }


def evaluate(
    data_dir: Path,
    folds: int = 5,
    model: Path | None = None,
    languages: list[str] | None = None,
    detector: str = "both",
) -> dict[str, Any]:
    """Score the default (rule) detector and/or the trained one on SemEval data.

    Without ``model`` the trained detector is trained and scored under ``folds``-fold CV (folds
    split articles); with ``model`` that model is scored on all of the data as it stands.
    """
    if detector not in DETECTORS:
        raise UsageError(f"unknown detector {detector!r} (one of {', '.join(DETECTORS)})")
    detector = "default" if detector == "rules" else detector
    if model is None and folds < 2:
        raise UsageError("k-fold cross-validation needs --folds 2 or more")
    started = time.monotonic()
    loaded = LinearModel.load(Path(model), "techniques") if model is not None and detector != "default" else None
    docs = read_corpus(Path(data_dir), languages, spans=False)
    uses_rules = detector != "trained" or bool(loaded and loaded.spec.rule_labels)
    examples = trainers.paragraph_examples(docs, with_rules=uses_rules)
    result: dict[str, Any] = {
        "data": str(data_dir),
        "metric": "micro-F1 over (article, paragraph, technique); paragraphs = lines of the article file",
        "folds": None if model else folds,
        "paragraphs": {lang: examples.languages.count(lang) for lang in sorted(set(examples.languages))},
        "baselines": BASELINES,
        "detectors": {},
    }
    if detector in ("default", "both"):
        predicted = np.array(
            [[found.get(t, 0) > 0 for t in TECHNIQUES] for found in examples.rule_counts or []], bool
        ).reshape(examples.targets.shape)
        result["detectors"]["default"] = score_report(examples.keys, examples.targets, predicted)
    if detector in ("trained", "both"):
        if loaded is not None:
            found = examples.rule_counts if uses_rules else None
            predicted = loaded.probabilities(loaded.rows(examples.texts, examples.languages, found)) >= loaded.thresholds
            result["model"] = {"path": str(model), "id": loaded.header.get("id")}
        else:
            # As `fonte train` does by default: n-grams and language, no rule features.
            without_rules = trainers.Examples(examples.keys, examples.texts, examples.languages, examples.targets)
            predicted = cross_validated(without_rules, folds)
        result["detectors"]["trained"] = score_report(examples.keys, examples.targets, predicted)
    result["seconds"] = round(time.monotonic() - started, 1)
    return result


def cross_validated(examples: trainers.Examples, folds: int) -> np.ndarray:
    """Predictions for every paragraph from models trained on the other folds.

    Thresholds for a fold are tuned on the out-of-fold probabilities of the other folds, which
    saves the nested training that a fully held-out tuning would cost.
    """
    spec = FeatureSpec(
        languages=tuple(sorted(set(examples.languages))), rule_labels=trainers.rule_labels(examples)
    )
    counts = features.ngram_counts(spec, examples.texts)
    labels = list(TECHNIQUES)

    def fold(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        fitted = trainers.fit_subset("techniques", spec, examples, counts, train, labels)
        return trainers.predict_subset(fitted, examples, counts, test)

    probabilities = linear.out_of_fold(fold, examples.groups, folds, len(labels))
    fold_ids = np.array([linear.fold_of(g, folds) for g in examples.groups])
    predicted = np.zeros(examples.targets.shape, bool)
    for k in range(folds):
        test, rest = fold_ids == k, fold_ids != k
        if test.any() and rest.any():
            thresholds = linear.tune_thresholds(probabilities[rest], examples.targets[rest])
            predicted[test] = probabilities[test] >= thresholds
    return predicted


def format_report(result: dict[str, Any]) -> str:
    """Markdown tables: micro P/R/F1 per language and detector, then per technique."""
    detectors = list(result["detectors"])
    langs = list(result["paragraphs"])
    how = f"{result['folds']}-fold CV" if result.get("folds") else f"model {result.get('model', {}).get('path')}"
    lines = [
        f"SemEval-2023 Task 3 subtask 3 on {result['data']} ({how}); {result['metric']}",
        "",
        "| language | paragraphs | baseline (dev) | " + " | ".join(f"{d} P / R / F1" for d in detectors) + " |",
        "|---|---:|---:|" + "---:|" * len(detectors),
    ]
    for lang in [*langs, "all"]:
        cells = []
        for d in detectors:
            s = result["detectors"][d]["all" if lang == "all" else "languages"]
            s = s if lang == "all" else s[lang]
            cells.append(f"{s['precision']:.3f} / {s['recall']:.3f} / **{s['f1']:.3f}**")
        count = sum(result["paragraphs"].values()) if lang == "all" else result["paragraphs"][lang]
        baseline = result["baselines"].get(lang)
        lines.append(f"| {lang} | {count} | {baseline if baseline is not None else '–'} | " + " | ".join(cells) + " |")
    lines += ["", "| technique | support | " + " | ".join(f"{d} F1" for d in detectors) + " |"]
    lines.append("|---|---:|" + "---:|" * len(detectors))
    first = result["detectors"][detectors[0]]["techniques"]
    for t in sorted(TECHNIQUES, key=lambda t: -first[t]["support"]):
        cells = [f"{result['detectors'][d]['techniques'][t]['f1']:.3f}" for d in detectors]
        lines.append(f"| {t} | {first[t]['support']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
