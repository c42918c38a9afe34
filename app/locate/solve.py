"""One table's reading chosen as a whole: the combination of row readings that keeps its rules.

Each row brings its candidate readings (`readings.py`); the rules between rows come from the
template (`app.template.rules.rules_for`, the same rules the validator checks): the outcome rows
add up to 三(七) in every column, and 一+二 = 三(七)+四 in every column. The solve finds, for every
row, which of its readings take part in at least one combination that keeps every rule.

It is a dynamic programme over the rows: the state after a row is the partial sum of every rule
still open, pruned by what the remaining rows can still add (the bounds make a column whose total
is known close at once). Rules that the rows read as printed already break are the source's own
errors and are left out; when no combination keeps the rest, the solve tries leaving out one rule,
then two (a misprinted cell breaks its column's sum and balance together), and takes the readings
of every combination so found. A table whose combinations are too many for the budget raises
`OutOfBudget` and its uncertain rows stay unplaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from app.template.rules import Rule, SumRule

from .readings import Budget, OutOfBudget, Reading

_MAX_DROPPED = 2  # rules the source may break before the table is left to per-row readings


@dataclass
class RowChoice:
    """One row of the table: the cells it fills and its candidate readings."""

    keys: tuple[str, ...]
    options: list[Reading]


@dataclass(frozen=True)
class _Constraint:
    rule: SumRule
    constant: float  # what the rows with one reading contribute, left minus right
    # (row, what each of its reading groups adds) for the undecided rows: found once, used by
    # every subset of rules the solve tries.
    adds: tuple[tuple[int, tuple[float, ...]], ...]


def feasible(rows: Sequence[RowChoice], rules: Sequence[Rule], budget: Budget) -> list[set[int]] | None:
    """Per row, the indices of the readings that some combination keeping the rules uses.

    None when no combination keeps them even with up to two rules left out. Raises OutOfBudget."""
    return solve_rows(rows, rules, budget)[0]


def solve_rows(rows: Sequence[RowChoice], rules: Sequence[Rule], budget: Budget,
               most_dropped: int = _MAX_DROPPED) -> tuple[list[set[int]] | None, int]:
    """feasible(), and how many rules had to be left out (at most `most_dropped`)."""
    if all(len(row.options) <= 1 for row in rows):
        return [set(range(len(r.options))) for r in rows], 0
    # Each row's readings grouped by the numbers they contribute: the sums see no difference
    # between a blank and a 0, so such readings share one branch. A row whose readings all add
    # the same numbers (a row of 0s whose blanks were lost) is settled for the sums: it adds a
    # constant, like a row read as printed, and is no step of the search.
    groups: dict[int, dict[tuple[float, ...], list[int]]] = {}
    fixed: dict[int, tuple[float, ...]] = {}
    for r, row in enumerate(rows):
        if len(row.options) == 1:
            fixed[r] = tuple([0.0 if t is None else float(t.value or 0) for t in row.options[0]])
        elif len(row.options) > 1:
            by_numbers: dict[tuple[float, ...], list[int]] = {}
            for o, reading in enumerate(row.options):
                numbers = tuple([0.0 if t is None else float(t.value or 0) for t in reading])
                by_numbers.setdefault(numbers, []).append(o)
            if len(by_numbers) == 1:
                fixed[r] = next(iter(by_numbers))
            else:
                groups[r] = by_numbers
    constraints = _constraints(rows, rules, fixed, groups)
    whole = _solve(rows, constraints, groups, budget)
    if whole is not None:
        return whole, 0
    # A rule no reading keeps even on its own is broken in every combination: it is among those
    # left out, and only the sets of left-out rules that hold it need solving.
    broken = [j for j, c in enumerate(constraints) if _solve(rows, [c], groups, budget) is None]
    others = [j for j in range(len(constraints)) if j not in broken]
    for dropped in range(max(1, len(broken)), most_dropped + 1):
        found: list[set[int]] | None = None
        for more in combinations(others, dropped - len(broken)):
            left_out = {*broken, *more}
            kept = [c for j, c in enumerate(constraints) if j not in left_out]
            result = _solve(rows, kept, groups, budget)
            if result is not None:
                found = result if found is None else [a | b for a, b in zip(found, result, strict=True)]
        if found is not None:
            return found, dropped
    return None, most_dropped


def _constraints(rows: Sequence[RowChoice], rules: Sequence[Rule], fixed: dict[int, tuple[float, ...]],
                 groups: dict[int, dict[tuple[float, ...], list[int]]]) -> list[_Constraint]:
    """The rules spanning several rows, with the contribution of settled rows (`fixed`: their
    numbers) folded in. Rules touching a cell no row holds are unknowable and left out, and so are
    rules that rows read as printed already break (the source's own error, which the validator
    reports). A rule through undecided rows whose numbers are all settled stays, as a constant: it
    holds or it is one of the rules the solve must set aside."""
    owner: dict[str, tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for j, key in enumerate(row.keys):
            owner[key] = (r, j)
    out: list[_Constraint] = []
    for rule in rules:
        if not isinstance(rule, SumRule):
            continue
        keys = [(key, 1) for key in rule.left] + [(key, -1) for key in rule.right]
        if any(key not in owner for key, _ in keys):
            continue
        touched = {owner[key][0] for key, _ in keys}
        if len(touched) < 2:
            continue  # a rule inside one row: its readings already keep it
        if any(not rows[r].options for r in touched):
            continue  # through a row whose numbers are unknown: it constrains nothing
        constant = 0.0
        coefficients: dict[int, list[int]] = {}
        for key, sign in keys:
            r, j = owner[key]
            if r in fixed:
                constant += sign * fixed[r][j]
            else:
                coefficients.setdefault(r, [0] * len(rows[r].keys))[j] += sign
        if not any(len(rows[r].options) > 1 for r in touched):
            continue  # read as printed throughout: broken or not, the source's own (the validator's)
        adds = []
        for r, c in sorted(coefficients.items()):
            cells = [(j, sign) for j, sign in enumerate(c) if sign]  # a rule takes one or two cells of a row
            adds.append((r, tuple(float(sum(numbers[j] * sign for j, sign in cells)) for numbers in groups[r])))
        out.append(_Constraint(rule, constant, tuple(adds)))
    return out


def _solve(rows: Sequence[RowChoice], constraints: Sequence[_Constraint],
           row_groups: dict[int, dict[tuple[float, ...], list[int]]], budget: Budget) -> list[set[int]] | None:
    if any(not c.adds and abs(c.constant) > 1e-9 for c in constraints):
        return None  # a rule through settled rows only, and they break it
    # Only rows some kept rule passes through are steps; every reading of the others fits.
    free = sorted({r for c in constraints for r, _ in c.adds})
    # Rows in many rules first (三(七), then 一, 四 …): their choice fixes the others' targets.
    weight = {r: 0 for r in free}
    for c in constraints:
        for r, _ in c.adds:
            weight[r] += 1
    free.sort(key=lambda r: (-weight[r], len(rows[r].options)))
    step_of = {r: s for s, r in enumerate(free)}
    groups = [row_groups[r] for r in free]
    n_steps = len(free)
    # contribution[s][g][ci]: what group g of step s adds to constraint ci.
    touching: list[list[tuple[int, tuple[float, ...]]]] = [[] for _ in free]
    last_step = [0] * len(constraints)
    first_step = [n_steps] * len(constraints)
    for ci, c in enumerate(constraints):
        for r, per_group in c.adds:
            s = step_of[r]
            touching[s].append((ci, per_group))
            last_step[ci] = max(last_step[ci], s)
            first_step[ci] = min(first_step[ci], s)
    contributions = [[{ci: per_group[g] for ci, per_group in touching[s]} for g in range(len(groups[s]))]
                     for s in range(n_steps)]
    # Bounds on what steps after s can still add to each constraint.
    low = [[0.0] * len(constraints) for _ in range(n_steps + 1)]
    high = [[0.0] * len(constraints) for _ in range(n_steps + 1)]
    for s in range(n_steps - 1, -1, -1):
        low[s], high[s] = list(low[s + 1]), list(high[s + 1])
        for ci, per_group in touching[s]:
            low[s][ci] += min(per_group)
            high[s][ci] += max(per_group)
    # Forward: states are the partial sums of all constraints (constants included).
    start = tuple(c.constant for c in constraints)
    layers: list[dict[tuple[float, ...], list[tuple[tuple[float, ...], int]]]] = []
    current: dict[tuple[float, ...], list] = {start: []}
    for s in range(n_steps):
        nxt: dict[tuple[float, ...], list[tuple[tuple[float, ...], int]]] = {}
        closing = [ci for ci, _ in touching[s] if last_step[ci] == s]
        for state in current:
            for g, adds in enumerate(contributions[s]):
                budget.spend()
                new = list(state)
                for ci, add in adds.items():
                    new[ci] += add
                if any(abs(new[ci]) > 1e-9 for ci in closing):
                    continue
                if any(new[ci] + low[s + 1][ci] > 1e-9 or new[ci] + high[s + 1][ci] < -1e-9
                       for ci, _ in touching[s] if last_step[ci] > s):
                    continue
                nxt.setdefault(tuple(new), []).append((state, g))
        if not nxt:
            return None
        layers.append(nxt)
        current = nxt
    # Backward: keep the edges that reach the end.
    stepped = set(free)
    out = [set() if r in stepped else set(range(len(row.options))) for r, row in enumerate(rows)]
    alive = set(layers[-1]) if layers else set()
    for s in range(n_steps - 1, -1, -1):
        before: set[tuple[float, ...]] = set()
        keys = list(groups[s])
        for state in alive:
            for prev, g in layers[s][state]:
                before.add(prev)
                out[free[s]].update(groups[s][keys[g]])
        alive = before
    return out


__all__ = ["Budget", "OutOfBudget", "RowChoice", "feasible", "solve_rows"]
