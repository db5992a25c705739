"""``fonte analyze``: articles in, analysis records out (first cut; being extended)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fonte.analyze.pipeline import Options
from fonte.extract.text import extract_text
from fonte.extract.encoding import decode
from fonte.model import Source
from fonte import analyze_article


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse articles")
    p.add_argument("inputs", nargs="+")
    p.add_argument("--format", default="json")
    p.add_argument("--language")
    p.set_defaults(func=run)


def run(args) -> int:
    for inp in args.inputs:
        path = Path(inp)
        article = extract_text(decode(path.read_bytes(), inp), Source(path=inp))
        an = analyze_article(article, Options(language=args.language))
        print(json.dumps(an.to_dict(), ensure_ascii=False))
    return 0
