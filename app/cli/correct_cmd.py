"""`python -m app correct [--db DB] [--reviewer NAME] FILE.csv`: a list of fixes, one edit per row.

The CSV has the columns file,key,value,note (UTF-8 with or without BOM, or GB18030 as Excel saves
it). Each row goes through the review service like an edit in the window: history, revalidation,
refusal of approved or claimed reports. A refused row is named and skipped; the others go on.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from app.review import ReviewError, ReviewService, typed_value
from app.store import Store, StoreError

from .db_option import add_db_argument

COLUMNS = ("file", "key", "value", "note")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("csv", type=Path, metavar="FILE.csv", help="更正清单：列 file,key,value,note")
    add_db_argument(parser)
    parser.add_argument("--reviewer", default="", help="记入历史的审核人（默认当前系统用户名）")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of the list as dicts; raises ValueError with a Chinese message naming the file."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ValueError(f"无法读取更正清单：{path}（{e.strerror or e}）") from e
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(f"更正清单既不是 UTF-8 也不是 GB18030 编码：{path}")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS[:3] if c not in header]
    if missing:
        raise ValueError(f"更正清单缺少列 {','.join(missing)}（需要 file,key,value,note）：{path}")
    reader.fieldnames = header
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def run(args: argparse.Namespace) -> int:
    try:
        rows = read_rows(args.csv)
    except ValueError as e:
        print(f"更正中止：{e}", file=sys.stderr)
        return 2
    applied = unchanged = 0
    refused: list[str] = []
    try:
        with Store(args.db) as store:
            service = ReviewService(store, args.reviewer)
            for line, row in enumerate(rows, start=2):  # line 1 is the header
                where = f"第 {line} 行（{row.get('file', '')}，{row.get('key', '')}）"
                try:
                    changed = _apply(service, row)
                except ReviewError as e:  # CellValueError (not a value of the cell) included
                    refused.append(f"{where}：{e}")
                    continue
                applied += changed
                unchanged += not changed
    except StoreError as e:
        print(f"更正中止：{e}", file=sys.stderr)
        return 2
    for message in refused:
        print(f"未更正 {message}", file=sys.stderr)
    print(f"已更正 {applied} 行；数值本已相同 {unchanged} 行；拒绝 {len(refused)} 行")
    return 1 if refused else 0


def _apply(service: ReviewService, row: dict[str, str]) -> bool:
    """One row as one edit; True if the value changed."""
    given, key = row.get("file", ""), row.get("key", "")
    name = Path(given).name
    # A store name is the file name, or <folder>/<name> for a second same-named file.
    report_id = service.store.id_by_name(given) or service.store.id_by_name(name)
    if report_id is None:
        raise ReviewError(f"审核库中没有报告 {name or '（空）'}")
    template = service.store.load(report_id).record.tmpl
    cell = template.cell_by_key.get(key)
    if cell is None:
        raise ReviewError(f"模板 {template.version} 没有单元格 {key or '（空）'}")
    value = typed_value(cell, row.get("value", ""))
    before = len(service.history(report_id, key))
    service.set_cells(report_id, {key: value}, note=row.get("note") or "批量更正")
    return len(service.history(report_id, key)) > before
