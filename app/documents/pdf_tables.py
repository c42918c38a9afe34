"""Ruled tables on a PDF page: from the lines drawn on it to cells (pure geometry).

A table printed with borders tells exactly which characters share a cell, which plain geometry
cannot: a long number wrapped onto a second line inside a narrow cell, or a label over two lines,
would otherwise read as two lines of the page. The rulings are merged per row/column, their
crossings found, and each smallest rectangle whose four corners are crossings joined by rulings
is a cell (the "lattice" approach of table extractors). Cells touching one another form a table;
only tables of at least two columns count, so a box drawn around a paragraph is not a table (a
single row is: the part of a table continued on the next page may be one row).

Coordinates are display points, origin top-left, as in pdf_layout.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

SNAP = 1.5  # rulings closer than this (points) are one line
REACH = 2.0  # a ruling may stop this short of a crossing and still meet it
MIN_LENGTH = 3.0  # shorter strokes are glyph parts or dots, not rulings
MAX_RULES = 1_000  # merged rulings per page: beyond this a page is a drawing and is not searched
MAX_CROSSINGS = 5_000  # a 70 x 70 lattice; table 三 has ~300
MAX_SPAN = 100  # boundaries a cell may reach across: bounds the search from a corner that closes no cell


class Rule(NamedTuple):
    """An axis-aligned ruling: at `position` (y if horizontal, else x) from `start` to `end`."""

    horizontal: bool
    position: float
    start: float
    end: float


@dataclass
class RuledTable:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    # Each cell as (first row, first column, last row + 1, last column + 1) in boundary indexes.
    cells: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._slot: dict[tuple[int, int], int] = {}
        for k, (r0, c0, r1, c1) in enumerate(self.cells):
            for r in range(r0, r1):
                for c in range(c0, c1):
                    self._slot[(r, c)] = k

    @property
    def top(self) -> float:
        return self.ys[0]

    def slots(self) -> list[list[int]]:
        """Grid rows x columns: the covering cell's index, or -1."""
        return [[self._slot.get((r, c), -1) for c in range(len(self.xs) - 1)] for r in range(len(self.ys) - 1)]

    def cell_at(self, x: float, y: float) -> int | None:
        if not (self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]):
            return None
        return self._slot.get((bisect_right(self.ys, y) - 1, bisect_right(self.xs, x) - 1))


def find_tables(rules: list[Rule]) -> list[RuledTable]:
    """The ruled tables the rulings draw, top to bottom."""
    horizontal = _merge([r for r in rules if r.horizontal and r.end - r.start >= MIN_LENGTH])
    vertical = _merge([r for r in rules if not r.horizontal and r.end - r.start >= MIN_LENGTH])
    if len(horizontal) + len(vertical) > MAX_RULES:
        return []
    crossings = {
        (v.position, h.position)
        for h in horizontal for v in vertical
        if h.start - REACH <= v.position <= h.end + REACH and v.start - REACH <= h.position <= v.end + REACH
    }
    if len(crossings) > MAX_CROSSINGS:
        return []
    cells = _cells(crossings, _Lines(horizontal), _Lines(vertical))
    return sorted((t for t in _group(cells) if t is not None), key=lambda t: t.top)


def _merge(rules: list[Rule]) -> list[Rule]:
    """Rulings on (nearly) the same line snapped together and joined where they touch."""
    merged: list[Rule] = []
    line: list[Rule] = []
    for rule in sorted(rules, key=lambda r: r.position):
        if line and rule.position - line[0].position > SNAP:
            merged += _join(line)
            line = []
        line.append(rule)
    return merged + _join(line)


def _join(line: list[Rule]) -> list[Rule]:
    """The stretches of one line: overlapping or touching rulings become one."""
    joined: list[Rule] = []
    for rule in sorted(line, key=lambda r: r.start):
        if joined and rule.start <= joined[-1].end + REACH:
            joined[-1] = joined[-1]._replace(end=max(joined[-1].end, rule.end))
        else:
            joined.append(rule._replace(position=line[0].position))
    return joined


class _Lines:
    """Which stretches of each line position are ruled."""

    def __init__(self, rules: list[Rule]) -> None:
        self._by_position: dict[float, list[Rule]] = defaultdict(list)
        for rule in rules:
            self._by_position[rule.position].append(rule)

    def joins(self, position: float, a: float, b: float) -> bool:
        return any(r.start - REACH <= a and b <= r.end + REACH for r in self._by_position.get(position, ()))


def _cells(crossings: set[tuple[float, float]], horizontal: _Lines, vertical: _Lines) -> list[tuple]:
    by_row: dict[float, list[float]] = defaultdict(list)
    by_column: dict[float, list[float]] = defaultdict(list)
    for x, y in sorted(crossings):
        by_row[y].append(x)
        by_column[x].append(y)
    cells = []
    for x, y in crossings:
        start_right, start_down = bisect_right(by_row[y], x), bisect_right(by_column[x], y)
        rights = by_row[y][start_right:start_right + MAX_SPAN]
        downs = by_column[x][start_down:start_down + MAX_SPAN]
        cell = _smallest_cell(x, y, rights, downs, crossings, horizontal, vertical)
        if cell:
            cells.append(cell)
    return cells


def _smallest_cell(x: float, y: float, rights: list[float], downs: list[float],
                   crossings: set[tuple[float, float]], horizontal: _Lines, vertical: _Lines) -> tuple | None:
    """The smallest rectangle from corner (x, y) down and right whose four sides are ruled."""
    for y2 in downs:
        if not vertical.joins(x, y, y2):
            break  # the left side stops here: no taller cell either
        for x2 in rights:
            if not horizontal.joins(y, x, x2):
                break
            if (x2, y2) in crossings and horizontal.joins(y2, x, x2) and vertical.joins(x2, y, y2):
                return (x, y, x2, y2)
    return None


def _group(cells: list[tuple]) -> list[RuledTable | None]:
    """Cells sharing a corner belong to one table (union-find over corners)."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, y0, x1, y1) in enumerate(cells):
        for corner in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            if corner in owner:
                parent[root(i)] = root(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[tuple]] = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[root(i)].append(cell)
    return [_table(group) for group in groups.values()]


def _table(cells: list[tuple]) -> RuledTable | None:
    xs = sorted({c[0] for c in cells} | {c[2] for c in cells})
    ys = sorted({c[1] for c in cells} | {c[3] for c in cells})
    if len(xs) < 3:
        return None  # a frame, or a single column (boxes drawn around paragraphs): not a table
    # A single ruled row of cells is one: the last row of a table split over pages, its label and
    # numbers (a long number wrapped inside its narrow cell) held together only by the rulings.
    column, row = {x: i for i, x in enumerate(xs)}, {y: i for i, y in enumerate(ys)}
    spans = sorted((row[y0], column[x0], row[y1], column[x1]) for x0, y0, x1, y1 in cells)
    return RuledTable(xs, ys, spans)
