"""The template's sums and bounds over one record, with a fix where the rules allow only one.

A failed sum is an error naming every cell it adds up and the numbers on each side. The fix
(`Finding.suggestion`) is offered only when exactly one cell can take exactly one valid value that
makes every rule it takes part in hold — a wrong suggestion would be a confident wrong number.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.record import Finding, Value

from . import wording
from .compiled import CompiledSum, CompiledTemplate

# A value this many times the largest other value of its table, in a failed rule, is flagged:
# a digit typed twice or a thousands separator read as a digit.
OUTLIER_FACTOR = 100
_TOLERANCE = 1e-9  # sums of decimal cells (counts are whole; this is for a mistyped 2.0000001)


def check_arithmetic(ct: CompiledTemplate, values: Sequence[Value], nums: Sequence[int | float],
                     findings: list[Finding]) -> None:
    """Appends a finding per failed sum and bound, then flags outliers among the failed sums' cells."""
    differences: dict[int, int | float] = {}  # failed sum position -> left - right
    for position, s in enumerate(ct.sums):
        left: int | float = 0
        for i in s.left:
            left += nums[i]
        right: int | float = 0
        for i in s.right:
            right += nums[i]
        if left != right and abs(left - right) > _TOLERANCE:
            differences[position] = left - right
    for position in differences:
        findings.append(_sum_finding(ct, ct.sums[position], values, nums,
                                     _suggest(ct, position, differences, values, nums)))
    for bound in ct.at_least:
        if nums[bound.larger] < nums[bound.smaller]:
            rule = bound.rule
            larger, smaller = values[bound.larger], values[bound.smaller]
            message = (f"{rule.scope}：{rule.larger_name}（{wording.number(larger)}）小于"
                       f"{rule.smaller_name}（{wording.number(smaller)}），请核对原表")
            findings.append(Finding(rule.id, "warning", (rule.larger, rule.smaller), message,
                                    numbers={"larger": larger, "smaller": smaller}))
    if differences:
        findings.extend(_outliers(ct, differences, nums))


def _sum_finding(ct: CompiledTemplate, s: CompiledSum, values: Sequence[Value],
                 nums: Sequence[int | float], suggestion: tuple[int, int] | None) -> Finding:
    rule = s.rule
    left = [values[i] for i in s.left]
    right = [values[i] for i in s.right]
    message = (f"{rule.left_name} ≠ {rule.right_name}（{rule.scope}）："
               f"{wording.terms(left)} ≠ {wording.terms(right)}")
    numbers = {"left": left, "right": right,
               "left_sum": sum(nums[i] for i in s.left), "right_sum": sum(nums[i] for i in s.right)}
    fix: dict[str, Value] | None = {ct.keys[suggestion[0]]: suggestion[1]} if suggestion is not None else None
    return Finding(rule.id, "error", tuple(ct.keys[i] for i in s.cells), message, fix, numbers)


def _required(ct: CompiledTemplate, position: int, i: int, differences: dict[int, int | float],
              nums: Sequence[int | float]) -> int | float:
    """The value cell i must take for the failed sum at `position` to hold, the others unchanged."""
    d = differences[position]
    return nums[i] - d if i in ct.sums[position].on_left else nums[i] + d


def _suggest(ct: CompiledTemplate, position: int, differences: dict[int, int | float],
             values: Sequence[Value], nums: Sequence[int | float]) -> tuple[int, int] | None:
    """The one (cell, value) of this failed sum that makes every sum the cell is in hold, if unique.

    A cell qualifies when all of its sums fail now and each requires the same valid count of it.
    Among several qualifying cells, the single blank cell of the sum is preferred: a blank is the
    unknown the printed rule determines; otherwise the choice is ambiguous and nothing is offered.
    """
    candidates: list[tuple[int, int]] = []
    for i in ct.sums[position].cells:
        value = _required(ct, position, i, differences, nums)
        if value < 0 or not ct.whole[i] or not float(value).is_integer():
            continue
        if all(p in differences and _required(ct, p, i, differences, nums) == value
               for p in ct.sums_of_cell[i]):
            candidates.append((i, int(value)))
    if len(candidates) == 1:
        return candidates[0]
    blanks = [i for i in ct.sums[position].cells if values[i] is None]
    if len(blanks) == 1:
        return next((c for c in candidates if c[0] == blanks[0]), None)
    return None


def _outliers(ct: CompiledTemplate, differences: dict[int, int | float],
              nums: Sequence[int | float]) -> list[Finding]:
    """The largest value of a table, when in a failed sum and far above every other value there."""
    involved = {i for p in differences for i in ct.sums[p].cells}
    found = []
    for position in sorted({ct.table_of_cell[i] for i in involved}):
        table, members = ct.tables[position]
        ranked = sorted(members, key=lambda i: nums[i], reverse=True)
        top = ranked[0]
        runner_up = nums[ranked[1]] if len(ranked) > 1 else 0
        if top in involved and nums[top] > OUTLIER_FACTOR * max(runner_up, 1):
            cell = ct.cells[top]
            message = (f"{cell.label}为 {wording.number(nums[top])}，远大于表{table.number}中其他数值"
                       f"（其次为 {wording.number(runner_up)}），可能多录了数位或把两个数连在了一起")
            found.append(Finding("outlier", "warning", (cell.key,), message,
                                 numbers={"value": nums[top], "next_largest": runner_up}))
    return found
