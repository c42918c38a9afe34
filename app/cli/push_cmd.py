"""`python -m app push --from LOCAL.sqlite --db postgresql://…`: a local store onto the shared server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.store import Store, StoreError
from app.store.push import push

from .db_option import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", type=Path, required=True, metavar="LOCAL.sqlite",
                        help="本机审核库文件")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    if args.db is None:
        print("请用 --db 给出目标审核库（通常是 postgresql://用户@主机:端口/库名）", file=sys.stderr)
        return 2
    try:
        with Store(args.source, read_only=True) as source, Store(args.db) as target:
            if str(source.path) == str(target.path):
                print("来源与目标是同一个审核库", file=sys.stderr)
                return 2
            result = push(source, target)
    except StoreError as e:
        print(f"复制中止：{e}", file=sys.stderr)
        return 2
    for name in result.conflicts:
        print(f"未覆盖 {name}：服务器上已有本机没有的修改，请在服务器上核对", file=sys.stderr)
    print(f"新复制 {result.copied} 份报告，更新 {result.updated} 份，已是最新 {result.unchanged} 份，"
          f"冲突 {len(result.conflicts)} 份；新增历史记录 {result.history_rows} 条")
    return 1 if result.conflicts else 0
