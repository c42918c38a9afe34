"""Amounts the locator converted by a unit it read in the table's header, not in the cell.

A header is the weakest evidence there is for a unit: wrapped one character per line, or run into
its neighbours' words, 本年收费金额（单位：万元） can be read as 元, and 3967 万元 becomes 0.3967 万元
— a number that looks reasonable and is wrong by ten thousand. So every amount whose value differs
from the number printed in its cell is named, with both numbers, for the reviewer to check the
header. (A cell that prints its own unit, 62.5万, is converted on its own evidence and not named.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.record import Finding, Origin, Value

from . import wording
from .compiled import CompiledTemplate

_PRINTED = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def check_units(ct: CompiledTemplate, values: Sequence[Value], provenance: Mapping[str, Origin],
                findings: list[Finding]) -> None:
    """Appends a warning per amount cell whose value is its printed number in another unit."""
    for i, cell in enumerate(ct.cells):
        if cell.kind != "amount":
            continue
        value, origin = values[i], provenance.get(ct.keys[i])
        if value is None or origin is None or origin.how not in ("read", "inferred"):
            continue  # a reviewer's value, or none
        if "万" in origin.raw or "元" in origin.raw:
            continue  # the cell states its own unit
        m = _PRINTED.search(origin.raw)
        if m is None:
            continue
        printed = float(m.group().replace(",", ""))
        if abs(printed - float(value)) <= 1e-9 * max(1.0, abs(printed)):
            continue
        where = f"{cell.row.display}（{cell.column.display}）" if cell.column.display else cell.row.display
        message = (f"{where}：原文数字为 {wording.number(printed)}，按表头所写的单位换算为 "
                   f"{wording.number(value)} {cell.column.unit}。表头单位可能读错，请对照原文核对")
        findings.append(Finding("unit_converted", "warning", (ct.keys[i],), message,
                                numbers={"printed": printed, "value": value}))
