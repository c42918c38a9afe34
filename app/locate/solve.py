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

from .readings import Budget, OutOfBudget, Reading, value_of

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
    terms: tuple[tuple[int, tuple[int, ...]], ...]  # (row, coefficient per cell) of undecided rows


def feasible(rows: Sequence[RowChoice], rules: Sequence[Rule], budget: Budget) -> list[set[int]] | None:
    """Per row, the indices of the readings that some combination keeping the rules uses.

    None when no combination keeps them even with up to two rules left out. Raises OutOfBudget."""
    return solve_rows(rows, rules, budget)[0]


def solve_rows(rows: Sequence[RowChoice], rules: Sequence[Rule], budget: Budget,
               most_dropped: int = _MAX_DROPPED) -> tuple[list[set[int]] | None, int]:
    """feasible(), and how many rules had to be left out (at most `most_dropped`)."""
    constraints = _constraints(rows, rules)
    if constraints is None:
        return [set(range(len(r.options))) for r in rows], 0
    # Each row's readings grouped by the numbers they contribute: the sums see no difference
    # between a blank and a 0, so such readings share one branch.
    groups: dict[int, dict[tuple[float, ...], list[int]]] = {}
    for r, row in enumerate(rows):
        if len(row.options) > 1:
            by_numbers: dict[tuple[float, ...], list[int]] = {}
            for o, reading in enumerate(row.options):
                by_numbers.setdefault(tuple(map(value_of, reading)), []).append(o)
            groups[r] = by_numbers
    for dropped in range(most_dropped + 1):
        found: list[set[int]] | None = None
        for left_out in combinations(range(len(constraints)), dropped):
            kept = [c for j, c in enumerate(constraints) if j not in left_out]
            result = _solve(rows, kept, groups, budget)
            if result is not None:
                found = result if found is None else [a | b for a, b in zip(found, result, strict=True)]
        if found is not None:
            return found, dropped
    return None, most_dropped


def _constraints(rows: Sequence[RowChoice], rules: Sequence[Rule]) -> list[_Constraint] | None:
    """The rules spanning several rows, with the contribution of fixed rows folded in; None when no
    row is undecided. Rules touching a cell no row holds are unknowable and left out, and so are
    rules the fixed rows alone already break (the source's own error, which the validator reports)."""
    owner: dict[str, tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for j, key in enumerate(row.keys):
            owner[key] = (r, j)
    if all(len(row.options) <= 1 for row in rows):
        return None
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
        constant = 0.0
        coefficients: dict[int, list[int]] = {}
        for key, sign in keys:
            r, j = owner[key]
            if len(rows[r].options) == 1:
                constant += sign * value_of(rows[r].options[0][j])
            elif len(rows[r].options) > 1:
                coefficients.setdefault(r, [0] * len(rows[r].keys))[j] += sign
        if not coefficients:
            if constant != 0:
                continue  # broken by what the source prints as it stands
            continue
        out.append(_Constraint(rule, constant, tuple((r, tuple(c)) for r, c in sorted(coefficients.items()))))
    return out


def _solve(rows: Sequence[RowChoice], constraints: Sequence[_Constraint],
           row_groups: dict[int, dict[tuple[float, ...], list[int]]], budget: Budget) -> list[set[int]] | None:
    free = [r for r, row in enumerate(rows) if len(row.options) > 1]
    # Rows in many rules first (三(七), then 一, 四 …): their choice fixes the others' targets.
    weight = {r: 0 for r in free}
    for c in constraints:
        for r, _ in c.terms:
            weight[r] += 1
    free.sort(key=lambda r: (-weight[r], len(rows[r].options)))
    step_of = {r: s for s, r in enumerate(free)}
    groups = [row_groups[r] for r in free]
    n_steps = len(free)
    # contribution[s][g][ci]: what group g of step s adds to constraint ci.
    touching: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in free]
    last_step = [0] * len(constraints)
    first_step = [n_steps] * len(constraints)
    for ci, c in enumerate(constraints):
        for r, coefficient in c.terms:
            s = step_of[r]
            touching[s].append((ci, coefficient))
            last_step[ci] = max(last_step[ci], s)
            first_step[ci] = min(first_step[ci], s)
    contributions: list[list[tuple[tuple[float, ...], dict[int, float]]]] = []
    for s in range(n_steps):
        step_groups: list[tuple[tuple[float, ...], dict[int, float]]] = []
        for numbers in groups[s]:
            added = {ci: float(sum(a * b for a, b in zip(coefficient, numbers, strict=True)))
                     for ci, coefficient in touching[s]}
            step_groups.append((numbers, added))
        contributions.append(step_groups)
    # Bounds on what steps after s can still add to each constraint.
    low = [[0.0] * len(constraints) for _ in range(n_steps + 1)]
    high = [[0.0] * len(constraints) for _ in range(n_steps + 1)]
    for s in range(n_steps - 1, -1, -1):
        low[s], high[s] = list(low[s + 1]), list(high[s + 1])
        for ci, _ in touching[s]:
            each = [g[1][ci] for g in contributions[s]]
            low[s][ci] += min(each)
            high[s][ci] += max(each)
    # Forward: states are the partial sums of all constraints (constants included).
    start = tuple(c.constant for c in constraints)
    layers: list[dict[tuple[float, ...], list[tuple[tuple[float, ...], int]]]] = []
    current: dict[tuple[float, ...], list] = {start: []}
    for s in range(n_steps):
        nxt: dict[tuple[float, ...], list[tuple[tuple[float, ...], int]]] = {}
        closing = [ci for ci, _ in touching[s] if last_step[ci] == s]
        for state in current:
            for g, (_, adds) in enumerate(contributions[s]):
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
    out = [set(range(len(row.options))) if len(row.options) <= 1 else set() for row in rows]
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
