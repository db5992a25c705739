"""The analysis record (docs/analysis-json.md) as one line of JSON."""

from __future__ import annotations

import json

from fonte.model import Analysis


def render_json(analysis: Analysis) -> str:
    """One line, no trailing newline: a batch joins these into JSON Lines."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False)
