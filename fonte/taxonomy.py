"""The persuasion-technique taxonomy: SemEval-2023 Task 3 labels, their categories, definitions."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TAXONOMY_FILE = Path(__file__).parent / "data" / "techniques.toml"
#: The category a label outside the taxonomy (a typo, a future label) is shown under.
UNKNOWN_CATEGORY = "other"


@dataclass(frozen=True)
class TechniqueInfo:
    label: str  # the SemEval-2023 label, e.g. "Loaded_Language"
    name: str  # a readable name, e.g. "Loaded language"
    category: str  # a category key, e.g. "manipulative_wording"
    category_name: str  # e.g. "Manipulative wording"
    definition: str


@cache
def _load() -> tuple[dict[str, str], dict[str, TechniqueInfo]]:
    with TAXONOMY_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    categories: dict[str, str] = data["categories"]
    infos = {
        label: TechniqueInfo(label, t["name"], t["category"], categories[t["category"]], t["definition"])
        for label, t in data["techniques"].items()
    }
    return categories, infos


def techniques() -> dict[str, TechniqueInfo]:
    """The 23 techniques by SemEval label, in the taxonomy's order."""
    return _load()[1]


def categories() -> dict[str, str]:
    """Category key -> readable category name, in the taxonomy's order."""
    return _load()[0]


def technique(label: str) -> TechniqueInfo:
    """What fonte knows about ``label``; a label outside the taxonomy gets a neutral entry."""
    known = techniques().get(label)
    if known:
        return known
    return TechniqueInfo(label, label.replace("_", " "), UNKNOWN_CATEGORY, "Other", "")


def category_of(label: str) -> str:
    """The category key of a technique label (``other`` when the label is unknown)."""
    return technique(label).category
