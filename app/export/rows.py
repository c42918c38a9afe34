"""Approved records as rows of plain values: the wide table (one row per report) and the long one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.record.finding_kinds import rule_name, split_finding_id
from app.record.status import status_label
from app.record.times import local_time
from app.store import ApprovedRecord, Decision
from app.template import Template, get_template

from .labels import DECISIONS_COLUMN, LONG_COLUMNS, META_COLUMNS, Header, cell_labels, cell_parts, field_keys

MAX_CELLS_NAMED = 3  # a decision names this many cells, then says how many more
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _same(value: Any) -> Any:
    return value


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers are kept."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def decision_sentence(decision: Decision, template: Template) -> str:
    """One decision as an auditor reads it: the kind of problem, the cells, the conclusion, the
    reason, who and when — e.g. 合计与各列之和不符（三(一)（总计）等 7 格）：原报告错误，说明：原报告合计印错（乙，2026-12-02 08:25:38 (UTC+08:00)）."""
    rule, keys = split_finding_id(decision.finding_id)
    labels = [template.cell_by_key[k].label for k in keys if k in template.cell_by_key]
    cells = "、".join(labels[:MAX_CELLS_NAMED]) + (f" 等 {len(labels)} 格" if len(labels) > MAX_CELLS_NAMED else "")
    where = f"（{cells}）" if cells else ""
    note = f"，说明：{decision.note}" if decision.note else ""
    return f"{rule_name(rule)}{where}：{decision.label}{note}（{decision.reviewer}，{local_time(decision.at)}）"


def decisions_text(decisions: list[Decision], template: Template) -> str:
    """Every decision of a report as sentences, one after the other."""
    return "；".join(decision_sentence(d, template) for d in decisions)


def wide_table(records: list[ApprovedRecord], header: Header, *, neutral: bool = True
               ) -> tuple[list[str], list[list[Any]]]:
    """(column names, rows): report facts, the fields in template order, then the decisions.

    `neutral` guards text against spreadsheet formulas (CSV); an xlsx writer stores text as text."""
    guard = neutralise if neutral else _same
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
                local_time(s.decided_at), s.decided_by, s.first_reviewer, "、".join(r.editors)]
        values = r.fields
        rows.append([guard(v) for v in meta] + [values.get(k) for k in keys]
                    + [guard(decisions_text(r.decisions, get_template(s.template)))])
    return columns, rows


def long_rows(records: list[ApprovedRecord], header: Header, *, neutral: bool = True
              ) -> tuple[list[str], Iterator[list[Any]]]:
    """(column names, rows): one row per cell of each record's template, empty cells included."""
    guard = neutralise if neutral else _same
    zh = header == "zh"
    columns = [label if zh else key for key, label in LONG_COLUMNS]

    def rows() -> Iterator[list[Any]]:
        for r in records:
            s = r.summary
            template = get_template(s.template)
            facts = [guard(s.source), guard(s.agency), s.year, s.template]
            for cell in template.cells:
                if zh:
                    row, column = cell_parts(cell)
                    place = [template.table(cell.table).title, row, column]
                else:
                    place = [cell.table, cell.row.id, cell.column.id]
                yield facts + place + [cell.key, r.fields.get(cell.key)]

    return columns, rows()


def decision_rows(records: list[ApprovedRecord]) -> tuple[list[str], list[list[Any]]]:
    """(column names, rows) of the second sheet: each report's decided findings, one per line."""
    columns = ["来源文件", "机关", "年度", "问题类型", "单元格", "审核结论", "说明", "审核人", "时间"]
    rows: list[list[Any]] = []
    for r in records:
        s, template = r.summary, get_template(r.summary.template)
        for d in r.decisions:
            rule, keys = split_finding_id(d.finding_id)
            cells = "、".join(template.cell_by_key[k].label for k in keys if k in template.cell_by_key)
            rows.append([s.source, s.agency, s.year, rule_name(rule), cells, d.label, d.note, d.reviewer,
                         local_time(d.at)])
    return columns, rows
