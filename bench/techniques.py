"""Measure the default technique detector.

    python bench/techniques.py seed ../shared/gold/seed.it.json
    python bench/techniques.py semeval ../shared/data/semeval2023-task3 [--langs it,en] [--per-rule]

``seed``: span F1 with partial credit (precision: mean over predictions of the largest overlap share
with a same-label gold span; recall: the same from the gold side; optional gold spans are never
missed). ``semeval``: the official subtask-3 micro-F1 over (article, paragraph, technique).
The data stays in ../shared; nothing here copies it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from fonte.analyze import pipeline, techniques
from fonte.analyze.pipeline import Options
from fonte.model import Article, Span

STEPS = ["language", "segments", "entities"]  # what the detector reads; it is timed on its own
FOLDERS = {"it": "it", "en": "en", "fr": "fr", "de": "ge", "ru": "ru"}


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def _share(a: tuple[int, int], b: tuple[int, int]) -> float:
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / (a[1] - a[0])


def seed(gold_path: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent.parent / gold["article"]).read_text(encoding="utf-8")
    from fonte import analyze_text

    analysis = analyze_text(text, language=gold.get("language"))
    preds = [(t.technique, (t.start, t.end)) for t in analysis.techniques]
    golds = [(g["technique"], _occurrences(analysis.text, g["text"]), g.get("optional", False))
             for g in gold["techniques"]]
    precision = [max((_share(p, o) for label, occ, _ in golds if label == tech for o in occ), default=0.0)
                 for tech, p in preds]
    recall = []
    for label, occ, optional in golds:
        best = max((_share(o, p) for tech, p in preds if tech == label for o in occ), default=0.0)
        if not optional or best > 0:
            recall.append(best)
    p = sum(precision) / len(precision) if precision else 0.0
    r = sum(recall) / len(recall) if recall else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0, 3),
            "predicted": len(preds), "gold": len(golds)}


def _article(text: str) -> tuple[Article, list[int]]:
    """One SemEval article as fonte sees it, and the 1-based line each character offset starts on."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    spans = [Span(s, s + len(line.rstrip()), line.rstrip()) for s, line in zip(starts, lines) if line.strip()]
    return Article(text=text, title=spans[0] if spans else None, paragraphs=spans[1:]), starts


def semeval(root: Path, langs: list[str], per_rule: bool) -> dict:
    import bisect

    results = {}
    for lang in langs:
        folder = root / FOLDERS[lang]
        gold: set[tuple[str, int, str]] = set()
        lines_listed: set[tuple[str, int]] = set()
        for row in (folder / "train-labels-subtask-3.txt").read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if len(parts) < 2:
                continue
            lines_listed.add((parts[0], int(parts[1])))
            for label in filter(None, (parts[2] if len(parts) > 2 else "").split(",")):
                gold.add((parts[0], int(parts[1]), label))
        pred: set[tuple[str, int, str]] = set()
        by_rule: dict[str, Counter] = {}
        detecting, articles = 0.0, 0
        for path in sorted((folder / "train-articles-subtask-3").glob("article*.txt")):
            aid = path.stem.removeprefix("article")
            article, starts = _article(path.read_text(encoding="utf-8"))
            analysis = pipeline.run(article, Options(language=lang), only=STEPS)
            began = time.perf_counter()
            analysis.techniques = techniques.detect(analysis)
            detecting += time.perf_counter() - began
            articles += 1
            for t in analysis.techniques:
                line = bisect.bisect_right(starts, t.start)
                key = (aid, line, t.technique)
                if (aid, line) not in lines_listed:
                    continue
                pred.add(key)
                by_rule.setdefault(t.by, Counter())["tp" if key in gold else "fp"] += 1
        tp = len(pred & gold)
        p = tp / len(pred) if pred else 0.0
        r = tp / len(gold) if gold else 0.0
        per_label = {}
        for label in sorted({g[2] for g in gold}):
            g = {x for x in gold if x[2] == label}
            q = {x for x in pred if x[2] == label}
            lp, lr = (len(g & q) / len(q) if q else 0.0), len(g & q) / len(g)
            per_label[label] = {"p": round(lp, 2), "r": round(lr, 2), "pred": len(q), "gold": len(g)}
        results[lang] = {"micro_f1": round(2 * p * r / (p + r) if p + r else 0.0, 3), "precision": round(p, 3),
                         "recall": round(r, 3), "articles": articles, "detector_articles_per_s": round(articles / detecting, 1),
                         "per_label": per_label}
        if per_rule:
            results[lang]["per_rule"] = {k: {"precision": round(c["tp"] / (c["tp"] + c["fp"]), 2), "n": c["tp"] + c["fp"]}
                                         for k, c in sorted(by_rule.items())}
    return results


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("seed").add_argument("gold", type=Path)
    s = sub.add_parser("semeval")
    s.add_argument("root", type=Path)
    s.add_argument("--langs", default="it,en,fr,de,ru")
    s.add_argument("--per-rule", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "seed":
        out = seed(args.gold)
    else:
        out = semeval(args.root, args.langs.split(","), args.per_rule)
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
