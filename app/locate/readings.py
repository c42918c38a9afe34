"""Every way the numbers printed in one row can fill the row's cells.

Flattening a page loses blank cells and sometimes the gaps between neighbouring cells
(`100010213` is 10, 0, 0, 1, 0, 2, 13 — or 1, 0, 0, 0, 10, 2, 13). A row's readings are the
placements of its numbers, in order, into its columns, with blanks where numbers are missing and
digit runs cut into cells. A cut never starts a cell with 0 (`031` is 0 and 31), and a cut-out
piece of a count is at most seven digits long. Only readings that keep the template's rules lying
wholly inside the row (its own total, table 四's block totals, 现行有效 ≥ 制发) are kept; the rules
between rows are the joint solve's (`solve.py`).

Enumeration is bounded by a `Budget`: a row whose readings are too many to list gives up with
`OutOfBudget`, and the caller leaves it unplaced with the reason.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from app.template import Column
from app.template.rules import AtLeastRule, Rule, SumRule

from .tokens import Tok

Reading = tuple[Tok | None, ...]  # one per column; None is a blank cell

MAX_CUT_DIGITS = 7  # a cell cut out of a digit run: counts beyond 9,999,999 are not real
MAX_CUT_AMOUNT_DIGITS = 12  # 元 amounts (2019 政府集中采购) are longer
_CUTTABLE = re.compile(r"(\d+)(\.\d+)?")


class OutOfBudget(Exception):
    """The work allowed for one table was used up."""


class Budget:
    """Steps and seconds one table's placement may spend."""

    def __init__(self, steps: int = 400_000, seconds: float = 1.0) -> None:
        self.left = steps
        self.deadline = time.monotonic() + seconds

    def spend(self, steps: int = 1) -> None:
        self.left -= steps
        if self.left < 0 or (self.left & 0x3FF == 0 and time.monotonic() > self.deadline):
            raise OutOfBudget


@dataclass(frozen=True)
class RowRules:
    """The rules that lie wholly inside one row, as column positions."""

    sums: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()  # (left, right) columns
    at_least: tuple[tuple[int, int], ...] = ()  # (larger, smaller) columns

    def holds(self, values: Sequence[float]) -> bool:
        return all(sum(values[i] for i in left) == sum(values[i] for i in right)
                   for left, right in self.sums) and all(values[a] >= values[b] for a, b in self.at_least)

    def closing(self, k: int) -> list[RowRules]:
        """Per column, the rules whose last cell it is (checked as soon as that cell is filled)."""
        out = [RowRules() for _ in range(k)]
        for left, right in self.sums:
            c = max(left + right)
            out[c] = RowRules(out[c].sums + ((left, right),), out[c].at_least)
        for a, b in self.at_least:
            c = max(a, b)
            out[c] = RowRules(out[c].sums, out[c].at_least + ((a, b),))
        return out

    def __bool__(self) -> bool:
        return bool(self.sums or self.at_least)


def row_rules(keys: Sequence[str], rules: Sequence[Rule]) -> RowRules:
    """The rules of `rules` whose cells are all among `keys`."""
    position = {k: i for i, k in enumerate(keys)}
    sums: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    at_least: list[tuple[int, int]] = []
    for rule in rules:
        if isinstance(rule, SumRule):
            if all(k in position for k in rule.left + rule.right):
                sums.append((tuple(position[k] for k in rule.left), tuple(position[k] for k in rule.right)))
        elif isinstance(rule, AtLeastRule) and rule.larger in position and rule.smaller in position:
            at_least.append((position[rule.larger], position[rule.smaller]))
    return RowRules(tuple(sums), tuple(at_least))


def value_of(t: Tok | None) -> float:
    return float(t.value or 0) if t is not None else 0.0


def readings(values: Sequence[Tok], columns: Sequence[Column], rules: RowRules, *, cut: bool,
             budget: Budget, limit: int = 5000) -> list[Reading]:
    """The readings of a row showing `values`; `cut` allows digit runs to be cut into cells.

    Raises OutOfBudget when the budget runs out or more than `limit` readings fit."""
    k, n = len(columns), len(values)
    if n > k and not cut:
        return []
    closing = rules.closing(k)
    caps = [MAX_CUT_AMOUNT_DIGITS if c.kind == "amount" else MAX_CUT_DIGITS for c in columns]
    cells: list[Tok | None] = [None] * k
    nums = [0.0] * k
    out: list[Reading] = []

    def pieces(i: int, offset: int, c: int):
        """(cell, next token, next offset) for the cell at column c taken from token i."""
        t = values[i]
        if offset == 0 and stands_whole(t):
            yield t, i + 1, 0
        m = _CUTTABLE.fullmatch(t.text) if cut and t.kind == "num" and t.text else None
        if m is None:
            return
        digits, frac = m.group(1), m.group(2) or ""
        spare = k - c - 1 - (n - i - 1)  # columns left for the rest of this token
        for length in range(1, len(digits) - offset + 1):
            piece = digits[offset:offset + length]
            if length > 1 and piece[0] == "0":
                break
            end = offset + length
            if end == len(digits):
                if offset > 0 and length <= caps[c]:  # the last cell cut from the run
                    value: int | float = float(piece + frac) if frac else int(piece)
                    yield Tok("num", t.start + offset, t.end, value, t.unit if frac else ""), i + 1, 0
                return
            if length > caps[c]:
                return
            if spare < 1 or len(digits) - end > caps[c] * spare:
                continue  # the rest of the run cannot fit the columns left
            yield Tok("num", t.start + offset, t.start + end, int(piece)), i, end

    def walk(c: int, i: int, offset: int) -> None:
        budget.spend()
        if c == k:
            if i == n:
                out.append(tuple(cells))
                if len(out) > limit:
                    raise OutOfBudget
            return
        if k - c - 1 >= n - i:  # room to leave this cell blank
            cells[c], nums[c] = None, 0.0
            if not closing[c] or closing[c].holds(nums):
                walk(c + 1, i, offset)
        if i < n:
            for piece, ni, no in pieces(i, offset, c):
                cells[c], nums[c] = piece, value_of(piece)
                if not closing[c] or closing[c].holds(nums):
                    walk(c + 1, ni, no)
            cells[c], nums[c] = None, 0.0

    walk(0, 0, 0)
    return out


def cuttable(values: Sequence[Tok]) -> bool:
    """Some value is a digit run that could hold several cells."""
    return any(t.kind == "num" and len(t.text) > 1 and _CUTTABLE.fullmatch(t.text) for t in values)


def stands_whole(t: Tok) -> bool:
    """A value that may be one cell as printed: not a run like 00 or 031 that no cell prints."""
    return not (t.kind == "num" and len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit())
