"""`python -m app import [--db DB] PATH...`: files and folders into the review database."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from app.documents.names import one_line
from app.review import ImportSummary, ReviewError, ReviewService
from app.store import Store, StoreError

from .db_option import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="报告文件或文件夹（文件夹中的文件逐个导入）")
    add_db_argument(parser)
    parser.add_argument("--reviewer", default="", help="记入历史的审核人（默认当前系统用户名）")
    parser.add_argument("--workers", type=int, default=None, help="提取进程数（默认每个 CPU 核一个；0 表示在本进程中提取，不限时）")


class ProgressBar:
    """A one-line bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self._stream = stream
        self._width = width
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self._width * done // total if total else self._width
        self._stream.write(f"\r导入 [{'#' * filled}{'-' * (self._width - filled)}] {done}/{total}")
        self._stream.flush()

    def finish(self) -> None:
        self._stream.write("\n")
        self._stream.flush()


def report(summary: ImportSummary, out: TextIO) -> None:
    line = (f"新导入 {summary.imported} 份，新版本 {summary.updated} 份，未变化 {summary.unchanged} 份，"
            f"失败 {len(summary.failed)} 份")
    print(line + ("（已取消）" if summary.cancelled else ""), file=out)
    if summary.failed:
        print("以下文件未能导入：", file=out)
        for path, reason in summary.failed:
            print(f"  {one_line(path)}：{reason}", file=out)


def run(args: argparse.Namespace) -> int:
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        with Store(args.db) as store:
            service = ReviewService(store, args.reviewer, workers=args.workers)
            try:
                summary = service.import_paths(args.paths, progress=bar)
            finally:
                if bar is not None:
                    bar.finish()
    except (StoreError, ReviewError) as e:
        print(f"导入中止：{e}", file=sys.stderr)
        return 2
    report(summary, sys.stdout)
    return 1 if summary.failed else 0
