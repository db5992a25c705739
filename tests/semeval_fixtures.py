"""Tiny data sets in the SemEval-2023 Task 3 layout, written for the tests."""

from __future__ import annotations

from pathlib import Path


def write_language(
    folder: Path,
    articles: dict[str, list[str]],
    paragraph_labels: dict[tuple[str, int], list[str]],
    spans: dict[str, list[tuple[str, int, int]]] | None = None,
    genres: dict[str, str] | None = None,
    frames: dict[str, list[str]] | None = None,
) -> Path:
    """One language folder: articles (lines, the first a title), labels for every listed paragraph."""
    (folder / "train-articles-subtask-3").mkdir(parents=True)
    (folder / "train-labels-subtask-3-spans").mkdir()
    for article_id, lines in articles.items():
        (folder / "train-articles-subtask-3" / f"article{article_id}.txt").write_text("\n".join(lines), encoding="utf-8")
        rows = [f"{article_id}\t{t}\t{s}\t{e}\n" for t, s, e in (spans or {}).get(article_id, [])]
        (folder / "train-labels-subtask-3-spans" / f"article{article_id}-labels-subtask-3.txt").write_text(
            "".join(rows), encoding="utf-8"
        )
    (folder / "train-labels-subtask-3.txt").write_text(
        "".join(f"{a}\t{line}\t{','.join(labels)}\n" for (a, line), labels in paragraph_labels.items()),
        encoding="utf-8",
    )
    (folder / "train-labels-subtask-1.txt").write_text(
        "".join(f"{a}\t{g}\n" for a, g in (genres or {}).items()), encoding="utf-8"
    )
    (folder / "train-labels-subtask-2.txt").write_text(
        "".join(f"{a}\t{','.join(f)}\n" for a, f in (frames or {}).items()), encoding="utf-8"
    )
    return folder


_INSULTS = ["traditori", "vigliacchi", "buffoni", "incapaci"]
_SUBJECTS = ["Il sindaco", "La ministra", "Il consiglio", "La giunta", "Il presidente", "La regione"]
_ACTS = ["ha approvato il bilancio", "ha incontrato i sindacati", "ha presentato il piano", "ha firmato l'accordo"]


def name_calling_language(folder: Path, articles: int = 12) -> Path:
    """Italian articles where every paragraph that insults is labelled Name_Calling-Labeling."""
    texts, labels, genres, frames = {}, {}, {}, {}
    for a in range(articles):
        article_id = str(100 + a)
        lines = [f"Notizie dal comune numero {a}"]
        labels[(article_id, 1)] = []
        for p in range(6):
            subject, act = _SUBJECTS[(a + p) % len(_SUBJECTS)], _ACTS[(a * 3 + p) % len(_ACTS)]
            if p % 2:
                lines.append(f"{subject} {act}, ma sono {_INSULTS[(a + p) % len(_INSULTS)]} e tutti lo sanno.")
                labels[(article_id, len(lines))] = ["Name_Calling-Labeling"]
            else:
                lines.append(f"{subject} {act} martedì in sede, secondo il comunicato.")
                labels[(article_id, len(lines))] = []
        texts[article_id] = lines
        genres[article_id] = "opinion" if a % 2 else "reporting"
        frames[article_id] = ["Political"] if a % 2 else ["Economic"]
    return write_language(folder, texts, labels, genres=genres, frames=frames)
