"""This year's 上年结转 against last year's 结转下年度继续办理, column by column."""

from __future__ import annotations

from app.record import Finding, Record
from app.template.rules import cross_year_pairs

from . import wording


def check_cross_year(record: Record, previous: Record) -> list[Finding]:
    """Warnings where the carry-over differs from last year's carry-forward (blank counts as 0).

    `previous` may follow the other template: the keys of both rows exist in each version. Records
    whose years are both known and not consecutive are not compared.
    """
    if record.year is not None and previous.year is not None and previous.year != record.year - 1:
        return []
    template = record.tmpl
    last_year = f"上年报告（{previous.year} 年）" if previous.year is not None else "上年报告"
    found = []
    for this_key, previous_key in cross_year_pairs(template):
        if previous_key not in previous.fields:
            continue
        now, before = record.fields.get(this_key), previous.fields.get(previous_key)
        if (now or 0) == (before or 0):
            continue
        this_cell = template.cell_by_key[this_key]
        before_cell = previous.tmpl.cell_by_key.get(previous_key)
        before_name = before_cell.label if before_cell else previous_key
        message = (f"{this_cell.label}为 {wording.number(now)}，与{last_year}的{before_name} "
                   f"{wording.number(before)} 不一致：本年“上年结转”应等于上年“结转下年度继续办理”")
        found.append(Finding("cross_year", "warning", (this_key,), message,
                             numbers={"this_year": now, "previous_year": before}))
    return found
