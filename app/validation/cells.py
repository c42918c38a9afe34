"""Checks of single values: whole, not negative, a number at all; and one note per table of blanks."""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.record import Finding, Value

from . import wording
from .compiled import CompiledTemplate


def check_cells(ct: CompiledTemplate, values: Sequence[Value], skip_empty: set[int],
                findings: list[Finding]) -> list[int | float]:
    """Appends per-cell findings; returns the values the arithmetic uses (blank or invalid -> 0)."""
    nums: list[int | float] = [0] * len(values)
    empty: list[int] = []
    for i, v in enumerate(values):
        if type(v) is int:  # the common case, kept cheap
            nums[i] = v
            if v < 0 and ct.non_negative[i]:
                findings.append(_negative(ct, i, v))
        elif v is None:
            if i not in skip_empty:
                empty.append(i)
        elif isinstance(v, float) and not isinstance(v, bool):
            if not math.isfinite(v):
                findings.append(_finding(ct, i, "not_number", f"{ct.cells[i].label}不是有效数字，请按原表重新填写", v))
                continue
            nums[i] = v
            if ct.whole[i] and not v.is_integer():
                findings.append(_finding(ct, i, "not_whole",
                                         f"{ct.cells[i].label}应为整数（件数），现为 {wording.number(v)}", v))
            if v < 0 and ct.non_negative[i]:
                findings.append(_negative(ct, i, v))
        else:
            findings.append(_finding(ct, i, "not_number", f"{ct.cells[i].label}不是数字（“{v}”），请按原表重新填写", None))
    if empty:
        findings.extend(_empty_notes(ct, empty))
    return nums


def _finding(ct: CompiledTemplate, i: int, rule: str, message: str, value: Value) -> Finding:
    return Finding(rule, "error", (ct.keys[i],), message, numbers={"value": value})


def _negative(ct: CompiledTemplate, i: int, v: int | float) -> Finding:
    what = "金额" if ct.cells[i].kind == "amount" else "件数"
    return _finding(ct, i, "negative", f"{ct.cells[i].label}是负数：{wording.number(v)}（{what}不能小于 0）", v)


def _empty_notes(ct: CompiledTemplate, empty: list[int]) -> list[Finding]:
    """One warning per table naming all its blank cells, so the window can tint each of them."""
    by_table: dict[int, list[int]] = {}
    table_of_cell = ct.table_of_cell
    for i in empty:
        by_table.setdefault(table_of_cell[i], []).append(i)
    notes = []
    for position, members in by_table.items():
        table, all_cells = ct.tables[position]
        if len(members) == len(all_cells):
            message = f"表{table.number}的 {len(members)} 个单元格全部为空（原表未填写），校验时按 0 计算"
        else:
            message = (f"表{table.number}有 {len(members)} 个空单元格（原表未填写），校验时按 0 计算："
                       f"{wording.cell_names([ct.cells[i] for i in members])}")
        notes.append(Finding("empty_cell", "warning", tuple([ct.keys[i] for i in members]), message,
                             numbers={"count": len(members)}))
    return notes
