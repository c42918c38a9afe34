"""`python -m app history [--db DB] --report FILE [--json]`: everything that happened to a report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.review import HistoryEntry, ReviewService
from app.store import Store, StoreError

from .db_option import add_db_argument

ACTIONS = {"import": "导入", "version": "新版本", "edit": "修改", "info": "改机关/年度", "status": "状态",
           "decision": "处理问题"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--report", required=True, metavar="FILE", help="报告的文件名（导入时的名字）")
    parser.add_argument("--json", action="store_true",
                        help="每条记录输出一行 JSON：at, reviewer, action, key, old_value, new_value, note")


def entry_json(entry: HistoryEntry) -> str:
    return json.dumps({"at": entry.at, "reviewer": entry.reviewer, "action": entry.action, "key": entry.key,
                       "old_value": entry.old, "new_value": entry.new, "note": entry.note}, ensure_ascii=False)


def entry_line(entry: HistoryEntry) -> str:
    change = "" if entry.old is None and entry.new is None else f"{_text(entry.old)} → {_text(entry.new)}"
    parts = [entry.at, entry.reviewer, ACTIONS.get(entry.action, entry.action), entry.key or "", change, entry.note]
    return "\t".join(parts)


def _text(value: object) -> str:
    return "空" if value is None else str(value)


def run(args: argparse.Namespace) -> int:
    name = Path(args.report).name
    try:
        with Store(args.db, read_only=True) as store:
            # A store name is the file name, or <folder>/<name> for a second same-named file.
            report_id = store.id_by_name(args.report) or store.id_by_name(name)
            if report_id is None:
                print(f"审核库中没有报告 {name}：{store.path}", file=sys.stderr)
                return 2
            entries = ReviewService(store).history(report_id)
    except StoreError as e:
        print(f"无法读取历史：{e}", file=sys.stderr)
        return 2
    for entry in entries:  # oldest first
        print(entry_json(entry) if args.json else entry_line(entry))
    return 0
