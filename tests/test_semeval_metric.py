"""The official subtask-3 metric: micro-F1 over (article, paragraph, technique) triples."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fonte.errors import UsageError
from fonte.eval.semeval import evaluate, format_report, micro_scores, score_report
from fonte.train.semeval import TECHNIQUES
from semeval_fixtures import name_calling_language


def test_semeval_metric_known_answer():
    gold = {("1", 1, "Doubt"), ("1", 3, "Loaded_Language"), ("2", 2, "Slogans"), ("2", 2, "Doubt")}
    predicted = {("1", 1, "Doubt"), ("1", 3, "Doubt"), ("2", 2, "Slogans")}
    s = micro_scores(gold, predicted)
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 2)
    assert s["precision"] == pytest.approx(2 / 3)
    assert s["recall"] == pytest.approx(1 / 2)
    assert s["f1"] == pytest.approx(4 / 7)


def test_semeval_metric_same_technique_in_another_paragraph_is_a_miss():
    s = micro_scores({("1", 1, "Doubt")}, {("1", 2, "Doubt")})
    assert (s["tp"], s["fp"], s["fn"], s["f1"]) == (0, 1, 1, 0.0)


def test_semeval_metric_nothing_predicted_nothing_gold():
    assert micro_scores(set(), set())["f1"] == 0.0


triples = st.sets(st.tuples(st.sampled_from("abc"), st.integers(1, 4), st.sampled_from(TECHNIQUES[:4])), max_size=12)


@given(triples, triples)
def test_semeval_metric_bounds_and_symmetry(gold, predicted):
    s = micro_scores(gold, predicted)
    assert 0.0 <= s["f1"] <= 1.0
    assert s["f1"] == pytest.approx(micro_scores(predicted, gold)["f1"])  # F1 is symmetric in P and R
    assert (s["f1"] == 1.0) == (bool(gold) and gold == predicted)


def test_semeval_metric_report_per_language_and_technique():
    keys = [("it", "1", 1), ("it", "1", 2), ("en", "9", 1)]
    gold = np.zeros((3, len(TECHNIQUES)), bool)
    pred = np.zeros_like(gold)
    doubt = TECHNIQUES.index("Doubt")
    gold[0, doubt] = gold[2, doubt] = True
    pred[0, doubt] = pred[1, doubt] = True
    report = score_report(keys, gold, pred)
    assert report["languages"]["it"]["f1"] == pytest.approx(2 / 3)
    assert report["languages"]["en"]["f1"] == 0.0
    assert report["all"]["f1"] == pytest.approx(0.5)
    assert report["techniques"]["Doubt"]["support"] == 2


def test_semeval_metric_evaluate_trained_under_cross_validation(tmp_path):
    name_calling_language(tmp_path / "it", articles=10)
    result = evaluate(tmp_path, folds=2, detector="trained")
    assert result["paragraphs"] == {"it": 70}
    assert result["detectors"]["trained"]["languages"]["it"]["f1"] > 0.8
    table = format_report(result)
    assert "| it | 70 | 0.389 |" in table and "Name_Calling-Labeling" in table


def test_semeval_metric_evaluate_rejects_one_fold(tmp_path):
    with pytest.raises(UsageError, match="folds 2 or more"):
        evaluate(tmp_path, folds=1)


def test_semeval_metric_evaluate_a_given_model_and_the_rules(tmp_path):
    from fonte.cli import main

    name_calling_language(tmp_path / "data" / "it", articles=6)
    model = tmp_path / "m.fonte"
    assert main(["train", "techniques", "--data", str(tmp_path / "data"), "--out", str(model)]) == 0
    result = evaluate(tmp_path / "data", model=model)
    assert result["folds"] is None and result["model"]["path"] == str(model)
    assert set(result["detectors"]) == {"default", "trained"}
    assert result["detectors"]["trained"]["languages"]["it"]["f1"] > 0.8  # scored on its own training data
    assert set(result["detectors"]["default"]["languages"]) == {"it"}
    assert "model " + str(model) in format_report(result)


def test_semeval_metric_evaluate_unknown_detector(tmp_path):
    with pytest.raises(UsageError, match="unknown detector 'magic'"):
        evaluate(tmp_path, detector="magic")
