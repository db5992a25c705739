"""Shared fixtures. Tests that read ../shared skip with a reason where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder (seed, gold, data) beside the checkout."""
    if not (SHARED / "seed" / "article.it.txt").is_file():
        pytest.skip("../shared is absent (a fresh clone without the project's shared data)")
    return SHARED


@pytest.fixture
def seed_text(shared: Path) -> str:
    return (shared / "seed" / "article.it.txt").read_text(encoding="utf-8")
