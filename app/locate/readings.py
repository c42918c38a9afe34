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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from app.template import Column
from app.template.rules import Rule, SumRule

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
        self._clock_at = steps - _CLOCK_EVERY  # the clock is read every so many steps, not each one

    def spend(self, steps: int = 1) -> None:
        self.left -= steps
        if self.left < 0:
            raise OutOfBudget
        if self.left <= self._clock_at:
            self._clock_at = self.left - _CLOCK_EVERY
            if time.monotonic() > self.deadline:
                raise OutOfBudget


_CLOCK_EVERY = 1024


@dataclass(frozen=True)
class RowRules:
    """The sums that lie wholly inside one row, as column positions. (现行有效 ≥ 制发 is no
    placement rule: the source may break it, and a reading that does is still what it printed.)"""

    sums: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()  # (left, right) columns

    def holds(self, values: Sequence[float]) -> bool:
        return all(sum(values[i] for i in left) == sum(values[i] for i in right) for left, right in self.sums)

    def __bool__(self) -> bool:
        return bool(self.sums)


def row_rules(keys: Sequence[str], rules: Sequence[Rule]) -> RowRules:
    """The sums of `rules` whose cells are all among `keys` (found once per row of a template:
    the rules are the template's cached tuple, so it is known by identity, not hashed each time)."""
    key = (id(rules), tuple(keys))
    hit = _ROW_RULES.get(key)
    if hit is not None and hit[0] is rules:
        return hit[1]
    position = {k: i for i, k in enumerate(keys)}
    sums: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for rule in rules:
        if isinstance(rule, SumRule) and all(k in position for k in rule.left + rule.right):
            sums.append((tuple(position[k] for k in rule.left), tuple(position[k] for k in rule.right)))
    found = RowRules(tuple(sums))
    if len(_ROW_RULES) > 4096:
        _ROW_RULES.clear()
    _ROW_RULES[key] = (rules, found)
    return found


_ROW_RULES: dict[tuple[int, tuple[str, ...]], tuple[Sequence[Rule], RowRules]] = {}


def value_of(t: Tok | None) -> float:
    return float(t.value or 0) if t is not None else 0.0


def readings(values: Sequence[Tok], columns: Sequence[Column], rules: RowRules, *, cut: bool,
             budget: Budget, limit: int = 5000, full: bool = False) -> list[Reading]:
    """The readings of a row showing `values`; `cut` allows digit runs to be cut into cells.

    The enumeration walks the columns left to right, remembering for each (column, place in the
    values, open sums) the readings of the rest of the row, so branches that meet again (a 0 or a
    blank, the same partial sum) are explored once. Raises OutOfBudget when the budget runs out or
    more than `limit` readings fit."""
    k, n = len(columns), len(values)
    if n > k and not cut:
        return []
    if any(t.end - t.start >= _SPAN for t in values):
        return _readings(values, columns, rules, cut, budget, limit, full)
    # A row's readings depend on what it prints, not where: rows printing the same numbers (a
    # table of 0 0 rows, the same report imported twice) are enumerated once. The cache holds
    # each reading as cell specs relative to the row's own numbers.
    key = (tuple((t.kind, t.value, t.unit, t.text) for t in values), tuple(c.kind for c in columns),
           rules.sums, cut, full, limit)
    entry = _CACHE.get(key)
    if entry is None:
        canonical = [Tok(t.kind, i * _SPAN, i * _SPAN + t.end - t.start, t.value, t.unit, t.text, t.digits_only)
                     for i, t in enumerate(values)]
        found = _readings(canonical, columns, rules, cut, budget, limit, full)  # OutOfBudget is not kept
        entry = _Cached.of(found, canonical)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[key] = entry
    return entry.readings_of(values)


_SPAN = 1 << 20  # canonical positions: token i of a row starts at i * _SPAN
_CACHE_SIZE = 4096
_Piece = tuple[int, int, int, int | float | None, str, str, bool]  # token, offsets, value, unit, text, digits


@dataclass(frozen=True)
class _Cached:
    """A row's readings kept apart from where the row stands: the pieces cut from its numbers (as
    offsets from each number's start) and, per reading, the indices of its cells in the list
    [the row's numbers…, None, the pieces…]."""

    pieces: tuple[_Piece, ...]
    cells: tuple[Callable[[Sequence[Tok | None]], Reading], ...]

    @staticmethod
    def of(found: list[Reading], canonical: list[Tok]) -> _Cached:
        blank = len(canonical)
        pieces: dict[_Piece, int] = {}
        cells: list[Callable[[Sequence[Tok | None]], Reading]] = []
        for reading in found:
            where: list[int] = []
            for cell in reading:
                if cell is None:
                    where.append(blank)
                    continue
                i = cell.start // _SPAN
                if cell is canonical[i]:
                    where.append(i)
                    continue
                base = i * _SPAN
                piece = (i, cell.start - base, cell.end - base, cell.value, cell.unit, cell.text, cell.digits_only)
                where.append(blank + 1 + pieces.setdefault(piece, len(pieces)))
            if len(where) > 1:
                cells.append(itemgetter(*where))
            else:  # itemgetter of one index gives the item, not a 1-tuple
                cells.append(_Pick(tuple(where)))
        return _Cached(tuple(pieces), tuple(cells))

    def readings_of(self, values: Sequence[Tok]) -> list[Reading]:
        made = [Tok("num", values[i].start + a, values[i].start + b, value, unit, text, digits)
                for i, a, b, value, unit, text, digits in self.pieces]
        cells = [*values, None, *made]
        return [get(cells) for get in self.cells]


_CACHE: dict[tuple, _Cached] = {}


@dataclass(frozen=True)
class _Pick:
    where: tuple[int, ...]

    def __call__(self, cells: Sequence[Tok | None]) -> Reading:
        return tuple(cells[j] for j in self.where)


def _readings(values: Sequence[Tok], columns: Sequence[Column], rules: RowRules, cut: bool,
              budget: Budget, limit: int, full: bool) -> list[Reading]:
    k, n = len(columns), len(values)
    if cut and n and rules.sums == (((k - 1,), tuple(range(k - 1))),) and cuttable(values[-1:]):
        return _total_last(values, columns, budget, limit)
    return _enumerate(values, columns, rules, cut, budget, limit, full=full)


def _total_last(values: Sequence[Tok], columns: Sequence[Column], budget: Budget,
                limit: int) -> list[Reading]:
    """A row whose last cell is the total of the others, its digits run together: the total is
    one of the last digits of the run, and each choice bounds every other cell by it (a part is
    never larger than its total), so the cuts are found from the total backwards."""
    last = values[-1]
    digits = _CUTTABLE.fullmatch(last.text).group(1)  # type: ignore[union-attr]
    out: list[Reading] = []
    parts_columns = columns[:-1]
    sums = RowRules(((tuple(range(len(parts_columns))), ()),))  # the parts' sum, checked against a target
    for length in range(1, min(len(digits), MAX_CUT_DIGITS) + 1):
        tail = digits[-length:]
        if length > 1 and tail[0] == "0":
            continue
        total = int(tail)
        cut_at = len(digits) - length
        total_tok = last if cut_at == 0 else Tok("num", last.start + cut_at, last.end, total)
        head = list(values[:-1])
        if cut_at:
            rest = digits[:cut_at]
            head.append(Tok("num", last.start, last.start + cut_at, int(rest), text=rest))
        for reading in _enumerate(head, parts_columns, sums, True, budget, limit, target=total):
            out.append((*reading, total_tok))
            if len(out) > limit:
                raise OutOfBudget
    # The total left blank: the parts must all be 0.
    for reading in _enumerate(values, parts_columns, sums, True, budget, limit, target=0):
        out.append((*reading, None))
    return out


def _enumerate(values: Sequence[Tok], columns: Sequence[Column], rules: RowRules, cut: bool,
               budget: Budget, limit: int, target: int | None = None, full: bool = False) -> list[Reading]:
    """The readings of `values` over `columns` keeping `rules`; with `target`, `rules` holds one
    sum whose cells must add up to it (never exceeding it on the way: counts are not negative);
    with `full`, only readings that leave no cell blank."""
    k, n = len(columns), len(values)
    if n > k and not cut:
        return []
    caps = [MAX_CUT_AMOUNT_DIGITS if c.kind == "amount" else MAX_CUT_DIGITS for c in columns]
    if target is not None:
        caps = [min(cap, len(str(target))) for cap in caps]
    # Per column: (rule, coefficient) of each sum it takes part in, and the sums it closes.
    terms: list[list[tuple[int, int]]] = [[] for _ in range(k)]
    closes: list[list[int]] = [[] for _ in range(k)]
    for r, (left, right) in enumerate(rules.sums):
        for c in left:
            terms[c].append((r, 1))
        for c in right:
            terms[c].append((r, -1))
        closes[max(left + right)].append(r)
    memo: dict[tuple, list[tuple[Tok | None, ...]]] = {}
    produced = 0
    need = _cells_needed(values, cut, min(caps))

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

    def rest(c: int, i: int, offset: int, partial: tuple[float, ...]) -> list[tuple[Tok | None, ...]]:
        nonlocal produced
        key = (c, i, offset, partial)
        hit = memo.get(key)
        if hit is not None:
            return hit
        budget.spend()
        out: list[tuple[Tok | None, ...]] = []
        if c == k:
            if i == n:
                out.append(())
            memo[key] = out
            return out
        choices: list[tuple[Tok | None, int, int]] = []
        room = k - c - 1
        if not full and room >= need(i, offset):  # room to leave this cell blank
            choices.append((None, i, offset))
        if i < n:
            choices.extend(p for p in pieces(i, offset, c) if room >= need(p[1], p[2]))
        for cell, ni, no in choices:
            nxt: tuple[float, ...]
            if target is not None:
                total = partial[0] + value_of(cell)
                if total > target or (c == k - 1 and total != target):
                    continue
                nxt = (total,)
            elif terms[c]:
                v = value_of(cell)
                moved = list(partial)
                for r, sign in terms[c]:
                    moved[r] += sign * v
                if any(abs(moved[r]) > 1e-9 for r in closes[c]):
                    continue
                nxt = tuple(moved)
            else:
                nxt = partial
            for tail in rest(c + 1, ni, no, nxt):
                out.append((cell, *tail))
                produced += 1
                if produced > limit * 4:
                    raise OutOfBudget
        memo[key] = out
        return out

    found = rest(0, 0, 0, (0.0,) * len(rules.sums))
    if len(found) > limit:
        raise OutOfBudget
    return found


def _cells_needed(values: Sequence[Tok], cut: bool, cap: int):
    """need(i, offset): the fewest cells the values from token i (at digit `offset`) can fill —
    a 0 cannot begin a longer cell, so 0000000 needs seven."""
    n = len(values)
    least: list[list[int]] = []
    for t in values:
        m = _CUTTABLE.fullmatch(t.text) if cut and t.kind == "num" and t.text else None
        if m is None:
            least.append([1])
            continue
        d = m.group(1)
        best = [0] * (len(d) + 1)
        for o in range(len(d) - 1, -1, -1):
            options = [best[o + 1] + 1] if d[o] == "0" else \
                [best[o + length] + 1 for length in range(1, min(cap, len(d) - o) + 1)]
            best[o] = min(options)
        if stands_whole(t):
            best[0] = 1
        least.append(best[:len(d)])
    after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        after[i] = after[i + 1] + least[i][0]

    def need(i: int, offset: int) -> int:
        if i >= n:
            return 0
        return least[i][offset] + after[i + 1]

    return need


def cuttable(values: Sequence[Tok]) -> bool:
    """Some value is a digit run that could hold several cells."""
    return any(t.kind == "num" and len(t.text) > 1 and _CUTTABLE.fullmatch(t.text) for t in values)


def stands_whole(t: Tok) -> bool:
    """A value that may be one cell as printed: not a run like 00 or 031 that no cell prints."""
    return not (t.kind == "num" and len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit())
