"""``fonte train techniques|frames|genre --data DIR --out MODEL``: train a detector on SemEval-2023 Task 3 data."""

from __future__ import annotations

import argparse
from pathlib import Path

from fonte.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "train",
        help="train a technique, frame or genre detector on SemEval-2023 Task 3 data",
        description="Train a detector on data in the SemEval-2023 Task 3 layout (see docs/training.md).",
    )
    p.add_argument("kind", choices=["techniques", "frames", "genre"], help="what the model detects")
    p.add_argument("--data", required=True, type=Path, help="the semeval2023-task3 folder, or one language folder")
    p.add_argument("--out", required=True, type=Path, help="model file to write (replaced only when training succeeds)")
    p.add_argument("--languages", help="comma-separated language codes to train on (default: all in DIR)")
    p.add_argument(
        "--rule-features",
        action="store_true",
        help="techniques: also learn from the rule detector's findings (slower; no gain measured, docs/training.md)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fonte.train.trainers import train

    if args.out.is_dir():
        raise UsageError(f"--out {args.out}: is a folder; give a file name")
    languages = [code.strip() for code in args.languages.split(",") if code.strip()] if args.languages else None
    summary = train(args.kind, args.data, args.out, languages=languages, rule_features=args.rule_features)
    rules = f", rule features: {len(summary['rule_features'])}" if args.kind == "techniques" else ""
    print(
        f"wrote {summary['out']}: {summary['kind']} model {summary['id']}, languages {','.join(summary['languages'])}, "
        f"{summary['examples']} examples{rules}, {summary['seconds']} s"
    )
    return 0
