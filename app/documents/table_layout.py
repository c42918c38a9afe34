"""Placing the cells of a table on a rectangular grid, with merged cells expanded.

HTML says how far a cell reaches (rowspan/colspan) and leaves the covered positions out of later
rows; Word writes a placeholder cell at each covered position (vMerge="continue"). Both end as a
`TableLayout`: the cell texts and, for every grid position, the index of the cell covering it (-1
where no cell does). A cell's first position in row-major order is its own top-left corner: merges
only reach right and down. Hostile spans are clamped (see limits).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from .limits import MAX_COLSPAN, MAX_ROWSPAN, MAX_SPAN_WORK, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS

HOLE = -1
_ROWS_CUT = f"表格超过 {MAX_TABLE_ROWS} 行，多出的行未读取"
_COLUMNS_CUT = f"表格超过 {MAX_TABLE_COLUMNS} 列，多出的列未读取"


@dataclass
class TableLayout:
    texts: list[str]  # one per source cell, in reading order
    slots: list[list[int]]  # rows x columns: index into texts, or HOLE
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.texts


class SpannedCell(NamedTuple):
    """An HTML <td>/<th>: rowspan 0 means "to the last row" as in HTML. place_html_rows takes any
    (text, rowspan, colspan) tuple: the HTML reader makes one per cell of every page and passes
    plain tuples, which are several times cheaper to create than named ones."""

    text: str
    rowspan: int = 1
    colspan: int = 1


class WordCell(NamedTuple):
    """A Word <w:tc>: `vmerge` "continue" repeats the cell above, "restart" begins a merge. (A
    tuple, as one is made per cell of every table.)"""

    text: str
    grid_span: int = 1
    vmerge: Literal["", "restart", "continue"] = ""
    hmerge_continue: bool = False  # legacy horizontal merge: repeats the cell on the left


@dataclass(frozen=True)
class WordRow:
    cells: Sequence[WordCell]
    grid_before: int = 0  # grid columns skipped before the first cell


class _Grid:
    """The growing grid shared by both placements."""

    def __init__(self, row_count: int) -> None:
        self.texts: list[str] = []
        self.slots: list[list[int]] = [[] for _ in range(row_count)]
        self.notes: list[str] = []

    def new_cell(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts) - 1

    def fill(self, row: int, column: int, width: int, cell: int) -> None:
        """Sets free positions of row[column:column+width] to cell (an earlier span keeps its own)."""
        line = self.slots[row]
        if len(line) < column + width:
            line.extend([HOLE] * (column + width - len(line)))
        for c in range(column, column + width):
            if line[c] == HOLE:
                line[c] = cell

    def layout(self) -> TableLayout:
        width = max((len(line) for line in self.slots), default=0)
        rows = [line + [HOLE] * (width - len(line)) for line in self.slots if line.count(HOLE) < len(line)]
        return TableLayout(self.texts, rows, self.notes)


def place_html_rows(rows: Sequence[Sequence[SpannedCell | tuple[str, int, int]]]) -> TableLayout:
    """The HTML table model: each cell takes the first free position of its row."""
    grid = _Grid(min(len(rows), MAX_TABLE_ROWS))
    if len(rows) > MAX_TABLE_ROWS:
        grid.notes.append(_ROWS_CUT)
        rows = rows[:MAX_TABLE_ROWS]
    texts = grid.texts
    work = 0
    cut_columns = spans_ignored = False
    for r, row in enumerate(rows):
        line = grid.slots[r]
        c = 0
        for text, rowspan, colspan in row:
            while c < len(line) and line[c] != HOLE:
                c += 1
            if c >= MAX_TABLE_COLUMNS:
                cut_columns = True
                break
            if rowspan == colspan == 1 and c == len(line) and work < MAX_SPAN_WORK:
                # The common unmerged cell at the end of its row: nothing to clamp or fill.
                work += 1
                line.append(len(texts))
                texts.append(text)
                c += 1
                continue
            colspan = max(1, min(colspan, MAX_COLSPAN, MAX_TABLE_COLUMNS - c))
            rowspan = len(rows) - r if rowspan == 0 else max(1, min(rowspan, MAX_ROWSPAN, len(rows) - r))
            if work + colspan * rowspan > MAX_SPAN_WORK:
                colspan = rowspan = 1
                spans_ignored = True
            work += colspan * rowspan
            k = grid.new_cell(text)
            if rowspan == colspan == 1 and c == len(line):
                line.append(k)
            else:
                for rr in range(r, r + rowspan):
                    grid.fill(rr, c, colspan, k)
            c += colspan
    if cut_columns:
        grid.notes.append(_COLUMNS_CUT)
    if spans_ignored:
        grid.notes.append("表格的合并单元格数量异常，其余合并已按单个单元格处理")
    return grid.layout()


def place_word_rows(rows: Sequence[WordRow]) -> TableLayout:
    """Word's model: every row lists its cells left to right; merges repeat an earlier cell."""
    grid = _Grid(min(len(rows), MAX_TABLE_ROWS))
    if len(rows) > MAX_TABLE_ROWS:
        grid.notes.append(_ROWS_CUT)
        rows = rows[:MAX_TABLE_ROWS]
    cut_columns = False
    for r, row in enumerate(rows):
        line = grid.slots[r]
        line.extend([HOLE] * min(max(row.grid_before, 0), MAX_TABLE_COLUMNS))
        above = grid.slots[r - 1] if r else []
        for cell in row.cells:
            c = len(line)
            if c >= MAX_TABLE_COLUMNS:
                cut_columns = True
                break
            width = max(1, min(cell.grid_span, MAX_COLSPAN, MAX_TABLE_COLUMNS - c))
            if cell.vmerge == "continue" and c < len(above) and above[c] != HOLE:
                k = above[c]
            elif cell.hmerge_continue and c > 0 and line[c - 1] != HOLE:
                k = line[c - 1]
            else:
                k = grid.new_cell(cell.text)
            grid.fill(r, c, width, k)
    if cut_columns:
        grid.notes.append(_COLUMNS_CUT)
    return grid.layout()
