"""Readers for the SemEval-2023 Task 3 layout: articles, paragraph labels, spans, genres, frames.

A data folder is either the ``semeval2023-task3`` folder (one sub-folder per language) or one
language folder. Paragraphs are the lines of an article file (line 1 is the title), numbered
from 1, as the organisers' scorer counts them. Span offsets index the file read without
newline translation (``\\r\\n`` counts as two characters), so that is how articles are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fonte import taxonomy
from fonte.errors import DataError

#: The organisers' folder names that are not ISO 639-1 codes.
FOLDER_LANGUAGES = {"ge": "de", "po": "pl"}

#: The 23 technique labels of subtask 3, spelled as the organisers spell them (fonte's taxonomy file).
TECHNIQUES = tuple(sorted(taxonomy.techniques()))

#: The 14 frames of subtask 2.
FRAMES = (
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation", "Crime_and_punishment",
    "Security_and_defense", "Health_and_safety", "Quality_of_life", "Cultural_identity", "Public_opinion",
    "Political", "External_regulation_and_reputation",
)  # fmt: skip

#: The genres of subtask 1.
GENRES = ("opinion", "reporting", "satire")

ARTICLES_DIR = "train-articles-subtask-3"
SPANS_DIR = "train-labels-subtask-3-spans"
PARAGRAPH_LABELS = "train-labels-subtask-3.txt"
GENRE_LABELS = "train-labels-subtask-1.txt"
FRAME_LABELS = "train-labels-subtask-2.txt"

_ARTICLE_FILE = re.compile(r"article(\d+)\.txt")


@dataclass
class Document:
    """One article of the data set and what the annotators said about it."""

    id: str
    language: str
    lines: list[str]  # the article's lines without line ends; lines[0] is the title
    # Paragraph line number (from 1) -> techniques; only the lines the organisers score.
    paragraphs: dict[int, frozenset[str]] = field(default_factory=dict)
    genre: str | None = None
    frames: frozenset[str] | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def language_folders(data_dir: Path) -> dict[str, Path]:
    """ISO language code -> folder, for a task folder or a single language folder."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataError(f"{data_dir}: not a folder")
    if (data_dir / ARTICLES_DIR).is_dir():
        return {FOLDER_LANGUAGES.get(data_dir.name, data_dir.name): data_dir}
    found = {
        FOLDER_LANGUAGES.get(sub.name, sub.name): sub
        for sub in sorted(data_dir.iterdir())
        if (sub / ARTICLES_DIR).is_dir()
    }
    if not found:
        raise DataError(f"{data_dir}: no language folder with {ARTICLES_DIR}/ inside")
    return found


def read_corpus(data_dir: Path, languages: list[str] | None = None, *, spans: bool = True) -> list[Document]:
    """Every document of the selected languages (all when ``languages`` is None)."""
    folders = language_folders(data_dir)
    if languages:
        wanted = [FOLDER_LANGUAGES.get(code, code) for code in languages]
        missing = [code for code in wanted if code not in folders]
        if missing:
            raise DataError(f"{data_dir}: no data for language(s) {', '.join(missing)} (has {', '.join(folders)})")
        folders = {code: folders[code] for code in wanted}
    docs: list[Document] = []
    for lang, folder in folders.items():
        docs.extend(read_language(folder, lang, spans=spans))
    return docs


def read_language(folder: Path, language: str, *, spans: bool = True) -> list[Document]:
    """The documents of one language folder; ``spans`` also checks every span file against its article."""
    articles = folder / ARTICLES_DIR
    docs: dict[str, Document] = {}
    for path in sorted(articles.glob("article*.txt")):
        m = _ARTICLE_FILE.fullmatch(path.name)
        if not m:
            continue
        docs[m.group(1)] = Document(m.group(1), language, _read_lines(path))
    if not docs:
        raise DataError(f"{articles}: no articleN.txt files")
    _read_paragraph_labels(folder / PARAGRAPH_LABELS, docs)
    if spans:
        _check_spans(folder / SPANS_DIR, docs)
    for article_id, value, path, line_no in _tab_rows(folder / GENRE_LABELS, 2, required=False):
        if value not in GENRES:
            raise DataError(f"{path}:{line_no}: unknown genre {value!r}")
        if article_id in docs:
            docs[article_id].genre = value
    for article_id, value, path, line_no in _tab_rows(folder / FRAME_LABELS, 2, required=False):
        frames = frozenset(filter(None, value.split(",")))
        unknown = sorted(frames - set(FRAMES))
        if unknown:
            raise DataError(f"{path}:{line_no}: unknown frame {unknown[0]!r}")
        if article_id in docs:
            docs[article_id].frames = frames
    return list(docs.values())


def _read_lines(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            raw = fh.read()
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return raw.split("\n")


def _tab_rows(path: Path, columns: int, *, required: bool = True):
    """``(first, second, ..., path, line_no)`` rows of a tab-separated label file."""
    if not path.is_file():
        if required:
            raise DataError(f"{path}: label file missing")
        return
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) == columns - 1:
                cells.append("")  # a paragraph without techniques may lose its trailing tab
            if len(cells) != columns:
                raise DataError(f"{path}:{line_no}: expected {columns} tab-separated columns, found {len(cells)}")
            yield (*cells, path, line_no)


def _read_paragraph_labels(path: Path, docs: dict[str, Document]) -> None:
    for article_id, line, techniques, _, line_no in _tab_rows(path, 3):
        doc = docs.get(article_id)
        if doc is None:
            raise DataError(f"{path}:{line_no}: article {article_id} has no file in {ARTICLES_DIR}/")
        if not line.isdigit() or not 1 <= int(line) <= len(doc.lines):
            raise DataError(f"{path}:{line_no}: paragraph {line!r} is not a line of article {article_id}")
        labels = frozenset(filter(None, techniques.split(",")))
        unknown = sorted(labels - set(TECHNIQUES))
        if unknown:
            raise DataError(f"{path}:{line_no}: unknown technique {unknown[0]!r}")
        doc.paragraphs[int(line)] = labels


def _check_spans(folder: Path, docs: dict[str, Document]) -> None:
    """Span files must name known techniques at offsets inside their article."""
    if not folder.is_dir():
        raise DataError(f"{folder}: span label folder missing")
    for path in sorted(folder.glob("*.txt")):
        for article_id, technique, start, end, _, line_no in _tab_rows(path, 4):
            doc = docs.get(article_id)
            if doc is None:
                raise DataError(f"{path}:{line_no}: article {article_id} has no file in {ARTICLES_DIR}/")
            if technique not in TECHNIQUES:
                raise DataError(f"{path}:{line_no}: unknown technique {technique!r}")
            size = len(doc.text)
            if not (start.isdigit() and end.isdigit() and int(start) < int(end) <= size):
                raise DataError(f"{path}:{line_no}: span {start}-{end} lies outside article {article_id} ({size} characters)")
