"""Puts the numbers seen after a row label into the row's columns.

When a row shows as many cells as the template has columns, each goes where it stands. When it
shows fewer (blank cells lost in flattening) or digits of neighbouring cells ran together, the
template's arithmetic decides, and the placement is marked inferred. When more than one placement
fits, nothing is placed: the reviewer gets the raw numbers and an error, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from .tokens import Tok

Check = Callable[[Sequence[float]], bool]
PlaceHow = Literal["read", "inferred", "unplaced"]

_MAX_SPLIT_STEPS = 20000


@dataclass
class Placement:
    cells: list[Tok | None]  # one per column; None leaves the cell empty
    how: PlaceHow = "read"
    note: str = ""
    seen: list[Tok] = field(default_factory=list)  # the value tokens the row showed


def row_sum_check(total_index: int) -> Check:
    """The other cells of the row add up to the cell at total_index (empty counts as 0)."""

    def check(values: Sequence[float]) -> bool:
        return sum(values[:total_index]) + sum(values[total_index + 1:]) == values[total_index]

    return check


def blocks_check(block: int) -> Check:
    """Every block of `block` values ends with their total (table 四)."""

    def check(values: Sequence[float]) -> bool:
        return all(sum(values[i:i + block - 1]) == values[i + block - 1] for i in range(0, len(values), block))

    return check


def place(run: list[Tok], k: int, check: Check | None = None, total_index: int | None = None) -> Placement:
    run = _trim_layout_cells(run, k)
    values = [t for t in run if t.kind in ("num", "dash")]
    if len(run) == k and any(t.kind == "empty" for t in run):
        return Placement([t if t.kind != "empty" else None for t in run], "read", seen=values)
    if len(values) == k:
        return Placement(list(values), "read", seen=values)
    if not values:
        return Placement([None] * k, "read", seen=values)
    if len(values) > k:
        return _drop_extra(values, k, check)
    blanks_lost = check is not None and total_index is not None
    if blanks_lost and len(values) == 2 and values[0].value == values[1].value and total_index == k - 1:
        # Blank applicant cells vanish when a page is flattened: two equal numbers are one
        # applicant column and the total. This reading beats any split of their digits
        # (2724 2724 must not become 2+7+2+4+2+7=24).
        cells: list[Tok | None] = [None] * k
        cells[0], cells[total_index] = values[0], values[1]
        return Placement(cells, "inferred", "只有两个相同的数字，按第一列和“总计”列放置", values)
    split = _split_run_together(values, k, check)
    if split is not None:
        return split
    if blanks_lost and len(values) == 1:
        cells = [None] * k
        cells[total_index] = values[0]
        return Placement(cells, "inferred", "只有一个数字，按“总计”列放置", values)
    return Placement([None] * k, "unplaced", f"本行有 {len(values)} 个数字，应有 {k} 列，无法确定位置", values)


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


def _drop_extra(values: list[Tok], k: int, check: Check | None) -> Placement:
    """More numbers than columns (an extra 序号 or 合计 column): one window must fit the arithmetic."""
    if check is not None:
        fits = [i for i in range(len(values) - k + 1) if check([_num(t) for t in values[i:i + k]])]
        if len(fits) == 1:
            i = fits[0]
            return Placement(list(values[i:i + k]), "inferred", "本行数字多于列数，按合计关系取连续的一组", values)
    return Placement([None] * k, "unplaced", f"本行有 {len(values)} 个数字，多于 {k} 列，无法确定位置", values)


def _num(t: Tok) -> float:
    return float(t.value or 0)


def _split_run_together(values: list[Tok], k: int, check: Check | None) -> Placement | None:
    """Digits of neighbouring cells printed without a gap (351000238): the split that satisfies the
    arithmetic, if exactly one does."""
    if check is None or not any(t.digits_only for t in values):
        return None
    digit_count = sum(len(_digits(t)) if t.digits_only else 1 for t in values)
    if digit_count < k:
        return None
    solutions: list[list[Tok]] = []
    steps = 0

    def parts_of(t: Tok, n: int):
        d = _digits(t)
        for cuts in combinations(range(1, len(d)), n - 1):
            bounds = (0, *cuts, len(d))
            pieces = [d[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            if any(len(p) > 1 and p[0] == "0" for p in pieces):
                continue
            yield [Tok("num", t.start + a, t.start + b, int(d[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)]

    def walk(i: int, left: int, acc: list[Tok]) -> None:
        nonlocal steps
        steps += 1
        if len(solutions) > 1 or steps > _MAX_SPLIT_STEPS:
            return
        if i == len(values):
            if left == 0 and check([_num(t) for t in acc]):
                solutions.append(list(acc))
            return
        t = values[i]
        rest_min = len(values) - i - 1
        if not t.digits_only:
            walk(i + 1, left - 1, acc + [t])
            return
        for n in range(1, min(len(_digits(t)), left - rest_min) + 1):
            for pieces in parts_of(t, n):
                walk(i + 1, left - n, acc + pieces)

    walk(0, k, [])
    if len(solutions) == 1 and steps <= _MAX_SPLIT_STEPS:
        return Placement(list(solutions[0]), "inferred", "相邻单元格的数字连在一起，按合计关系拆分", values)
    if solutions:
        return Placement([None] * k, "unplaced", "相邻单元格的数字连在一起，有多种拆法，无法确定", values)
    return None


def _digits(t: Tok) -> str:
    return t.text  # the digit string as printed, leading zeros included


def fix_column_layout(plans: list[Placement], k: int, check: Check) -> None:
    """Readings of a whole table that no single row can make, decided by the arithmetic of all
    rows together: a 总计 column printed first, or one extra column (a 小计 of the organisations).
    A row of zeros proves nothing either way; at least two rows must show the pattern."""
    def values(cells: Sequence[Tok | None]) -> list[float]:
        return [_num(t) if t is not None else 0.0 for t in cells]

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
            p.cells, p.how = p.seen[:j] + p.seen[j + 1:], "inferred"
            p.note = f"本表多出一列（第 {j + 1} 列，如“小计”），按合计关系略去"
