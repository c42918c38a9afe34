"""Builds Document.text line by line and records each table's grid with exact offsets.

A table is written one grid row per line, its cells joined by " | " (a tab for PDFs, whose plain
lines already separate cells by tabs); a cell that a merge repeats
into later positions is written once, at its top-left position, and the other positions point at
that same text with copy=True. So text[cell.start:cell.end] is always the cell as shown.
"""

from __future__ import annotations

from .model import Grid, GridCell
from .table_layout import HOLE, TableLayout

CELL_SEPARATOR = " | "


class TextAssembler:
    def __init__(self, cell_separator: str = CELL_SEPARATOR) -> None:
        self.cell_separator = cell_separator
        self._parts: list[str] = []
        self._length = 0
        self.grids: list[Grid] = []
        self.notes: list[str] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def position(self) -> int:
        """Where the next line starts in the text."""
        return self._length

    def add_line(self, line: str) -> None:
        self._append(line + "\n")

    def add_lines(self, lines: list[str]) -> None:
        if lines:
            self._append("\n".join(lines) + "\n")

    def add_table(self, layout: TableLayout) -> Grid:
        texts = layout.texts
        separator_length = len(self.cell_separator)
        originals: list[GridCell | None] = [None] * len(texts)
        copies: list[GridCell | None] = [None] * len(texts)  # one shared copy per merged cell
        grid: Grid = []
        for slots in layout.slots:
            pieces: list[str] = []
            cursor = self._length
            hole: GridCell | None = None  # made when first needed: most rows have no holes
            row: list[GridCell] = []
            for k in slots:
                if k == HOLE:
                    if hole is None or hole.start != cursor:
                        hole = GridCell(cursor, cursor)
                    row.append(hole)  # shared while the cursor stays: hostile grids are mostly holes
                    continue
                original = originals[k]
                if original is None:  # the cell's first position is its top-left corner: write it
                    if pieces:
                        cursor += separator_length
                    text = texts[k]
                    end = cursor + len(text)
                    original = originals[k] = GridCell(cursor, end)
                    cursor = end
                    pieces.append(text)
                    row.append(original)
                else:
                    copy = copies[k]
                    if copy is None:
                        copy = copies[k] = GridCell(original.start, original.end, copy=True)
                    row.append(copy)
            if pieces:
                self._append(self.cell_separator.join(pieces) + "\n")
            grid.append(row)
        self.grids.append(grid)
        self.notes.extend(layout.notes)
        return grid

    def _append(self, chunk: str) -> None:
        self._parts.append(chunk)
        self._length += len(chunk)

