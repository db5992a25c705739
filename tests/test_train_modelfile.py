"""Model files: header checked before anything else is read; corrupt or foreign files refused."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from fonte import __version__
from fonte.errors import ModelError
from fonte.train import modelfile


def write(path, **header_changes):
    header = {**modelfile.new_header("techniques", labels=["Doubt"]), **header_changes}
    modelfile.save(path, header, {"weights": np.arange(4, dtype=np.float32)})
    return path


def test_train_modelfile_round_trip(tmp_path):
    header, arrays = modelfile.load(write(tmp_path / "m.fonte"), "techniques")
    assert header["fonte_version"] == __version__ and header["labels"] == ["Doubt"]
    assert arrays["weights"].tolist() == [0, 1, 2, 3]
    assert [p.name for p in tmp_path.iterdir()] == ["m.fonte"]  # no temporary file left


def test_train_modelfile_other_fonte_version(tmp_path):
    path = write(tmp_path / "m.fonte", fonte_version="0.0.1")
    with pytest.raises(ModelError, match=r"m\.fonte: model trained with fonte 0\.0\.1"):
        modelfile.load(path, "techniques")


def test_train_modelfile_other_format_version(tmp_path):
    path = write(tmp_path / "m.fonte", format_version=modelfile.FORMAT_VERSION + 1)
    with pytest.raises(ModelError, match=r"m\.fonte: model format"):
        modelfile.load(path, "techniques")


def test_train_modelfile_wrong_kind(tmp_path):
    with pytest.raises(ModelError, match="a techniques model, expected a frames model"):
        modelfile.load(write(tmp_path / "m.fonte"), "frames")


def test_train_modelfile_truncated(tmp_path):
    path = write(tmp_path / "m.fonte")
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ModelError, match=r"m\.fonte: not a fonte model file or corrupted"):
        modelfile.load(path, "techniques")


def test_train_modelfile_arrays_altered(tmp_path):
    path = write(tmp_path / "m.fonte")
    with zipfile.ZipFile(path) as zf:
        header = zf.read("header.json")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("header.json", header)
        zf.writestr("arrays.npz", b"PK\x03\x04 not the arrays that were hashed")
    with pytest.raises(ModelError, match="checksum mismatch"):
        modelfile.load(path, "techniques")


def test_train_modelfile_foreign_zip(tmp_path):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("header.json", json.dumps({"format": "something-else"}))
    with pytest.raises(ModelError, match=r"other\.zip: not a fonte model file"):
        modelfile.load(path, "techniques")


def test_train_modelfile_missing(tmp_path):
    with pytest.raises(ModelError, match="model file not found"):
        modelfile.load(tmp_path / "absent.fonte", "techniques")


def test_train_modelfile_failed_write_keeps_the_old_model(tmp_path):
    path = write(tmp_path / "m.fonte")
    before = path.read_bytes()
    with pytest.raises(TypeError):
        modelfile.save(path, {"unserialisable": object()}, {})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.fonte"]
