"""`python -m app validate RECORD.json...`: the findings on records in the gold shape.

A file holds one record, or one record per line (what `extract --json` prints). A record may
carry the `provenance` that extract writes; it is used. When the same agency's record for the
year before is among the inputs, the cross-year check runs too. Exit status: 1 if a file could
not be read as records, else 2 with --strict when any error-level finding exists, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.record import Finding, Origin, Record
from app.validation import validate_record


class RecordFileError(Exception):
    """A file that is not a record (the message is Chinese and names the problem)."""


@dataclass
class LoadedRecord:
    source: str
    record: Record
    provenance: dict[str, Origin] | None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("records", nargs="+", metavar="RECORD.json",
                        help="记录文件（gold 格式，可带 provenance；也可每行一条记录）")
    parser.add_argument("--json", action="store_true", help="每个记录输出一行 JSON")
    parser.add_argument("--strict", action="store_true", help="存在“错误”级问题时以状态码 2 退出")


def run(args: argparse.Namespace) -> int:
    loaded: list[LoadedRecord] = []
    failed = False
    for path in args.records:
        try:
            loaded += load_records(Path(path))
        except RecordFileError as e:
            print(f"{path}：{e}", file=sys.stderr)
            failed = True
    by_agency_year: dict[tuple[str | None, int], Record] = {(r.record.agency, r.record.year): r.record for r in loaded
                      if r.record.agency and r.record.year is not None}
    any_error = False
    for item in loaded:
        record = item.record
        previous = by_agency_year.get((record.agency, record.year - 1)) if record.year is not None else None
        findings = validate_record(record, item.provenance, previous=previous if record.agency else None)
        any_error = any_error or any(f.severity == "error" for f in findings)
        print(_json_line(item.source, findings) if args.json else _summary(item, findings), flush=True)
    if failed:
        return 1
    return 2 if args.strict and any_error else 0


def load_records(path: Path) -> list[LoadedRecord]:
    """The records of one file; raises RecordFileError for anything that is not a record."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RecordFileError("文件不存在") from None
    except UnicodeDecodeError:
        raise RecordFileError("不是 UTF-8 编码的 JSON 文件") from None
    except OSError as e:
        raise RecordFileError(f"无法读取文件：{e.strerror or e}") from None
    try:
        documents: list[tuple[int | None, Any]] = [(None, json.loads(text))]
    except json.JSONDecodeError as e:
        documents = _json_lines(path, text, e)
    return [_to_record(str(path) if n is None else f"{path}:{n}", "" if n is None else f"（第 {n} 行）", data)
            for n, data in documents]


def _json_lines(path: Path, text: str, first_error: json.JSONDecodeError) -> list[tuple[int | None, Any]]:
    """One JSON value per non-blank line, or the whole file's parse error."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if len(lines) < 2:
        raise RecordFileError(f"不是有效的 JSON（第 {first_error.lineno} 行第 {first_error.colno} 列）") from None
    documents: list[tuple[int | None, Any]] = []
    for n, line in lines:
        try:
            documents.append((n, json.loads(line)))
        except json.JSONDecodeError:
            raise RecordFileError(f"不是有效的 JSON（第 {n} 行）") from None
    return documents


def _to_record(source: str, where: str, data: Any) -> LoadedRecord:
    if not isinstance(data, dict):
        raise RecordFileError(f"内容不是记录对象{where}")
    year = data.get("year")
    if year not in (None, "") and not (isinstance(year, int) and not isinstance(year, bool)
                                       or isinstance(year, str) and year.isdigit()):
        raise RecordFileError(f"year 不是年份：{year!r}{where}")
    try:
        record = Record.from_json(data)
    except ValueError as e:
        raise RecordFileError(f"{e}{where}") from None
    return LoadedRecord(source, record, _provenance(data.get("provenance"), where))


def _provenance(raw: Any, where: str) -> dict[str, Origin] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise RecordFileError(f"provenance 应为“键 → 来源对象”{where}")
    try:
        return {str(k): Origin.from_json(v) for k, v in raw.items()}
    except (TypeError, ValueError):
        raise RecordFileError(f"provenance 中的位置不是数字{where}") from None


def _json_line(source: str, findings: list[Finding]) -> str:
    items = []
    for f in findings:
        item: dict[str, Any] = {"rule": f.rule, "severity": f.severity, "cells": list(f.cells),
                                "message": f.message}
        if f.suggestion is not None:
            item["suggestion"] = f.suggestion
        items.append(item)
    return json.dumps({"source": source, "findings": items}, ensure_ascii=False)


_SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def _summary(item: LoadedRecord, findings: list[Finding]) -> str:
    record = item.record
    about = "，".join(x for x in (record.agency or "", f"{record.year} 年" if record.year else "") if x)
    head = f"{item.source}（{about}）" if about else item.source
    if not findings:
        return f"{head}：未发现问题"
    counts = {s: sum(f.severity == s for f in findings) for s in _SEVERITY_NAMES}
    tally = "，".join(f"{n} 个{_SEVERITY_NAMES[s]}" for s, n in counts.items() if n)
    lines = [f"{head}：{tally}"]
    cells = record.tmpl.cell_by_key
    for f in findings:
        lines.append(f"  [{_SEVERITY_NAMES.get(f.severity, f.severity)}] {f.message}")
        for key, value in (f.suggestion or {}).items():
            label = cells[key].label if key in cells else key
            lines.append(f"      建议：{label} 改为 {value}")
    return "\n".join(lines)
