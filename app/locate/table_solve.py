"""The open rows of one table decided together, by the readings the whole table's rules allow.

A cell is placed only when every combination of readings that keeps the table's rules gives it the
same value (a blank and a 0 are different values); it is then marked inferred with the reason. The
rest of the row stays unplaced, and its remaining readings go to the reviewer as candidates.

Two readings are conventions rather than arithmetic, because no arithmetic can tell which kind of
applicant a lone number belongs to: a row of table 三 showing two equal numbers is one applicant
column and its 总计, placed in the first column; a row showing one number is its 总计. Such a
reading is kept only when the whole table's rules still hold with it, is marked inferred, and
carries the other readings as candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.template import Column, Table
from app.template.rules import Rule

from .placement import Placement, unplaced
from .readings import (
    Budget,
    OutOfBudget,
    Reading,
    RowRules,
    cuttable,
    readings,
    row_rules,
    stands_whole,
    value_of,
)
from .solve import RowChoice, solve_rows

MAX_CANDIDATES = 12  # readings offered to the reviewer for one row

_BLANKS_LOST = "空白单元格在转换中丢失，按全表算术确定数字所在的列"
_RUN_TOGETHER = "相邻单元格的数字连在一起，按全表算术拆分"
_OWN_TOTAL_BROKEN = "本行数字与本行合计不符（原表如此），按全表算术确定数字所在的列"
_TWO_EQUAL = "只有两个相同的数字，算术不能确定属于哪一类申请人，按第一列和“总计”列放置"
_ONE_NUMBER = "只有一个数字，按“总计”列放置"
_RULES_LEFT_OUT = "本表有 {0} 条合计关系原文不成立，本行按其余关系确定"
_TOO_MANY = "本表可能的读法过多，未能在限定的计算量内确定"


@dataclass
class PlannedRow:
    keys: list[str]
    columns: list[Column]
    placement: Placement


def solve_table(table: Table, planned: list[PlannedRow], rules: Sequence[Rule], budget: Budget,
                glued: bool) -> bool:
    """Decides the open rows of `planned` in place; returns True when the table shows digits of
    neighbouring cells run together (evidence for reading table 二 the same way)."""
    saw_glue = False
    choices: list[RowChoice] = []
    for row in planned:
        p = row.placement
        if p.how == "open":
            try:
                options, needs_cut = _row_options(p.seen, row.columns, row_rules(row.keys, rules), glued, budget)
            except OutOfBudget:
                options, needs_cut = [], False
                p.note = _TOO_MANY
            saw_glue |= needs_cut
            if options:
                p.candidates = options
            else:
                row.placement = unplaced(len(row.keys), p.seen, p.note or
                                         f"本行有 {len(p.seen)} 个数字，应有 {len(row.keys)} 列，无法确定位置")
        choices.append(_choice(row))
    open_rows = [i for i, row in enumerate(planned) if row.placement.how == "open"]
    if not open_rows:
        return saw_glue
    try:
        found, dropped = solve_rows(choices, rules, budget)
    except OutOfBudget:
        found, dropped = None, 0
    checked = found is not None
    if found is None:
        # The source breaks more rules than the solve sets aside: each row keeps its readings.
        found = [set(range(len(c.options))) for c in choices]
    if table.layout == "grid":
        found = _with_conventions(planned, choices, found, rules, budget, dropped if checked else None)
    for i in open_rows:
        _decide(planned[i].placement, [choices[i].options[o] for o in sorted(found[i])])
        if checked and dropped:
            _decided_with_rules_left_out(planned[i].placement, choices[i].options, dropped)
    return saw_glue


def _decided_with_rules_left_out(p: Placement, options: list[Reading], dropped: int) -> None:
    """A row the solve decided only after setting aside sums the source breaks: which sums those
    are is itself a guess, so the row is offered with its other readings, for the reviewer to
    confirm (validation makes it an error, like a convention)."""
    if p.how != "inferred" or p.undecided or p.candidates or len(options) < 2:
        return
    chosen = tuple(p.cells)
    shown = tuple(_cell(t) for t in chosen)
    others = [r for r in options if tuple(_cell(t) for t in r) != shown]
    if not others:
        return
    p.note = _RULES_LEFT_OUT.format(dropped)
    p.candidates = [chosen, *others][:MAX_CANDIDATES]


def _choice(row: PlannedRow) -> RowChoice:
    p = row.placement
    if p.how == "open":
        return RowChoice(tuple(row.keys), list(p.candidates))
    if p.how == "unplaced":
        return RowChoice(tuple(row.keys), [])
    return RowChoice(tuple(row.keys), [tuple(p.cells)])


def _row_options(values: list, columns: list[Column], rules: RowRules, glued: bool,
                 budget: Budget) -> tuple[list[Reading], bool]:
    """The row's readings, and whether only cutting digit runs explains it."""
    whole = len(values) <= len(columns) and all(stands_whole(t) for t in values)
    options = readings(values, columns, rules, cut=False, budget=budget) if whole else []
    needs_cut = False
    if (glued or not options) and cuttable(values):
        cut = readings(values, columns, rules, cut=True, budget=budget)
        needs_cut = bool(cut) and not options
        options = cut or options
    if not options and rules:
        # The row breaks its own total as printed: its numbers still have places — where they
        # stand, or, cut, filling every cell of the row.
        if whole:
            options = readings(values, columns, RowRules(), cut=False, budget=budget)
        if cuttable(values):
            options += [r for r in readings(values, columns, RowRules(), cut=True, budget=budget, full=True)
                        if r not in options]
    return options, needs_cut


def _convention(options: list[Reading], total: int) -> tuple[int, str] | None:
    """The reading a convention picks among `options`, and its note: the row's numbers are one
    applicant column and its equal total (the first column), or the total alone."""
    for o, reading in enumerate(options):
        shown = [j for j, t in enumerate(reading) if t is not None]
        if shown == [0, total] and value_of(reading[0]) == value_of(reading[total]):
            return o, _TWO_EQUAL
    for o, reading in enumerate(options):
        if [j for j, t in enumerate(reading) if t is not None] == [total]:
            return o, _ONE_NUMBER
    return None


def _with_conventions(planned: list[PlannedRow], choices: list[RowChoice], found: list[set[int]],
                      rules: Sequence[Rule], budget: Budget, dropped: int | None) -> list[set[int]]:
    """Applies the conventions to rows the arithmetic leaves open, if the table's rules still hold
    (`dropped`: how many rules the solve set aside; None when no solve held, and the conventions are
    applied row by row, each one an error the reviewer confirms)."""
    if any(not c.options for c in choices):
        return found  # a row of unknown numbers: the rules through it cannot check a convention
    undecided = [i for i, row in enumerate(planned)
                 if row.placement.how == "open" and not _agrees([choices[i].options[o] for o in found[i]])]
    if not undecided:
        return found
    used = _columns_in_use(planned, choices, found)
    fixed: dict[int, int] = {}
    notes: dict[int, str] = {}
    for i in undecided:
        row = planned[i]
        total = next((j for j, c in enumerate(row.columns) if c.is_total), None)
        feasible_here = sorted(found[i])
        picked = _convention([choices[i].options[o] for o in feasible_here], total) if total is not None else None
        if picked is None:
            continue
        match = feasible_here[picked[0]]
        if not used <= {j for j, t in enumerate(choices[i].options[match]) if t is not None}:
            continue  # the table's certain rows fill columns the convention would leave empty
        fixed[i] = match
        notes[i] = picked[1]
    if not fixed:
        return found
    trial = [RowChoice(c.keys, [c.options[fixed[i]]]) if i in fixed else c for i, c in enumerate(choices)]
    result: list[set[int]] | None = [set(f) for f in found]
    if dropped is not None:
        try:
            # The conventions may not need more of the source's own errors than the table shows
            # without them. (Either way the reviewer must confirm them: validation makes each an error.)
            result, _ = solve_rows(trial, rules, budget, most_dropped=dropped)
        except OutOfBudget:
            return found
    if result is None:
        return found
    for i, o in fixed.items():
        p = planned[i].placement
        p.note = notes[i]
        alternatives = [choices[i].options[x] for x in sorted(found[i]) if x != o]
        p.candidates = [choices[i].options[o], *alternatives]  # the convention first
        result[i] = {0}
        choices[i] = RowChoice(choices[i].keys, p.candidates)
    return result


def _columns_in_use(planned: list[PlannedRow], choices: list[RowChoice], found: list[set[int]]) -> set[int]:
    """The applicant columns that the table's certain rows (read as printed, or left with one
    reading by the arithmetic) print a number in: the evidence that a convention fits the table."""
    used: set[int] = set()
    for i, row in enumerate(planned):
        options = [choices[i].options[o] for o in found[i]]
        if len(options) != 1 and not (options and _agrees(options)):
            continue
        total = next((j for j, c in enumerate(row.columns) if c.is_total), None)
        used |= {j for j, t in enumerate(options[0]) if t is not None and j != total}
    return used


def _cell(t) -> tuple[bool, float]:
    return (t is None, float(t.value or 0) if t is not None else 0.0)


def _agrees(options: list[Reading]) -> bool:
    if len(options) <= 1:
        return True
    first = [_cell(t) for t in options[0]]
    return all([_cell(t) for t in r] == first for r in options[1:])  # stops at the first difference


def _decide(p: Placement, options: list[Reading]) -> None:
    """Places the cells all remaining readings agree on; the others stay unplaced with candidates."""
    k = len(p.cells)
    if p.note in (_TWO_EQUAL, _ONE_NUMBER):
        chosen = p.candidates[0]
        p.cells, p.how, p.undecided = list(chosen), "inferred", set()
        p.candidates = p.candidates[:MAX_CANDIDATES]
        return
    first = options[0]
    settled = [j for j in range(k) if len({_cell(r[j]) for r in options}) == 1]
    if len(settled) < k:
        # Where a run of digits was cut, a piece's cell depends on where the undecided cells'
        # pieces end: a piece is settled only when the whole row is.
        settled = [j for j in settled if first[j] is None or first[j] in p.seen]
    if all(first[j] is None for j in settled):
        settled = []  # no number placed: the row's blanks are as unknown as its numbers
    p.cells = [first[j] if j in settled else None for j in range(k)]
    p.undecided = set(range(k)) - set(settled)
    cut = any(t is not None and t not in p.seen for r in options for t in r)
    if not p.note:
        p.note = _RUN_TOGETHER if cut else _BLANKS_LOST
    if not p.undecided:
        p.how, p.candidates = "inferred", []
        return
    p.how = "inferred" if any(t is not None for t in p.cells) else "unplaced"
    distinct: dict[tuple, Reading] = {}
    for r in options:
        distinct.setdefault(tuple(_cell(r[j]) for j in sorted(p.undecided)), r)
    # Readings that fill every cell first: a page more often glues its cells than loses them.
    ranked = sorted(distinct.values(), key=lambda r: sum(t is None for t in r))
    p.candidates = ranked[:MAX_CANDIDATES]
    p.unplaced_note = f"本行数字有 {len(distinct)} 种读法都符合全表算术，无法确定"
