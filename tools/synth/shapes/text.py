"""The five plain-text shapes of the seeds, each the trace of one way of converting a table to text.

000  every cell on its own line ending " |"; empty and merged positions of a row gathered into one
     line of "|"s after the row's filled cells (so a blank cell's position is lost)
001  one table row per line, the row's cells joined by " | "
002  Word's plain text: each cell on a line starting with a tab, a blank line after each row; a
     vertically merged cell shows again as an empty cell on every row it spans
003  one paragraph per cell: a filled cell ends in a blank line, an empty cell is a bare line break
004  like 003, and each row ends with one more line break
flat a page flattened by an archive or a crawler: one line per page, no separators between cells
     (the digits of neighbouring cells run together), list markers glued to the numbers before
     them, stray spaces inside runs and header words, an archive header or page chrome on top
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


_ARCHIVE_HEADER = ("标题:{title}\n发布时间:{date}\n文号:\n发布机构:{agency}\n原文链接:http://www.example.gov.cn/art/{date}/1.html\n"
                   "==============================")
_CHROME = "当前位置：首页 > 政务公开 > 政府信息公开年报 字号：大 中 小 微信 微博 QQ空间 相关链接： -->"


def render_flat(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> str:
    """Cells joined with nothing between them (now and then a stray space), paragraphs run
    together, a line break only where a page ends."""
    def glue(parts: list[str]) -> str:
        out = ""
        for part in parts:
            if out and rng.random() < options["stray_space"]:
                out += " "
            out += part
        return out

    def split_words(text: str) -> str:
        # A header word broken by a space (社会公益 组织, 本年度办 理结果).
        if len(text) >= 4 and rng.random() < options["split_headers"]:
            cut = rng.randint(2, len(text) - 2)
            return text[:cut] + " " + text[cut:]
        return text

    pieces: list[str] = []
    title = next((b.text for b in blocks if isinstance(b, Para) and b.kind == "title"), "")
    if options["top"] == "archive":
        pieces.append(_ARCHIVE_HEADER.format(title=_one_line(title).replace(" ", ""),
                                            agency=options["agency"], date="2024-01-22"))
    elif options["top"] == "chrome":
        pieces.append(_CHROME)
    for block in blocks:
        if isinstance(block, Para):
            pieces.append(_one_line(block.text).replace(" ", "") if block.kind == "title" else _one_line(block.text))
            continue
        for row in block.rows:
            if isinstance(row, StrayLine):
                continue  # page footers fall where the page breaks, below
            cells = [s.text if s.key else split_words(_one_line(s.text)) for s in row if s.text]
            pieces.append(glue(cells))
    lines: list[str] = []
    current = ""
    for piece in pieces:
        current += ("" if not current or rng.random() < 0.7 else " ") + piece
        if len(current) > options["page"]:
            lines.append(current)
            current = ""
    if current:
        lines.append(current)
    return "\n".join(lines) + "\n"


def draw_options(shape: str, rng: random.Random) -> dict:
    """How this file was saved: encoding and the shape's own quirks."""
    options: dict = {"encoding": rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030", "gb18030"))}
    if shape == "000":
        options["truncate_headers"] = rng.random() < 0.5
    if shape == "002":
        options["pad_merged"] = rng.choice((0, 0, 8, 16))
    if shape == "flat":
        options["stray_space"] = rng.choice((0.0, 0.0, 0.1, 0.3))
        options["split_headers"] = rng.choice((0.0, 0.2))
        options["top"] = rng.choice(("none", "archive", "chrome"))
        options["page"] = rng.choice((1500, 3000, 10 ** 9))  # 10**9: the whole report on one line
    return options


RENDERERS: dict[str, Renderer] = {
    "000": render_000, "001": render_001, "002": render_002, "003": render_003, "004": render_004,
    "flat": render_flat,
}


def render_text(shape: str, blocks: list[Block], style: Style, options: dict,
                rng: random.Random) -> bytes:
    text = RENDERERS[shape](blocks, style, options, rng)
    if style.crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(options["encoding"])
