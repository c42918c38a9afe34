"""`python -m app approve --clean [--db DB] [--reviewer NAME]`: bulk approval of clean reports."""

from __future__ import annotations

import argparse
import sys

from app.record.status import OPEN
from app.review import ReviewError, ReviewService
from app.store import Store, StoreError

from .db_option import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--clean", action="store_true", required=True,
                        help="批准所有待审/审核中、且没有未处理错误的报告（重新校验后判断）")
    parser.add_argument("--reviewer", default="", help="记为批准人的名字（默认当前系统用户名）")


def run(args: argparse.Namespace) -> int:
    try:
        with Store(args.db) as store:
            approved = ReviewService(store, args.reviewer).approve_clean()
            waiting = len(store.list_reports(OPEN))
    except (StoreError, ReviewError) as e:
        print(f"批准中止：{e}", file=sys.stderr)
        return 2
    print(f"已批准 {approved} 份报告；仍待审核 {waiting} 份")
    return 0
