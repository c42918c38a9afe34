"""`python -m app extract [--json] FILE_OR_FOLDER...`: one record per report file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.files import iter_report_files


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="报告文件或文件夹")
    p.add_argument("--json", action="store_true", help="每个文件输出一行 JSON（记录、问题与来源位置）")
    p.add_argument("--no-provenance", action="store_true", help="JSON 中不输出来源位置")


def run(args: argparse.Namespace) -> int:
    from app.documents import ReadError
    from app.extract import extract_file

    failed = 0
    out = sys.stdout
    for path in iter_report_files([Path(p) for p in args.paths], on_missing=_missing):
        try:
            result = extract_file(path)
        except ReadError as e:
            failed += 1
            print(f"{path}: {e}", file=sys.stderr)
            continue
        except Exception as e:  # a bug must not stop the other files of the batch
            failed += 1
            print(f"{path}: 内部错误，未能提取（{type(e).__name__}: {e}）", file=sys.stderr)
            continue
        if args.json:
            d = result.to_json()
            if args.no_provenance:
                d.pop("provenance")
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            out.write(_summary(path, result) + "\n")
    return 1 if failed or _missing.count else 0


class _MissingCounter:
    count = 0

    def __call__(self, path: Path) -> None:
        self.count += 1
        print(f"{path}: 文件或文件夹不存在", file=sys.stderr)


_missing = _MissingCounter()


def _summary(path: Path, result) -> str:
    r = result.record
    filled = sum(v is not None for v in r.fields.values())
    errors = sum(f.severity == "error" for f in result.findings)
    warnings = sum(f.severity == "warning" for f in result.findings)
    return (f"{path.name}: {r.agency or '（未识别机关）'} {r.year or '????'}年 模板{r.template} "
            f"已填 {filled}/{len(r.fields)} 格，错误 {errors}，警告 {warnings}")
