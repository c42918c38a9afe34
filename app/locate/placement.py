"""Puts the numbers seen after a row label into the row's columns.

A row showing as many cells as the template has columns is read as printed. A row showing more
(an extra 序号 or 小计 column) keeps the one window that its own rules allow. A row showing fewer
(blank cells lost in flattening, digits of neighbouring cells run together) is left open here:
its readings are listed (`readings.py`) and the whole table decides among them (`table_solve.py`).
The rules come from the template (`app.template.rules`), the same the validator checks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .readings import Reading, RowRules, value_of
from .tokens import Tok

Check = Callable[[Sequence[float]], bool]
# read: as printed; inferred: placed by arithmetic or page positions; unplaced: no certain
# placement; open: readings listed, the table's solve decides.
PlaceHow = Literal["read", "inferred", "unplaced", "open"]


@dataclass
class Placement:
    cells: list[Tok | None]  # one per column; None leaves the cell empty
    how: PlaceHow = "read"
    note: str = ""
    seen: list[Tok] = field(default_factory=list)  # the value tokens the row showed
    undecided: set[int] = field(default_factory=set)  # columns whose number could not be placed
    candidates: list[Reading] = field(default_factory=list)  # readings still possible (for the reviewer)
    unplaced_note: str = ""  # why the undecided columns stay empty, when it differs from `note`
    anchor: int = 0  # where in the text a row that shows no number is reported


def place(run: list[Tok], k: int, rules: RowRules) -> Placement:
    run = _trim_layout_cells(run, k)
    values = [t for t in run if t.kind in ("num", "dash")]
    if len(run) == k and any(t.kind == "empty" for t in run):
        return Placement([t if t.kind != "empty" else None for t in run], "read", seen=values)
    if len(values) == k:
        return Placement(list(values), "read", seen=values)
    if not values:
        return Placement([None] * k, "read", seen=values)
    if len(values) > k:
        return _drop_extra(values, k, rules)
    return Placement([None] * k, "open", seen=values)


def unplaced(k: int, seen: list[Tok], note: str) -> Placement:
    return Placement([None] * k, "unplaced", note, seen, set(range(k)))


def _trim_layout_cells(run: list[Tok], k: int) -> list[Tok]:
    """More cells than columns, the extra ones empty at one end: an empty column a page adds after
    the table, or label columns a row's label does not span (ASCII-art tables). Only when the other
    end holds a value is it clear which end to trim."""
    if len(run) <= k:
        return run
    if run[-1].kind == "empty" and run[0].kind != "empty":
        while len(run) > k and run[-1].kind == "empty":
            run = run[:-1]
    elif run[0].kind == "empty" and run[-1].kind != "empty":
        while len(run) > k and run[0].kind == "empty":
            run = run[1:]
    return run


def _drop_extra(values: list[Tok], k: int, rules: RowRules) -> Placement:
    """More numbers than columns (an extra 序号 or 合计 column): one window must fit the arithmetic."""
    if rules:
        fits = [i for i in range(len(values) - k + 1) if rules.holds([value_of(t) for t in values[i:i + k]])]
        if len(fits) == 1:
            i = fits[0]
            return Placement(list(values[i:i + k]), "inferred", "本行数字多于列数，按合计关系取连续的一组", values)
    return unplaced(k, values, f"本行有 {len(values)} 个数字，多于 {k} 列，无法确定位置")


def fix_column_layout(plans: list[Placement], k: int, check: Check) -> None:
    """Readings of a whole table that no single row can make, decided by the arithmetic of all
    rows together: a 总计 column printed first, or one extra column (a 小计 of the organisations).
    A row of zeros proves nothing either way; at least two rows must show the pattern."""
    def values(cells: Sequence[Tok | None]) -> list[float]:
        return [value_of(t) for t in cells]

    direct = [p for p in plans if p.how == "read" and len(p.cells) == k and any(values(p.cells))]
    as_printed = sum(check(values(p.cells)) for p in direct)
    total_first = sum(check(values(p.cells[1:] + p.cells[:1])) for p in direct)
    if total_first >= 2 and as_printed == 0:
        for p in plans:
            if p.how == "read" and len(p.cells) == k:
                p.cells, p.how = p.cells[1:] + p.cells[:1], "inferred"
                p.note = "“总计”列印在最前，按合计关系调整列序"
    wide = [p for p in plans if p.how == "unplaced" and len(p.seen) == k + 1]
    telling = [p for p in wide if any(values(p.seen))]
    if len(telling) < 2:
        return
    fits = set(range(k + 1))
    for p in telling:
        row = values(p.seen)
        fits &= {j for j in range(k + 1) if check(row[:j] + row[j + 1:])}
    if len(fits) == 1:
        j = fits.pop()
        for p in wide:
            p.cells, p.how, p.undecided = [*p.seen[:j], *p.seen[j + 1:]], "inferred", set()
            p.note = f"本表多出一列（第 {j + 1} 列，如“小计”），按合计关系略去"
