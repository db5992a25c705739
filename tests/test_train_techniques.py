"""Training a technique model and applying it through the pipeline."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fonte
from fonte import Options
from fonte.analyze import trained
from fonte.cli import main
from fonte.train.linear import LinearModel
from semeval_fixtures import name_calling_language

#: The rule detector is left out where a test looks at model findings alone.
NO_RULES = frozenset({"techniques"})

ARTICLE = (
    "Notizie dal comune\n\n"
    "La giunta ha presentato il piano martedì in sede, secondo il comunicato.\n\n"
    "Il sindaco ha firmato l'accordo. Ma sono traditori e vigliacchi e tutti lo sanno."
)


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    name_calling_language(folder / "it")
    out = folder / "techniques.fonte"
    assert main(["train", "techniques", "--data", str(folder), "--out", str(out)]) == 0
    return out


def test_train_techniques_model_header(model_path):
    model = LinearModel.load(model_path, "techniques")
    assert model.header["languages"] == ["it"]
    assert model.header["examples"] == 84
    assert len(model.header["data_fingerprint"]) == 64
    assert "Name_Calling-Labeling" in model.labels


def test_train_techniques_finding_on_best_sentence(model_path):
    options = Options(techniques_model=str(model_path), skip=NO_RULES)
    analysis = fonte.analyze_text(ARTICLE, language="it", options=options)
    found = [t for t in analysis.techniques if t.by.startswith("model:techniques-")]
    assert [t.technique for t in found] == ["Name_Calling-Labeling"]
    (finding,) = found
    assert analysis.text[finding.start : finding.end] == finding.text
    assert finding.text == "Ma sono traditori e vigliacchi e tutti lo sanno."
    assert 0 < finding.confidence <= 1
    assert finding.explanation.startswith("trained model: paragraph resembles training examples of Name_Calling-Labeling (p=")


def test_train_techniques_neutral_text_has_no_model_finding(model_path):
    text = "Notizie dal comune\n\nLa regione ha approvato il bilancio martedì in sede, secondo il comunicato."
    analysis = fonte.analyze_text(text, language="it", options=Options(techniques_model=str(model_path), skip=NO_RULES))
    assert not [t for t in analysis.techniques if t.by.startswith("model:")]


def test_train_techniques_model_drops_what_a_rule_found(model_path, monkeypatch):
    from fonte.analyze import pipeline
    from fonte.model import Technique

    def rule(analysis, options):
        start = analysis.text.index("traditori")
        analysis.techniques.append(
            Technique("Name_Calling-Labeling", "traditori", start, start + 9, 0.7, "a test rule", "rule:test")
        )

    steps = [pipeline.Registered(s.name, rule if s.name == "techniques" else s.run) for s in pipeline.registry()]
    monkeypatch.setattr(pipeline, "_REGISTRY", steps)
    analysis = fonte.analyze_text(ARTICLE, language="it", options=Options(techniques_model=str(model_path)))
    assert [(t.technique, t.by) for t in analysis.techniques] == [("Name_Calling-Labeling", "rule:test")]


def test_train_techniques_other_language_is_not_applied(model_path):
    text = "News from town\n\nThe mayor signed the agreement, but they are traitors and everyone knows it."
    analysis = fonte.analyze_text(text, language="en", options=Options(techniques_model=str(model_path)))
    assert not [t for t in analysis.techniques if t.by.startswith("model:")]
    assert any("not trained on language 'en'" in w for w in analysis.warnings)


def test_train_techniques_corrupted_model_is_a_warning_naming_the_file(model_path, tmp_path):
    broken = tmp_path / "broken.fonte"
    broken.write_bytes(model_path.read_bytes()[:1000])
    analysis = fonte.analyze_text(ARTICLE, language="it", options=Options(techniques_model=str(broken)))
    assert any("broken.fonte: not a fonte model file or corrupted" in w for w in analysis.warnings)
    with pytest.raises(fonte.FonteError, match="broken.fonte"):
        trained.check(Options(techniques_model=str(broken)))


def test_train_techniques_model_is_loaded_once(model_path):
    assert trained.load(model_path, "techniques") is trained.load(str(model_path), "techniques")


def test_train_frames_and_genre_fill_the_record(tmp_path):
    name_calling_language(tmp_path / "data" / "it")
    frames, genre = tmp_path / "frames.fonte", tmp_path / "genre.fonte"
    assert main(["train", "frames", "--data", str(tmp_path / "data"), "--out", str(frames)]) == 0
    assert main(["train", "genre", "--data", str(tmp_path / "data"), "--out", str(genre)]) == 0
    options = Options(frames_model=str(frames), genre_model=str(genre))
    record = fonte.analyze_text(ARTICLE, language="it", options=options).to_dict()
    assert record["genre"]["genre"] in ("opinion", "reporting")
    assert 0 < record["genre"]["confidence"] <= 1
    assert {f["frame"] for f in record["frames"]} <= {"Political", "Economic"}


def test_train_techniques_with_rule_features(tmp_path):
    name_calling_language(tmp_path / "it", articles=6)
    out = tmp_path / "rules.fonte"
    assert main(["train", "techniques", "--data", str(tmp_path), "--out", str(out), "--rule-features"]) == 0
    model = LinearModel.load(out, "techniques")
    assert set(model.spec.rule_labels) <= set(model.labels)
    analysis = fonte.analyze_text(ARTICLE, language="it", options=Options(techniques_model=str(out)))
    assert not [w for w in analysis.warnings if "trained" in w]


def test_train_techniques_on_a_subset_of_the_italian_data(shared, tmp_path):
    source = shared / "data" / "semeval2023-task3" / "it"
    if not source.is_dir():
        pytest.skip("SemEval-2023 Task 3 data absent")
    subset = tmp_path / "it"
    (subset / "train-articles-subtask-3").mkdir(parents=True)
    (subset / "train-labels-subtask-3-spans").mkdir()
    ids = sorted(p.stem[len("article") :] for p in (source / "train-articles-subtask-3").glob("article*.txt"))[:25]
    for article_id in ids:
        shutil.copy(source / "train-articles-subtask-3" / f"article{article_id}.txt", subset / "train-articles-subtask-3")
    rows = (source / "train-labels-subtask-3.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    (subset / "train-labels-subtask-3.txt").write_text(
        "".join(r for r in rows if r.split("\t")[0] in ids), encoding="utf-8"
    )
    out = tmp_path / "it.fonte"
    assert main(["train", "techniques", "--data", str(subset), "--out", str(out)]) == 0
    text = "Titolo\n\n" + (source / "train-articles-subtask-3" / f"article{ids[0]}.txt").read_text(encoding="utf-8")
    analysis = fonte.analyze_text(text, language="it", options=Options(techniques_model=str(out)))
    for t in analysis.techniques:
        assert analysis.text[t.start : t.end] == t.text
    assert any(t.by.startswith("model:") for t in analysis.techniques)


_WORDS = ["sindaco", "traditori", "vigliacchi", "piano", "martedì", "giunta", "sanno", "accordo", "e", "ma"]
paragraphs = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + "."),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None)
@given(paragraphs)
def test_train_techniques_findings_point_into_the_text(model_path, body):
    text = "Notizie dal comune\n\n" + "\n\n".join(body)
    analysis = fonte.analyze_text(text, language="it", options=Options(techniques_model=str(model_path)))
    blocks = [analysis.article.title, *analysis.article.paragraphs]
    for t in analysis.techniques:
        assert analysis.text[t.start : t.end] == t.text
        assert any(b.start <= t.start and t.end <= b.end for b in blocks)
        assert 0.0 <= t.confidence <= 1.0
