"""Export of approved records: CSV (Excel/WPS), xlsx, wide (one row per report) or long (one per cell)."""

from __future__ import annotations

from pathlib import Path

from app.store import Store
from app.template import get_template

from .labels import Header
from .rows import decision_rows, long_rows, wide_table
from .writers import Cancel, ExportCancelled, ExportError, Progress, Tracker, write_csv
from .xlsx_book import write_book

SHEET = "已批准记录"
DECISIONS_SHEET = "问题与审核结论"


def export_approved(store: Store, out: str | Path, *, header: Header = "zh", long: bool = False,
                    xlsx: bool | None = None, everything: bool = False, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> int:
    """Writes every approved report to `out`; returns the number of data rows written.

    `xlsx` None means: xlsx when `out` ends with .xlsx, CSV otherwise. Only approved reports are
    exported (every report, whatever its status, with `everything`), each with its current
    (reviewed) values, status, reviewers and the reviewers' decisions.
    `progress(done, total)` hears of the rows written (both sheets of an xlsx); once `cancel()`
    is true the export stops with ExportCancelled, leaving no file (nor `.part`) behind and a
    file of that name as it was.
    """
    path = Path(out)
    if header not in ("zh", "keys"):
        raise ExportError(f"未知的表头类型：{header}（可用 zh 或 keys）")
    if path.is_dir():
        raise ExportError(f"导出路径是一个文件夹，请给出文件名：{path}")
    if not path.parent.is_dir():
        raise ExportError(f"导出文件夹不存在：{path.parent}")
    records = store.records() if everything else store.approved()
    as_xlsx = path.suffix.lower() == ".xlsx" if xlsx is None else xlsx
    neutral = not as_xlsx  # xlsx stores text as text; only CSV needs the formula guard
    columns, rows = long_rows(records, header, neutral=neutral) if long else wide_table(records, header,
                                                                                          neutral=neutral)
    total = sum(len(get_template(r.summary.template).cells) for r in records) if long else len(records)
    if as_xlsx:
        decision_columns, decisions = decision_rows(records)
        tracker = Tracker(total + len(decisions), progress, cancel)
        return write_book(path, [(SHEET, columns, rows), (DECISIONS_SHEET, decision_columns, decisions)], tracker)
    return write_csv(path, columns, rows, Tracker(total, progress, cancel))


__all__ = ["Cancel", "ExportCancelled", "ExportError", "Header", "Progress", "export_approved"]
