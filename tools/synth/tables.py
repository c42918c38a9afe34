"""The three tables as printed: cells with row and column spans, laid out like the national template.

Every shape is rendered from this one model, the way a real report's Word or HTML table is the
source of every text conversion seen in the seeds. Labels and keys come from app.template; only
the header words the template does not carry as data (信息内容, 申请人情况, the 勾稽 note) are here.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Literal, NamedTuple

from app.template import Column, Table, Template

from .style import Style

CONTENT_HEADER = "信息内容"
APPLICANTS_HEADER = "申请人情况"
BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

CellText = Callable[[str, Column], str]  # (record key, column) -> printed value ('' = blank)


class Slot(NamedTuple):  # a NamedTuple: tens of thousands are made per second
    """One printed cell: its text and spans; `key` names the record cell it holds, if any."""

    text: str
    key: str | None = None
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class StrayLine:
    """A page number or footer that a conversion left between two rows of a table."""

    text: str


TableRow = tuple[Slot, ...] | StrayLine


@dataclass(frozen=True)
class PrintedTable:
    section: str  # the template table it prints (active, requests, appeals)
    width: int
    rows: tuple[TableRow, ...]


Place = Literal["origin", "vcover", "hcover"]


def grid(table: PrintedTable) -> list[list[tuple[Slot, Place]] | StrayLine]:
    """Each row's positions: the slot there and whether it starts there or is covered by a span.

    A position covered from a row above is "vcover" in the first column of the span and "hcover"
    in the others, as a word processor shows a vertically merged cell once per row.
    """
    pending: dict[int, tuple[Slot, int]] = {}  # column -> (slot, rows still covered)
    out: list[list[tuple[Slot, Place]] | StrayLine] = []
    for row in table.rows:
        if isinstance(row, StrayLine):
            out.append(row)
            continue
        cells: list[tuple[Slot, Place]] = []
        queue = iter(row)
        col = 0
        while col < table.width:
            if col in pending:
                slot, left = pending[col]
                for offset in range(slot.colspan):
                    cells.append((slot, "vcover" if offset == 0 else "hcover"))
                if left > 1:
                    pending[col] = (slot, left - 1)
                else:
                    del pending[col]
                col += slot.colspan
                continue
            slot = next(queue, None)
            if slot is None:
                raise ValueError(f"{table.section}: row {len(out)} is short of cells")
            cells.append((slot, "origin"))
            cells.extend((slot, "hcover") for _ in range(slot.colspan - 1))
            if slot.rowspan > 1:
                pending[col] = (slot, slot.rowspan - 1)
            col += slot.colspan
        if next(queue, None) is not None:
            raise ValueError(f"{table.section}: row {len(out)} has cells beyond the width")
        out.append(cells)
    return out


def with_footers(rows: list[TableRow], style: Style, rng: random.Random) -> list[TableRow]:
    """Drops a page footer between two rows now and then, where a page break would fall."""
    if not style.stray_footers:
        return rows
    at = rng.randint(len(rows) // 3, len(rows) - 1)
    return [*rows[:at], StrayLine(style.footer(rng)), *rows[at:]]


def active_table(table: Table, text: CellText, style: Style, rng: random.Random) -> PrintedTable:
    """二: per 第二十条 item a heading row, a header row, then the rows (4 columns wide)."""
    width = 1 + max(len(r.columns) for r in table.rows)
    rows: list[TableRow] = []
    for group, members in groupby(table.rows, key=lambda r: (r.group, r.columns)):
        item, columns = group
        rows.append((Slot(style.punct(item), colspan=width),))
        rows.append((Slot(CONTENT_HEADER), *_spread_last(
            [Slot(style.header(c, rng)) for c in columns], width - 1)))
        for row in members:
            values = [Slot(text(f"{table.id}.{row.id}.{c.id}", c), f"{table.id}.{row.id}.{c.id}")
                      for c in columns]
            rows.append((Slot(style.row_label(row.label, rng)), *_spread_last(values, width - 1)))
    return PrintedTable(table.id, width, tuple(rows))


def _spread_last(slots: list[Slot], width: int) -> list[Slot]:
    """Widens the last slot so the row fills the table (a one-column item under four columns)."""
    last = slots[-1]
    extra = width - len(slots)
    if extra:
        slots[-1] = Slot(last.text, last.key, last.rowspan, last.colspan + extra)
    return slots


@cache  # one plan per template version's table
def _lead_plan(table: Table) -> list[tuple[str, str, int]]:
    """Per row of 三, how its label cells print: (kind, group text, rowspan of the group cell).

    kind: "in" (label across the three label columns), "heading" (the first outcome row, which
    also opens the 本年度办理结果 cell), "direct" (an outcome row right under that heading),
    "group_first" (opens its group's cell) or "group" (inside a group opened above).
    """
    outcome = [r for r in table.rows if r.role in ("outcome", "outcome_total")]
    heading = outcome[0].group
    group_sizes = Counter(r.group for r in outcome)
    plan: list[tuple[str, str, int]] = []
    opened: set[str] = set()
    for row in table.rows:
        if row.role not in ("outcome", "outcome_total"):
            plan.append(("in", "", 0))
        elif row.group == heading:
            plan.append(("heading" if not plan or plan[-1][0] == "in" else "direct", heading,
                         len(outcome)))
        else:
            plan.append(("group" if row.group in opened else "group_first", row.group,
                         group_sizes[row.group]))
            opened.add(row.group)
    return plan


def requests_table(table: Table, text: CellText, style: Style, rng: random.Random) -> PrintedTable:
    """三: three label columns (heading, group, item) and the seven applicant columns."""
    columns = table.columns
    org = [c for c in columns if c.group]
    width = 3 + len(columns)
    head: list[TableRow] = [
        (Slot(style.punct(BALANCE_NOTE), rowspan=3, colspan=3),
         Slot(APPLICANTS_HEADER, colspan=len(columns))),
        tuple(Slot(style.header(c, rng), rowspan=2) if not c.group else
              Slot(c.group, colspan=len(org)) for c in columns if not c.group or c is org[0]),
        tuple(Slot(style.header(c, rng)) for c in org),
    ]
    plan = _lead_plan(table)
    body: list[TableRow] = []
    cells, n = table.cells, len(columns)  # row by row, one cell per column
    for i, (row, (kind, group, span)) in enumerate(zip(table.rows, plan, strict=True)):
        values = [Slot(text(c.key, c.column), c.key) for c in cells[i * n:(i + 1) * n]]
        label = style.row_label(row.label, rng)
        if kind == "in":
            lead = [Slot(label, colspan=3)]
        elif kind == "heading":
            lead = [Slot(style.group_label(group), rowspan=span), Slot(label, colspan=2)]
        elif kind == "direct":
            lead = [Slot(label, colspan=2)]
        elif kind == "group_first":
            lead = [Slot(style.group_label(group), rowspan=span), Slot(label)]
        else:
            lead = [Slot(label)]
        body.append((*lead, *values))
    return PrintedTable(table.id, width, (*head, *with_footers(body, style, rng)))


def appeals_tables(table: Table, text: CellText, style: Style, rng: random.Random,
                   split: bool) -> list[PrintedTable]:
    """四: one table of 15 columns, or (split) the 复议 block and the 诉讼 blocks as two tables."""
    parts = [[b for b in table.blocks if not b.group], [b for b in table.blocks if b.group]]
    if not split:
        parts = [list(table.blocks)]
    return [_appeals_part(table, blocks, text, style, rng) for blocks in parts]


def _appeals_part(table: Table, blocks: list[Column], text: CellText, style: Style,
                  rng: random.Random) -> PrintedTable:
    n = len(table.columns)
    width = n * len(blocks)
    grouped = [b for b in blocks if b.group]
    top: list[Slot] = []
    middle: list[Slot] = []
    for block in blocks:
        if not block.group:
            top.append(Slot(block.label, colspan=n))
            middle.extend(Slot(style.header(c, rng), rowspan=2 if grouped else 1)
                          for c in table.columns)
        else:
            if block is grouped[0]:
                top.append(Slot(block.group, colspan=n * len(grouped)))
            middle.append(Slot(block.label, colspan=n))
    bottom = [Slot(style.header(c, rng)) for _ in grouped for c in table.columns]
    values = [Slot(text(f"{table.id}.{b.id}.{c.id}", c), f"{table.id}.{b.id}.{c.id}")
              for b in blocks for c in table.columns]
    rows: list[TableRow] = [tuple(top), tuple(middle)]
    if bottom:
        rows.append(tuple(bottom))
    rows.append(tuple(values))
    return PrintedTable(table.id, width, tuple(rows))


def printed_tables(template: Template, text: CellText, style: Style, rng: random.Random,
                   split_appeals: bool) -> dict[str, list[PrintedTable]]:
    """The tables of one report, by template table id."""
    return {
        "active": [active_table(template.table("active"), text, style, rng)],
        "requests": [requests_table(template.table("requests"), text, style, rng)],
        "appeals": appeals_tables(template.table("appeals"), text, style, rng, split_appeals),
    }
