"""``fonte eval``: score fonte against gold files (a measurement: exits 0 whatever the scores)."""

from __future__ import annotations

import json
import sys
from io import StringIO
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table

from fonte.analyze.pipeline import Options
from fonte.errors import DataError, FonteError, UsageError
from fonte.eval import EvalReport
from fonte.eval.metrics import Scores
from fonte.lang import LANGUAGES

#: Components shown first in the table, in this order; finer rows (per kind, per label) follow each.
COMPONENTS = ("quotes", "quoted_persons", "entities", "citations", "techniques", "narratives", "headings")


def register(sub) -> None:
    p = sub.add_parser(
        "eval",
        help="score fonte against gold annotations",
        description="Score fonte's analysis against hand-annotated gold files (JSON, see docs/eval.md). "
        "A measurement, not a gate: exits 0 whatever the scores.",
    )
    p.add_argument("gold", nargs="*", metavar="GOLD", help="gold .json files, or directories of them")
    p.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("--texts", metavar="DIR", help="saved copies of articles that gold files give by URL only")
    p.add_argument("--languages", metavar="LANGS", help="comma-separated languages to score (default: all)")
    p.add_argument("--semeval", metavar="DIR", help="also score technique detection on SemEval-2023 Task 3 data in DIR")
    p.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds for --semeval (default 5)")
    p.add_argument("--techniques-model", metavar="PATH", help="a trained technique model to use (from fonte train)")
    p.add_argument("--detector", choices=("rules", "trained", "both"), default="both",
                   help="which technique detector --semeval scores (default both)")
    p.set_defaults(func=run)


def gold_files(specs: list[str]) -> list[Path]:
    """The gold files named, with directories expanded to the .json files inside, sorted."""
    paths: list[Path] = []
    for spec in specs:
        path = Path(spec)
        paths += sorted(path.rglob("*.json")) if path.is_dir() else [path]
    return paths


def _languages(value: str | None) -> list[str] | None:
    if not value:
        return None
    langs = [x.strip() for x in value.split(",") if x.strip()]
    unknown = [x for x in langs if x not in LANGUAGES and x not in ("ge", "po")]
    if unknown:
        raise UsageError(f"unknown language {unknown[0]!r}: choose among {', '.join(LANGUAGES)}")
    return langs


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _add_counts(table: Table, scores: Scores) -> None:
    names = sorted(scores.counts, key=lambda n: (COMPONENTS.index(n.split(".")[0]) if n.split(".")[0] in COMPONENTS else 99, n.count("."), n))
    for name in names:
        c = scores.counts[name]
        label = name if "." not in name else "  " + name.split(".", 1)[1]
        table.add_row(label, _pct(c.precision), _pct(c.recall), _pct(c.f1), str(c.pred), str(c.gold))


def scores_table(title: str, scores: Scores) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("component", "P", "R", "F1", "pred", "gold"):
        table.add_column(col, justify="left" if col == "component" else "right")
    _add_counts(table, scores)
    if scores.ratios:
        table.add_section()
        for name, r in sorted(scores.ratios.items()):
            table.add_row(f"{name} accuracy", "", "", _pct(r.accuracy), str(r.correct), str(r.total))
    return table


def render_report(report: EvalReport, color: bool) -> str:
    console = Console(file=StringIO(), force_terminal=color, color_system="standard" if color else None, width=100)
    overall = report.overall()
    console.print(scores_table(f"fonte eval: {overall.articles} article(s), micro-averaged", overall))
    languages = report.by_language()
    if len(languages) > 1:
        for lang, scores in languages.items():
            console.print(scores_table(f"language {lang}: {scores.articles} article(s)", scores))
    if len(report.files) > 1:
        table = Table(title="per file (F1)", title_justify="left", box=box.SIMPLE_HEAD)
        table.add_column("gold")
        for comp in ("quotes", "entities", "citations", "techniques"):
            table.add_column(comp, justify="right")
        for f in report.files:
            table.add_row(f.gold.name, *(_pct(f.scores.counts[c].f1) if c in f.scores.counts else "–" for c in ("quotes", "entities", "citations", "techniques")))
        console.print(table)
    if overall.not_found:
        console.print("gold texts not found in the analysed text:")
        for line in overall.not_found:
            console.print(f"  {line}", markup=False)
    for line in report.skipped:
        console.print(f"skipped: {line}", markup=False)
    out: str = console.file.getvalue()  # type: ignore[attr-defined]
    # Without colour, rich pads table cells to the full width; trailing blanks only get in the way.
    return out if color else "\n".join(line.rstrip() for line in out.split("\n"))


def _semeval(args) -> tuple[dict, str]:
    # Imported only here: the SemEval evaluation (and its training code) is another module's concern.
    from fonte.eval import semeval

    result = semeval.evaluate(
        Path(args.semeval),
        folds=args.folds,
        model=Path(args.techniques_model) if args.techniques_model else None,
        languages=_languages(args.languages),
        detector=args.detector,
    )
    return result, semeval.format_report(result)


def run(args) -> int:
    if not args.gold and not args.semeval:
        raise UsageError("give gold files (or directories) to score, or --semeval DIR")
    if args.folds < 2:
        raise UsageError("--folds must be at least 2")
    out: dict = {}
    text_parts: list[str] = []
    if args.gold:
        from fonte.eval import evaluate

        langs = _languages(args.languages)
        options = Options(techniques_model=args.techniques_model)
        report = evaluate(
            gold_files(args.gold),
            texts_dir=Path(args.texts) if args.texts else None,
            options=options,
            on_skip=lambda msg: print(f"fonte: warning: {msg}; skipped", file=sys.stderr),
            languages=langs,
        )
        if not report.files and report.skipped:
            raise DataError(f"no gold file could be scored ({len(report.skipped)} skipped)")
        out["gold"] = report.to_dict()
        color = not args.output and not args.json and sys.stdout.isatty()
        text_parts.append(render_report(report, color))
    if args.semeval:
        result, text = _semeval(args)
        out["semeval"] = result
        text_parts.append(text)
    rendered = json.dumps(out, ensure_ascii=False, indent=1) + "\n" if args.json else "\n".join(text_parts)
    if args.output:
        try:
            Path(args.output).write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise FonteError(f"{args.output}: cannot write: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(rendered)
    return 0
