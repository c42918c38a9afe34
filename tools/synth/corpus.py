"""Writes a corpus: each report file with its truth beside it as NAME.truth.json."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from .report import SynthReport, generate_report
from .shapes import ALL_SHAPES, SHAPES

TRUTH_SUFFIX = ".truth.json"


def iter_reports(count: int, *, seed: int = 0, shapes: Sequence[str] | None = None,
                 error_rate: float = 0.0, template: str | None = None,
                 start: int = 0) -> Iterator[SynthReport]:
    """Reports start … start+count-1; shapes are taken in turn so every shape is represented."""
    names = list(shapes or SHAPES)
    unknown = [s for s in names if s not in ALL_SHAPES]
    if unknown:
        raise ValueError(f"未知的样式：{', '.join(unknown)}（可选：{', '.join(ALL_SHAPES)}）")
    for index in range(start, start + count):
        yield generate_report(seed, index, names[index % len(names)], error_rate=error_rate,
                              template=template)


def truth_path(report_path: Path) -> Path:
    return report_path.with_name(report_path.name + TRUTH_SUFFIX)


def write_report(out: Path, report: SynthReport) -> Path:
    path = out / report.name
    path.write_bytes(report.data)
    truth_path(path).write_text(json.dumps(report.truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_corpus(out: Path, count: int, *, seed: int = 0, shapes: Sequence[str] | None = None,
                 error_rate: float = 0.0, template: str | None = None, start: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    reports = iter_reports(count, seed=seed, shapes=shapes, error_rate=error_rate, template=template,
                           start=start)
    return [write_report(out, r) for r in reports]


def read_corpus(folder: Path) -> Iterator[tuple[Path, dict]]:
    """(report path, truth) for every report of a written corpus, in name order."""
    for truth_file in sorted(folder.glob(f"*{TRUTH_SUFFIX}")):
        report = truth_file.with_name(truth_file.name[: -len(TRUTH_SUFFIX)])
        yield report, json.loads(truth_file.read_text(encoding="utf-8"))
