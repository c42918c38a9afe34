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
from dataclasses import dataclass, field
from itertools import combinations

from app.template.rules import Rule, SumRule

from .readings import Budget, OutOfBudget, Reading

_MAX_DROPPED = 2  # rules the source may break before the table is left to per-row readings


@dataclass
class RowChoice:
    """One row of the table: the cells it fills and its candidate readings."""

    keys: tuple[str, ...]
    options: list[Reading]
    # The readings grouped by the numbers they add (see solve_rows), found once: a table is
    # solved again with its conventions applied, and most of its rows are the same RowChoice.
    by_numbers: dict[tuple[float, ...], list[int]] | None = field(default=None, init=False, repr=False,
                                                                 compare=False)

    def numbers(self) -> dict[tuple[float, ...], list[int]]:
        if self.by_numbers is None:
            grouped: dict[tuple[float, ...], list[int]] = {}
            for o, reading in enumerate(self.options):
                grouped.setdefault(tuple([0.0 if t is None else float(t.value or 0) for t in reading]), []).append(o)
            self.by_numbers = grouped
        return self.by_numbers


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
        if row.options:
            by_numbers = row.numbers()
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
    broken = [j for j, c in enumerate(constraints) if not _keepable(c, budget)]
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
    out: list[_Constraint] = []
    for rule, cells, touched in _rules_across_rows(rules, tuple(row.keys for row in rows)):
        if any(not rows[r].options for r in touched):
            continue  # through a row whose numbers are unknown: it constrains nothing
        if not any(len(rows[r].options) > 1 for r in touched):
            continue  # read as printed throughout: broken or not, the source's own (the validator's)
        constant = 0.0
        coefficients: dict[int, list[int]] = {}
        for r, j, sign in cells:
            if r in fixed:
                constant += sign * fixed[r][j]
            else:
                coefficients.setdefault(r, [0] * len(rows[r].keys))[j] += sign
        adds = []
        for r, c in sorted(coefficients.items()):
            taken = [(j, sign) for j, sign in enumerate(c) if sign]  # a rule takes one or two cells of a row
            adds.append((r, tuple(float(sum(numbers[j] * sign for j, sign in taken)) for numbers in groups[r])))
        out.append(_Constraint(rule, constant, tuple(adds)))
    return out


_Across = tuple[tuple[SumRule, tuple[tuple[int, int, int], ...], frozenset[int]], ...]
_ACROSS: dict[tuple[int, tuple[tuple[str, ...], ...]], tuple[Sequence[Rule], _Across]] = {}


def _rules_across_rows(rules: Sequence[Rule], row_keys: tuple[tuple[str, ...], ...]) -> _Across:
    """The sum rules whose cells all lie in these rows and span two or more of them, each with its
    cells as (row, column, sign) and the rows it touches. Found once per template and table shape
    (the rules are the template's cached tuple; every document of a template asks the same)."""
    hit = _ACROSS.get((id(rules), row_keys))
    if hit is not None and hit[0] is rules:
        return hit[1]
    owner: dict[str, tuple[int, int]] = {}
    for r, keys in enumerate(row_keys):
        for j, key in enumerate(keys):
            owner[key] = (r, j)
    found = []
    for rule in rules:
        if not isinstance(rule, SumRule):
            continue
        signed = [(key, 1) for key in rule.left] + [(key, -1) for key in rule.right]
        if any(key not in owner for key, _ in signed):
            continue
        cells = tuple((*owner[key], sign) for key, sign in signed)
        touched = frozenset(r for r, _, _ in cells)
        if len(touched) >= 2:  # a rule inside one row: its readings already keep it
            found.append((rule, cells, touched))
    if len(_ACROSS) > 256:  # templates x table shapes: a handful; bounded all the same
        _ACROSS.clear()
    _ACROSS[id(rules), row_keys] = (rules, tuple(found))
    return tuple(found)


def _keepable(c: _Constraint, budget: Budget) -> bool:
    """Whether some choice of readings keeps this one rule: the sums it can reach, row by row,
    pruned by what the remaining rows can still add (what _solve finds for a single rule, without
    the layers it keeps to tell which readings were used)."""
    low = sum(min(per_group) for _, per_group in c.adds)
    high = sum(max(per_group) for _, per_group in c.adds)
    reach = {c.constant}
    for _, per_group in c.adds:
        adds = set(per_group)
        low -= min(adds)
        high -= max(adds)
        budget.spend(len(reach) * len(adds))
        reach = {x + a for x in reach for a in adds if x + a + low <= 1e-9 and x + a + high >= -1e-9}
        if not reach:
            return False
    return any(-1e-9 <= x <= 1e-9 for x in reach)


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
        # Rules still open after this step, with what the later steps can still add to them.
        bounds = [(ci, low[s + 1][ci], high[s + 1][ci]) for ci, _ in touching[s] if last_step[ci] > s]
        steps = [tuple(adds.items()) for adds in contributions[s]]
        budget.spend(len(current) * len(steps))
        for state in current:
            for g, adds in enumerate(steps):
                new = list(state)
                for ci, add in adds:
                    new[ci] += add
                if _keeps(new, closing, bounds):
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


def _keeps(sums: list[float], closing: list[int], bounds: list[tuple[int, float, float]]) -> bool:
    """Whether partial sums close every rule ending here and can still close the open ones."""
    for ci in closing:
        if sums[ci] > 1e-9 or sums[ci] < -1e-9:
            return False
    for ci, low, high in bounds:
        v = sums[ci]
        if v + low > 1e-9 or v + high < -1e-9:
            return False
    return True


__all__ = ["Budget", "OutOfBudget", "RowChoice", "feasible", "solve_rows"]
