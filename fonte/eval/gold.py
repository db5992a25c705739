"""Gold annotation files (``shared/gold/*.json``): read, check, and find the article they annotate.

Quotes and techniques are located by text (exact substrings of the article), entities by
canonical name plus aliases; ``optional: true`` marks what a good system may miss.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from fonte.errors import DataError


@dataclass(frozen=True)
class GoldQuote:
    kind: str
    text: str
    speaker: str | None
    speaker_accept: tuple[str, ...] = ()
    cue: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str | None
    wikidata: str | None = None
    iso: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldCitation:
    outlet: str
    surface: str | None = None
    state_affiliated: bool | None = None
    country: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldTechnique:
    technique: str
    text: str
    optional: bool = False


@dataclass(frozen=True)
class GoldNarrative:
    narrative: str
    subnarrative: str | None = None
    evidence: str | None = None
    optional: bool = False


@dataclass
class Gold:
    """One gold file: the article's location and its hand annotations."""

    path: Path
    language: str | None
    article: Path | None  # the article file, when the gold names one
    url: str | None
    title: str | None = None
    stated_reading_minutes: int | None = None
    headings: list[str] | None = None  # None: the gold does not annotate headings
    entities: list[GoldEntity] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    citations: list[GoldCitation] = field(default_factory=list)
    techniques: list[GoldTechnique] = field(default_factory=list)
    narratives: list[GoldNarrative] = field(default_factory=list)
    quoted_persons: list[str] | None = None  # voices.quoted_persons: everyone the article quotes
    text_file: str | None = None  # the saved text's name inside ``--texts DIR``
    # The components this gold annotates: one it leaves out is not scored (no false positives).
    annotated: frozenset[str] = frozenset()


def _str(item: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: '{key}' must be a non-empty string")
    return value


def _items(data: dict[str, Any], key: str, where: str) -> list[tuple[str, dict[str, Any]]]:
    """The objects listed under ``key``, each with where it is (``file: key[i]``) for error messages."""
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DataError(f"{where}: '{key}' must be a list of objects")
    return [(f"{where}: {key}[{i}]", item) for i, item in enumerate(items)]


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a list of strings")
    return tuple(value)


#: The annotated components a gold file may hold.
COMPONENTS = ("quotes", "entities", "citations", "techniques", "narratives")


def parse_gold(data: Any, path: Path) -> Gold:
    """A Gold from the decoded JSON of ``path``; DataError names what is malformed."""
    name = str(path)
    if not isinstance(data, dict):
        raise DataError(f"{name}: a gold file holds one JSON object")
    article = _str(data, "article", name, required=False)
    url = _str(data, "url", name, required=False)
    if not article and not url:
        raise DataError(f"{name}: names no article (give 'article' or 'url')")
    stated = data.get("stated_reading_time_minutes")
    if stated is not None and not isinstance(stated, int):
        raise DataError(f"{name}: 'stated_reading_time_minutes' must be an integer")
    headings = data.get("headings")
    voices = data.get("voices") or {}
    if not isinstance(voices, dict):
        raise DataError(f"{name}: 'voices' must be an object")
    quoted = voices.get("quoted_persons")
    gold = Gold(
        path=path,
        language=data.get("language"),
        article=_article_path(article, path) if article else None,
        url=url,
        title=data.get("title"),
        stated_reading_minutes=stated,
        headings=list(_strings(headings, f"{name}: headings")) if headings is not None else None,
        quoted_persons=list(_strings(quoted, f"{name}: voices.quoted_persons")) if quoted is not None else None,
        text_file=_str(data, "text_file", name, required=False),
        annotated=frozenset(k for k in COMPONENTS if k in data),
    )
    for where, q in _items(data, "quotes", name):
        gold.quotes.append(
            GoldQuote(
                kind=_str(q, "kind", where) or "",
                text=_str(q, "text", where) or "",
                speaker=_str(q, "speaker", where, required=False),
                speaker_accept=_strings(q.get("speaker_accept"), where),
                cue=q.get("cue"),
                optional=bool(q.get("optional", False)),
            )
        )
    for where, e in _items(data, "entities", name):
        gold.entities.append(
            GoldEntity(
                name=_str(e, "name", where) or "",
                type=e.get("type"),
                wikidata=e.get("wikidata"),
                iso=e.get("iso"),
                aliases=_strings(e.get("aliases"), where),
                optional=bool(e.get("optional", False)),
            )
        )
    for where, c in _items(data, "citations", name):
        gold.citations.append(
            GoldCitation(
                outlet=_str(c, "outlet", where) or "",
                surface=c.get("surface"),
                state_affiliated=c.get("state_affiliated"),
                country=c.get("country"),
                optional=bool(c.get("optional", False)),
            )
        )
    for where, t in _items(data, "techniques", name):
        gold.techniques.append(
            GoldTechnique(_str(t, "technique", where) or "", _str(t, "text", where) or "", bool(t.get("optional", False)))
        )
    for where, n in _items(data, "narratives", name):
        gold.narratives.append(
            GoldNarrative(_str(n, "narrative", where) or "", n.get("subnarrative"), n.get("evidence"), bool(n.get("optional", False)))
        )
    return gold


def _article_path(article: str, gold_path: Path) -> Path:
    """An absolute path as given; a relative one from the gold file's parent's parent (``shared/``)."""
    candidate = Path(article)
    return candidate if candidate.is_absolute() else gold_path.resolve().parent.parent / candidate


def read_gold(path: str | Path) -> Gold:
    """The gold file at ``path``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}") from exc
    return parse_gold(data, path)


def cached_url_candidates(url: str, texts_dir: Path) -> list[Path]:
    """Where ``--texts DIR`` may hold the article saved from ``url``: by SHA-256 of the URL, or by its last path segment."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
    slug = next((part for part in reversed(urlparse(url).path.split("/")) if part), "")
    stems = [digest] + ([slug] if slug else [])
    paths = []
    for stem in stems:
        if Path(stem).suffix.lower() in (".txt", ".html", ".htm"):
            paths.append(texts_dir / stem)
        paths += [texts_dir / f"{stem}{ext}" for ext in (".txt", ".html", ".htm")]
    return paths


def article_file(gold: Gold, texts_dir: Path | None = None) -> Path:
    """The article file a gold annotates; DataError when it cannot be found."""
    if gold.article is not None:
        if gold.article.is_file():
            return gold.article
        if gold.url is None:
            raise DataError(f"{gold.path}: article {gold.article} not found")
    if gold.text_file and texts_dir is not None and (texts_dir / gold.text_file).is_file():
        return texts_dir / gold.text_file
    if gold.url is not None:
        if texts_dir is None:
            raise DataError(f"{gold.path}: article given by URL only; pass --texts DIR holding a saved copy")
        for candidate in cached_url_candidates(gold.url, texts_dir):
            if candidate.is_file():
                return candidate
        raise DataError(f"{gold.path}: no saved copy of {gold.url} in {texts_dir} (looked for <sha256 of URL> or the URL's last segment, .txt/.html)")
    raise DataError(f"{gold.path}: article not found")
