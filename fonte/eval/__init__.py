"""``fonte eval``: fonte's analysis scored against hand-annotated gold files."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from fonte.analyze.pipeline import Options
from fonte.eval.gold import Gold, article_file, read_gold
from fonte.eval.metrics import Scores, score
from fonte.model import Analysis


@dataclass
class FileResult:
    gold: Path
    language: str
    scores: Scores


@dataclass
class EvalReport:
    """Per-file scores, their micro-average per language and over everything."""

    files: list[FileResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per gold file that could not be scored

    def overall(self) -> Scores:
        total = Scores()
        for f in self.files:
            total += f.scores
        return total

    def by_language(self) -> dict[str, Scores]:
        groups: dict[str, Scores] = defaultdict(Scores)
        for f in self.files:
            groups[f.language] += f.scores
        return dict(sorted(groups.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall().to_dict(),
            "languages": {lang: s.to_dict() for lang, s in self.by_language().items()},
            "files": [{"gold": str(f.gold), "language": f.language, **f.scores.to_dict()} for f in self.files],
            "skipped": self.skipped,
        }


def analyse_gold_article(gold: Gold, texts_dir: Path | None, options: Options) -> Analysis:
    """Run fonte on the article a gold file annotates."""
    from fonte import analyze_article
    from fonte.extract import extract
    from fonte.sources.files import read_file

    return analyze_article(extract(read_file(article_file(gold, texts_dir))), options)


def evaluate(
    gold_paths: list[Path],
    texts_dir: Path | None = None,
    options: Options | None = None,
    on_skip: Callable[[str], None] | None = None,
    languages: list[str] | None = None,
) -> EvalReport:
    """Score fonte on every gold file (of ``languages`` when given); an unreadable one is skipped with its reason."""
    from fonte.errors import FonteError

    report = EvalReport()
    for path in gold_paths:
        try:
            gold = read_gold(path)
            if languages and gold.language not in languages:
                continue
            analysis = analyse_gold_article(gold, texts_dir, options or Options())
        except FonteError as exc:
            report.skipped.append(str(exc))
            if on_skip:
                on_skip(str(exc))
            continue
        report.files.append(FileResult(path, gold.language or analysis.language, score(analysis, gold)))
    return report
