"""`python -m app export --out FILE [--db DB] [--header zh|keys] [--long] [--xlsx]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.export import ExportError, export_approved
from app.store import Store, StoreError

from .db_option import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--out", type=Path, required=True, help="导出文件（.csv，或 .xlsx 导出 Excel）")
    parser.add_argument("--header", choices=("zh", "keys"), default="zh",
                        help="表头：zh 中文（表·行·列），keys 记录键名（默认 zh）")
    parser.add_argument("--long", action="store_true", help="长表：每个单元格一行")
    parser.add_argument("--all", action="store_true", dest="everything",
                        help="导出全部报告（不论状态），含状态与审核人；默认只导出已批准的")
    parser.add_argument("--xlsx", action="store_true", help="导出 Excel 工作簿（文件名以 .xlsx 结尾时自动选择）")


def run(args: argparse.Namespace) -> int:
    try:
        with Store(args.db, read_only=True) as store:
            rows = export_approved(store, args.out, header=args.header, long=args.long, xlsx=args.xlsx or None,
                                   everything=args.everything)
    except (StoreError, ExportError) as e:
        print(f"导出失败：{e}", file=sys.stderr)
        return 2
    what = "个单元格" if args.long else ("份报告" if args.everything else "份已批准的报告")
    print(f"已导出 {rows} {what}到 {args.out}")
    return 0
