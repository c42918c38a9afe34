"""Approved records as rows of plain values: the wide table (one row per report) and the long one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.record.status import status_label
from app.store import ApprovedRecord, Decision
from app.template import get_template

from .labels import DECISIONS_COLUMN, LONG_COLUMNS, META_COLUMNS, Header, cell_labels, cell_parts, field_keys

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers are kept."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def decisions_text(decisions: list[Decision]) -> str:
    """`finding id:结论[:note]` for each decision, joined by "; " (e.g. rule@cells:原报告错误:说明)."""
    parts = []
    for d in decisions:
        part = f"{d.finding_id}:{d.label}"
        parts.append(f"{part}:{d.note}" if d.note else part)
    return "; ".join(parts)


def wide_table(records: list[ApprovedRecord], header: Header) -> tuple[list[str], list[list[Any]]]:
    """(column names, rows): report facts, the fields in template order, then the decisions."""
    keys = field_keys(r.summary.template for r in records)
    labels = cell_labels()
    zh = header == "zh"
    columns = [label if zh else key for key, label in META_COLUMNS]
    columns += [labels[k] if zh else k for k in keys]
    columns.append(DECISIONS_COLUMN[1] if zh else DECISIONS_COLUMN[0])
    rows = []
    for r in records:
        s = r.summary
        meta = [s.source, s.agency, s.year, s.template, status_label(s.status) if zh else s.status,
                s.decided_at, s.decided_by, s.first_reviewer, "、".join(r.editors)]
        values = r.fields
        rows.append([neutralise(v) for v in meta] + [values.get(k) for k in keys]
                    + [neutralise(decisions_text(r.decisions))])
    return columns, rows


def long_rows(records: list[ApprovedRecord], header: Header) -> tuple[list[str], Iterator[list[Any]]]:
    """(column names, rows): one row per cell of each record's template, empty cells included."""
    zh = header == "zh"
    columns = [label if zh else key for key, label in LONG_COLUMNS]

    def rows() -> Iterator[list[Any]]:
        for r in records:
            s = r.summary
            template = get_template(s.template)
            facts = [neutralise(s.source), neutralise(s.agency), s.year, s.template]
            for cell in template.cells:
                if zh:
                    row, column = cell_parts(cell)
                    place = [template.table(cell.table).title, row, column]
                else:
                    place = [cell.table, cell.row.id, cell.column.id]
                yield facts + place + [cell.key, r.fields.get(cell.key)]

    return columns, rows()
