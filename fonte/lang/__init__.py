"""Language packs: per-language knowledge lives in data files under ``fonte/lang/<code>/``.

Adding a language is adding a folder of TOML files; no code changes. Each analyser owns
its own file name (``segments.toml``, ``speech.toml``, ...); a missing file reads as ``{}``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent

#: The languages fonte claims, in the order it supports them.
LANGUAGES = ("it", "en", "fr", "de", "es", "ru")


@cache
def resource(lang: str, name: str) -> dict[str, Any]:
    """The parsed ``fonte/lang/<lang>/<name>.toml``, or ``{}`` when the pack lacks it."""
    path = LANG_DIR / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def available(name: str) -> list[str]:
    """The languages that ship ``<name>.toml``."""
    return [code for code in LANGUAGES if (LANG_DIR / code / f"{name}.toml").is_file()]
