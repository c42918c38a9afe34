"""An xlsx a person reads: text stored as text (never run as a formula, no apostrophe shown), the
header row frozen and bold, columns as wide as their contents, and a second sheet with each
report's findings and decisions. Kept apart from writers.py, which owns CSV and file safety."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .writers import EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROWS, ExportError, Tracker, clean_text, replacing

MAX_COLUMN_CHARS = 60  # wider text wraps rather than making one column fill the screen
MIN_COLUMN_CHARS = 6
SAMPLE_ROWS = 200  # column widths from the header and the first rows: quick on a big export


def write_book(path: Path, sheets: Iterable[tuple[str, list[str], Iterable[list[Any]]]],
               tracker: Tracker | None = None) -> int:
    """Writes (name, columns, rows) sheets; returns the number of data rows of the first sheet."""
    from openpyxl import Workbook

    book = Workbook(write_only=False)
    book.remove(book.active)
    first = None
    for name, columns, rows in sheets:
        count = _write_sheet(book.create_sheet(name), columns, rows if tracker is None else tracker.rows(rows))
        if count >= EXCEL_MAX_ROWS:
            raise ExportError(f"共 {count} 行，超过 Excel 的行数上限 {EXCEL_MAX_ROWS - 1}，请导出为 CSV：{path}")
        first = count if first is None else first
    with replacing(path, tracker) as tmp:
        book.save(tmp)
    return first or 0


def _write_sheet(sheet, columns: list[str], rows: Iterable[list[Any]]) -> int:
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font

    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [_display_width(c) for c in columns]
    count = 0
    for row in rows:
        values = [_value(v) for v in row]
        sheet.append(values)
        count += 1
        for cell, value in zip(sheet[sheet.max_row], values, strict=False):
            if isinstance(value, str):
                cell.data_type = TYPE_STRING  # "=SUM(…)" in an agency name stays text, shown as typed
        if count <= SAMPLE_ROWS:
            widths = [max(w, _display_width(v)) for w, v in zip(widths, values, strict=False)]
    sheet.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width, MIN_COLUMN_CHARS), MAX_COLUMN_CHARS) + 2
    return count


def _value(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if not isinstance(value, str):
        # Anything else a damaged record may hold (a list, an object) is written as its JSON
        # text: openpyxl would refuse it, and an export must not fail over one cell.
        value = json.dumps(value, ensure_ascii=False)
    value = clean_text(value)  # control characters xlsx cannot hold
    if len(value) > EXCEL_MAX_CELL_CHARS:  # Excel refuses a workbook with a longer cell; CSV keeps it whole
        value = value[:EXCEL_MAX_CELL_CHARS - 1] + "…"
    return value


def _display_width(value: Any) -> int:
    """Columns in Excel's units: a Chinese character takes two."""
    if value is None:
        return 0
    text = str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
