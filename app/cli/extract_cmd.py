"""`python -m app extract [--json] FILE_OR_FOLDER...`: one record per report file.

Files are extracted in worker processes, each within the per-document time budget, and printed in
the order given; a file over its budget, unreadable or crashing its worker gets one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.files import iter_report_files
from app.documents.limits import DOCUMENT_SECONDS
from app.documents.names import one_line, readable_name


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="报告文件或文件夹")
    p.add_argument("--json", action="store_true", help="每个文件输出一行 JSON（记录、问题与来源位置）")
    p.add_argument("--no-provenance", action="store_true", help="JSON 中不输出来源位置")
    p.add_argument("--workers", type=int, default=None,
                   help="提取进程数（默认每个 CPU 核一个，最多与文件数相同；0 表示在本进程中提取，不限时）")
    p.add_argument("--seconds", type=float, default=DOCUMENT_SECONDS, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from app.documents import ReadError
    from app.review.runner import InlineRunner, PoolRunner

    missing = _MissingCounter()
    paths = list(iter_report_files([Path(p) for p in args.paths], on_missing=missing))
    workers = (os.cpu_count() or 1) if args.workers is None else args.workers
    options = (args.json, args.no_provenance)
    runner = (InlineRunner(extract_line, *options) if workers <= 0
              else PoolRunner(extract_line, *options, workers=min(workers, max(len(paths), 1)), seconds=args.seconds))
    failed = 0

    def show(results: Any) -> None:
        nonlocal failed
        for job, result in results:
            ok, text = result if isinstance(result, tuple) else (False, result)
            if ok:
                sys.stdout.write(text + "\n")
            else:
                failed += 1
                print(f"{one_line(str(job.path))}: {text}", file=sys.stderr)

    try:
        for path in paths:
            try:
                job = _job(path)
            except ReadError as e:
                failed += 1
                print(f"{one_line(str(path))}: {e}", file=sys.stderr)
                continue
            show(runner.submit(job))
        show(runner.drain())
    finally:
        runner.close()
    return 1 if failed or missing.count else 0


def _job(path: Path) -> Any:
    """A report file's job, or a folder of one report's scanned page images read as one image-only
    PDF. Every job starts with the per-document budget; one whose pages go to OCR gets OCR's time
    for them once its reader knows how many (app.review.runner.MoreTime)."""
    from app.documents import read_file_bytes
    from app.documents.scan_reader import folder_as_pdf, page_files
    from app.review.runner import Job

    if path.is_dir():
        return Job(path, f"{readable_name(path.name)}.pdf", folder_as_pdf(page_files(path)), "")
    return Job(path, readable_name(path.name), read_file_bytes(path), "")


def extract_line(as_json: bool, no_provenance: bool, name: str, data: bytes) -> tuple[bool, str]:
    """(True, the output line) or (False, the Chinese reason): what one file prints."""
    from app.documents import ReadError
    from app.extract import extract_bytes
    from app.record.json_text import dumps

    try:
        result = extract_bytes(name, data)
    except ReadError as e:
        return False, str(e)
    except Exception as e:  # a bug must not stop the other files of the batch
        return False, f"内部错误，未能提取（{e}）"
    if not as_json:
        return True, _summary(name, result)
    d = result.to_json()
    if no_provenance:
        d.pop("provenance")
    return True, dumps(d)  # newlines inside values are escaped: one line


class _MissingCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, path: Path) -> None:
        self.count += 1
        print(f"{one_line(str(path))}: 文件或文件夹不存在", file=sys.stderr)


def _summary(name: str, result: Any) -> str:
    r = result.record
    filled = sum(v is not None for v in r.fields.values())
    errors = sum(f.severity == "error" for f in result.findings)
    warnings = sum(f.severity == "warning" for f in result.findings)
    return one_line(f"{name}: {r.agency or '（未识别机关）'} {r.year or '????'}年 模板{r.template} "
                    f"已填 {filled}/{len(r.fields)} 格，错误 {errors}，警告 {warnings}")
