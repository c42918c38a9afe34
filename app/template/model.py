"""The shape of a report template: tables, rows, columns and the cells they name.

Everything here is plain, immutable data. The concrete templates (2021, 2019) are tables of this
data in their own modules; readers, the validator, table models, CSV headers and tests all read
them, so a fact about the national format is written exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

# What a cell holds: a whole count >= 0, a signed whole change (2019 本年增/减), or a decimal amount.
ValueKind = Literal["count", "signed", "amount"]

# How a row of table 三 takes part in the arithmetic.
RowRole = Literal["in", "outcome", "outcome_total", "carried_forward", ""]


@dataclass(frozen=True)
class Column:
    id: str
    label: str  # the Chinese header as printed
    short: str = ""  # a compact header for grids and messages
    group: str = ""  # a spanning header above this column (法人或其他组织, 行政诉讼…)
    aliases: tuple[str, ...] = ()  # other headers that name the same column
    kind: ValueKind = "count"
    unit: str = ""  # the unit the record stores ("万元", "元"); "" for counts
    is_total: bool = False  # the column that sums the others of its block

    @property
    def display(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class Row:
    id: str
    label: str  # the Chinese row label as printed in the template
    short: str = ""  # compact name used in messages, e.g. 三(七)
    group: str = ""  # the spanning label on the left (（三）不予公开 …)
    aliases: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()  # only for tables whose rows differ in columns (二)
    role: RowRole = ""

    @property
    def display(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class Cell:
    """One value of the record: the key, and where it sits in its table."""

    key: str
    table: str
    row: Row
    column: Column
    row_index: int
    column_index: int

    @property
    def kind(self) -> ValueKind:
        return self.column.kind

    @property
    def label(self) -> str:
        """A human name for messages: 行 · 列."""
        return f"{self.row.display}（{self.column.display}）" if self.column.display else self.row.display


@dataclass(frozen=True)
class Table:
    """One printed table.

    `layout` says how rows and columns combine into keys:
    - "rows": each row has its own columns; key = prefix.row.column (table 二).
    - "grid": every row has `columns`; key = prefix.row.column (table 三).
    - "blocks": one row of values split into blocks of `columns`; key = prefix.block.column (四).
    """

    id: str
    number: str  # the section numeral: 二, 三, 四
    title: str
    layout: Literal["rows", "grid", "blocks"]
    rows: tuple[Row, ...]
    columns: tuple[Column, ...] = ()
    blocks: tuple[Column, ...] = ()  # blocks of a "blocks" table, as (id, label, group)
    heading_words: tuple[str, ...] = ()  # words that identify the heading of this section
    # Words of the printed table's header cells, which show the table has begun; the first two
    # also mark its start when the heading was lost.
    header_words: tuple[str, ...] = ()

    @cached_property
    def cells(self) -> tuple[Cell, ...]:
        out: list[Cell] = []
        if self.layout == "blocks":
            # One printed row: the blocks side by side; a block plays the part of a row.
            for bi, block in enumerate(self.blocks):
                row = Row(id=block.id, label=block.label, short=block.short, group=block.group)
                for ci, col in enumerate(self.columns):
                    out.append(Cell(f"{self.id}.{block.id}.{col.id}", self.id, row, col, bi, ci))
            return tuple(out)
        for ri, row in enumerate(self.rows):
            cols = row.columns if self.layout == "rows" else self.columns
            for ci, col in enumerate(cols):
                out.append(Cell(f"{self.id}.{row.id}.{col.id}", self.id, row, col, ri, ci))
        return tuple(out)

    def row_cells(self, row_id: str) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.row.id == row_id)


@dataclass(frozen=True)
class Template:
    version: str
    title: str
    tables: tuple[Table, ...]
    # Phrases that only this version's report prints (used to recognise the version).
    signature_phrases: tuple[str, ...] = ()
    report_years: tuple[int, ...] = ()  # the years whose reports follow this version
    # The sections after the tables, (numeral, words of its heading): where the last table ends.
    closing_sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    notes: dict[str, str] = field(default_factory=dict)

    @cached_property
    def cells(self) -> tuple[Cell, ...]:
        return tuple(c for t in self.tables for c in t.cells)

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.cells)

    @cached_property
    def cell_by_key(self) -> dict[str, Cell]:
        return {c.key: c for c in self.cells}

    def table(self, table_id: str) -> Table:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def empty_fields(self) -> dict[str, int | float | None]:
        return dict.fromkeys(self.keys)
