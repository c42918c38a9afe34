"""A report as a Word file (python-docx): headings, prose, and tables with merged cells."""

from __future__ import annotations

import io
import random
from typing import Any

from tools.synth.document import Block
from tools.synth.style import Style
from tools.synth.tables import PrintedTable, Slot, StrayLine


def draw_options(rng: random.Random) -> dict:
    return {"table_style": rng.choice(("Table Grid", None))}


def _fill(cell: Any, text: str) -> None:  # a python-docx _Cell (docx is imported lazily)
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _add_table(document: Any, table: PrintedTable, options: dict) -> None:
    rows = [r for r in table.rows if not isinstance(r, StrayLine)]
    docx_table = document.add_table(rows=len(rows), cols=table.width)
    if options["table_style"]:
        docx_table.style = options["table_style"]
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, Slot]] = []
    for r, row in enumerate(rows):
        c = 0
        for slot in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, slot))
            taken.update((r + i, c + j) for i in range(slot.rowspan) for j in range(slot.colspan))
            c += slot.colspan
    # Every cell looked up once before merging: Table.cell() walks the whole table on each call,
    # and a merge leaves the other cells' elements where they are.
    cells = [row.cells for row in docx_table.rows]
    for r, c, slot in placed:
        cell = cells[r][c]
        if slot.rowspan > 1 or slot.colspan > 1:
            cell = cell.merge(cells[r + slot.rowspan - 1][c + slot.colspan - 1])
        _fill(cell, slot.text)


def render_docx(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> bytes:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, PrintedTable):
            _add_table(document, block, options)
        elif block.kind == "title":
            document.add_heading(block.text, level=1)
        else:
            paragraph = document.add_paragraph(block.text.split("\n")[0])
            for line in block.text.split("\n")[1:]:
                paragraph.add_run().add_break()
                paragraph.add_run(line)
            if block.kind == "heading":
                paragraph.runs[0].bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return _without_timestamps(buffer.getvalue())


def _without_timestamps(data: bytes) -> bytes:
    """The same package with fixed member dates, so the same seed gives the same bytes."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dest.writestr(fixed, source.read(info.filename))
    return out.getvalue()

