"""Bad training data: a DataError naming the file (and line), nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from fonte.cli import main
from fonte.errors import DataError
from fonte.train.semeval import read_corpus
from semeval_fixtures import write_language

ARTICLE = ["Un titolo", "", "Quei traditori hanno votato contro."]


def good(folder: Path) -> Path:
    return write_language(
        folder,
        {"1": ARTICLE},
        {("1", 1): [], ("1", 3): ["Name_Calling-Labeling"]},
        spans={"1": [("Name_Calling-Labeling", 16, 25)]},
    )


def test_train_data_reads_paragraph_labels_and_maps_folder_codes(tmp_path):
    good(tmp_path / "ge")
    (doc,) = read_corpus(tmp_path)
    assert doc.language == "de"
    assert doc.paragraphs == {1: frozenset(), 3: frozenset({"Name_Calling-Labeling"})}
    assert doc.text[16:25] == "traditori"


def test_train_data_offsets_outside_the_article(tmp_path):
    folder = write_language(tmp_path / "it", {"1": ARTICLE}, {("1", 3): []}, spans={"1": [("Doubt", 10, 999)]})
    with pytest.raises(DataError, match=r"article1-labels-subtask-3\.txt:1: span 10-999 lies outside"):
        read_corpus(folder)


def test_train_data_unknown_technique(tmp_path):
    folder = write_language(tmp_path / "it", {"1": ARTICLE}, {("1", 1): [], ("1", 3): ["Loaded_Lingo"]})
    with pytest.raises(DataError, match=r"train-labels-subtask-3\.txt:2: unknown technique 'Loaded_Lingo'"):
        read_corpus(folder)


def test_train_data_paragraph_beyond_the_article(tmp_path):
    folder = write_language(tmp_path / "it", {"1": ARTICLE}, {("1", 7): []})
    with pytest.raises(DataError, match=r"paragraph '7' is not a line of article 1"):
        read_corpus(folder)


def test_train_data_missing_label_file(tmp_path):
    folder = good(tmp_path / "it")
    (folder / "train-labels-subtask-3.txt").unlink()
    with pytest.raises(DataError, match=r"train-labels-subtask-3\.txt: label file missing"):
        read_corpus(folder)


def test_train_data_empty_language_folder(tmp_path):
    (tmp_path / "it" / "train-articles-subtask-3").mkdir(parents=True)
    with pytest.raises(DataError, match=r"train-articles-subtask-3: no articleN\.txt files"):
        read_corpus(tmp_path)


def test_train_data_wrong_column_count(tmp_path):
    folder = good(tmp_path / "it")
    (folder / "train-labels-subtask-3.txt").write_text("1\t1\tDoubt\textra\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"train-labels-subtask-3\.txt:1: expected 3 tab-separated columns, found 4"):
        read_corpus(folder)


def test_train_data_unknown_language_requested(tmp_path):
    good(tmp_path / "it")
    with pytest.raises(DataError, match="no data for language"):
        read_corpus(tmp_path, ["es"])


def test_train_data_error_leaves_no_model_behind(tmp_path, capsys):
    folder = write_language(tmp_path / "it", {"1": ARTICLE}, {("1", 3): ["Nonsense"]})
    out = tmp_path / "model.fonte"
    assert main(["train", "techniques", "--data", str(folder), "--out", str(out)]) == 1
    assert "unknown technique 'Nonsense'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [tmp_path / "it"]
