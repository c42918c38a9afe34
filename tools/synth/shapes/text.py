"""The five plain-text shapes of the seeds, each the trace of one way of converting a table to text.

000  every cell on its own line ending " |"; empty and merged positions of a row gathered into one
     line of "|"s after the row's filled cells (so a blank cell's position is lost)
001  one table row per line, the row's cells joined by " | "
002  Word's plain text: each cell on a line starting with a tab, a blank line after each row; a
     vertically merged cell shows again as an empty cell on every row it spans
003  one paragraph per cell: a filled cell ends in a blank line, an empty cell is a bare line break
004  like 003, and each row ends with one more line break
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tools.synth.document import Block, Para
from tools.synth.style import Style
from tools.synth.tables import PrintedTable, Slot, StrayLine, grid

Renderer = Callable[[list[Block], Style, dict, random.Random], str]


def _one_line(text: str) -> str:
    if "\n" not in text:
        return text
    return " ".join(part for part in text.split("\n") if part)


def _lines(blocks: list[Block], table_lines: Callable[[PrintedTable], Iterator[str]]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(block.text)
        else:
            out.extend(table_lines(block))
    return "\n".join(out) + "\n"


def render_000(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    def table_lines(table: PrintedTable) -> Iterator[str]:
        for row in grid(table):
            if isinstance(row, StrayLine):
                yield row.text
                continue
            empty = 0
            for slot, place in row:
                if place != "origin" or not slot.text:
                    empty += 1
                elif options.get("truncate_headers") and table.section == "appeals" and not slot.key:
                    yield f"{slot.text.split(chr(10))[0]} |"  # the converter kept a header's first line
                else:
                    yield f"{_one_line(slot.text)} |"
            if empty:
                yield "|" * empty

    return _lines(blocks, table_lines)


def render_001(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    def table_lines(table: PrintedTable) -> Iterator[str]:
        for row in table.rows:
            if isinstance(row, StrayLine):
                yield row.text
            else:
                yield " | ".join(_one_line(s.text) for s in row) + " |"

    return _lines(blocks, table_lines)


def _padded(slot: Slot, options: dict) -> list[str]:
    """A cell's paragraphs; a tall merged label may sit below empty paragraphs (centred by hand)."""
    lines = slot.text.split("\n")
    if options.get("pad_merged") and slot.rowspan > 4 and not slot.key:
        lines = [""] * options["pad_merged"] + lines
    return lines


def render_002(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    def table_lines(table: PrintedTable) -> Iterator[str]:
        for row in grid(table):
            if isinstance(row, StrayLine):
                yield row.text
                continue
            for slot, place in row:
                if place == "hcover":
                    continue
                lines = _padded(slot, options) if place == "origin" else [""]
                yield "\t" + lines[0]
                yield from lines[1:]
            yield ""
        yield ""

    return _lines(blocks, table_lines)


def _paragraphs(blocks: list[Block], row_end: str, table_start: str) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(block.text + "\n\n")
            continue
        out.append(table_start)
        for row in block.rows:
            if isinstance(row, StrayLine):
                out.append(row.text + "\n\n")
                continue
            out.extend(f"{s.text}\n\n" if s.text else "\n" for s in row)
            out.append(row_end)
    return "".join(out)


def render_003(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    return _paragraphs(blocks, row_end="", table_start="")


def render_004(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    return _paragraphs(blocks, row_end="\n", table_start="\n")


def draw_options(shape: str, rng: random.Random) -> dict:
    """How this file was saved: encoding and the shape's own quirks."""
    options: dict = {"encoding": rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030", "gb18030"))}
    if shape == "000":
        options["truncate_headers"] = rng.random() < 0.5
    if shape == "002":
        options["pad_merged"] = rng.choice((0, 0, 8, 16))
    return options


RENDERERS: dict[str, Renderer] = {
    "000": render_000, "001": render_001, "002": render_002, "003": render_003, "004": render_004,
}


def render_text(shape: str, blocks: list[Block], style: Style, options: dict,
                rng: random.Random) -> bytes:
    text = RENDERERS[shape](blocks, style, options, rng)
    if style.crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(options["encoding"])
