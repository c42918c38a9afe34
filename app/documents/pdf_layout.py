"""Characters with boxes → lines and words → text with one Box per word (pure geometry).

Coordinates are PDF points with the origin at the top-left of the page as displayed. Lines are
glyphs that overlap vertically, read top to bottom; words are glyphs left to right without a wide
gap. Between words: a TAB when the gap exceeds ~1.5 character widths (table cells stay apart), a
space for an ordinary word gap, nothing between CJK characters. A word never mixes CJK and other
characters, so a number inside a Chinese sentence gets a box of its own (and no inserted space
when it touches the text).

Glyphs inside the cells of a ruled table (pdf_tables) are read per cell instead: one line per
table row, cells separated by tabs (an empty cell is an empty field), a grid in Document.grids,
and one Box per cell. A number wrapped onto a second line of its cell stays one number.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from statistics import median
from typing import NamedTuple

from .assembler import TextAssembler
from .model import Box, Grid
from .pdf_tables import RuledTable
from .table_layout import TableLayout
from .whitespace import cell_text, is_cjk

TAB_GAP = 1.5  # in widths of the wider neighbouring character
SPACE_GAP = 0.15  # in line heights (loose glyph boxes are about 1.0-1.2 em high)
SAME_LINE_OVERLAP = 0.5  # share of the smaller height two glyphs must overlap vertically
PAGE_BREAK = "\f"  # a line of its own between pages
_MAX_WRAP_LINES = 4  # a number wraps over two or three lines of its cell; a longer chain is no cell's
WRAP_GAP = 0.3  # in line heights: lines of one wrapped cell sit closer than rows of a table


class Glyph(NamedTuple):
    """One character of a page (a tuple: pages hold thousands and they are made in a hot loop)."""

    char: str
    x0: float
    y0: float  # top
    x1: float
    y1: float  # bottom
    confidence: float | None = None  # OCR's score for this character; None: read from a text layer

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


Words = list[tuple[str, list[Glyph]]]  # (separator before the word, its glyphs)


class PdfTextBuilder:
    """Accumulates pages; `text`, `grids` and `boxes` are the Document's."""

    def __init__(self) -> None:
        self._assembler = TextAssembler(cell_separator="\t")
        self.boxes: list[Box] = []
        self._pages = 0

    @property
    def text(self) -> str:
        return self._assembler.text

    @property
    def grids(self) -> list[Grid]:
        return self._assembler.grids

    def add_page(self, glyphs: list[Glyph], tables: Sequence[RuledTable] = ()) -> None:
        if self._pages:
            self._assembler.add_line(PAGE_BREAK)
        page = self._pages
        self._pages += 1
        cells, free = _into_cells(glyphs, tables) if tables else ([], glyphs)
        # Lines and tables in reading order by their top edge (a table before a line level with it).
        blocks: list[tuple[float, int, list[Glyph] | int]] = [
            (min(g.y0 for g in line), 1, line) for line in join_wrapped_numbers(group_lines(free))]
        blocks += [(table.top, 0, t) for t, table in enumerate(tables) if any(cells[t])]
        for _, _, block in sorted(blocks, key=lambda b: b[:2]):
            if isinstance(block, int):
                self._add_table(tables[block], cells[block], page)
            else:
                self._add_line(block, page)

    def add_unread_page(self, message: str) -> None:
        """A page that could not be read: one line saying so, where its text would be."""
        if self._pages:
            self._assembler.add_line(PAGE_BREAK)
        self._pages += 1
        self._assembler.add_line(message)

    def _add_line(self, line: list[Glyph], page: int) -> None:
        text, spans = join_words(split_words(line))
        start = self._assembler.position
        for (a, b), word in spans:
            self.boxes.append(_box(word, start + a, start + b, page))
        self._assembler.add_line(text)

    def _add_table(self, table: RuledTable, cells: list[list[Glyph]], page: int) -> None:
        slots = table.slots()
        grid = self._assembler.add_table(TableLayout([cell_string(g) for g in cells], slots))
        for grid_row, slot_row in zip(grid, slots, strict=True):
            for cell, k in zip(grid_row, slot_row, strict=True):
                if k >= 0 and not cell.copy and cell.end > cell.start:
                    self.boxes.append(_box(cells[k], cell.start, cell.end, page))


def _into_cells(glyphs: list[Glyph], tables: Sequence[RuledTable]) -> tuple[list[list[list[Glyph]]], list[Glyph]]:
    """The glyphs of each cell of each table, and those outside every table.

    Whole runs of touching characters go to the cell holding their middle, so text overflowing a
    cell border a little (a long label, centred) stays with its cell.
    """
    cells: list[list[list[Glyph]]] = [[[] for _ in table.cells] for table in tables]
    free: list[Glyph] = []
    for line in group_lines(glyphs):
        for run in _runs(line):
            x = (run[0].x0 + run[-1].x1) / 2
            y = (min(g.y0 for g in run) + max(g.y1 for g in run)) / 2
            for t, table in enumerate(tables):
                k = table.cell_at(x, y)
                if k is not None:
                    cells[t][k].extend(run)
                    break
            else:
                free.extend(run)
    return cells, free


def _runs(line: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs of a sorted line that touch one another (closer than a word gap), as runs."""
    height = median(g.height for g in line)
    runs = [[line[0]]]
    for previous, glyph in pairwise(line):
        if glyph.x0 - previous.x1 > SPACE_GAP * height:
            runs.append([glyph])
        else:
            runs[-1].append(glyph)
    return runs


def group_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into lines (top to bottom), each sorted left to right, overprints removed."""
    lines: list[list[Glyph]] = []
    top = bottom = 0.0
    for glyph in sorted(glyphs, key=lambda g: (g.y0, g.x0)):
        if lines and _overlap(glyph.y0, glyph.y1, top, bottom) >= SAME_LINE_OVERLAP * min(
                glyph.height, bottom - top):
            lines[-1].append(glyph)
            top, bottom = min(top, glyph.y0), max(bottom, glyph.y1)
        else:
            lines.append([glyph])
            top, bottom = glyph.y0, glyph.y1
    return [_without_overprints(sorted(line, key=lambda g: g.x0)) for line in lines]


def join_wrapped_numbers(lines: list[list[Glyph]]) -> list[list[Glyph]]:
    """Numbers wrapped inside narrow cells of a table without rulings, put back together.

    A long number in a narrow cell prints over two or three lines (`43` / `17` / `7` for 43177),
    and read line by line its parts would be three numbers. A line holding only digit runs, set
    tight above the next line (a wrapped cell's leading, not a row's spacing), whose every run has
    a digit run starting at the same x below it, continues there; the chain must end on a line that
    also holds a label, as a table row does, so stacked rows of numbers are never joined. The
    joined number takes the lower line's place, its characters spread over the parts' width.
    """
    out: list[list[Glyph]] = []
    for k, line in enumerate(lines):
        # Top down: a part joined into the line below sits on that line, and wraps on from there.
        if out:
            joined = _continuation(out[-1], line)
            if joined is not None and _ends_in_a_labelled_row([joined, *lines[k + 1:]], 0):
                out[-1] = joined
                continue
        out.append(list(line))
    return out


def _continuation(upper: list[Glyph], lower: list[Glyph]) -> list[Glyph] | None:
    """`lower` with each digit run of `upper` joined to the run under it, if `upper` wraps into it."""
    height = median(g.height for g in upper + lower)
    gap = min(g.y0 for g in lower) - max(g.y1 for g in upper)
    if not upper or gap > WRAP_GAP * height or gap < -0.5 * height:
        return None
    upper_runs = _runs(upper)
    if not all(all(g.char.isdigit() for g in run) for run in upper_runs):
        return None
    lower_runs = _runs(lower)
    joined = list(lower_runs)
    for run in upper_runs:
        width = max(g.width for g in run)
        below = [k for k, r in enumerate(lower_runs)
                 if all(g.char.isdigit() for g in r) and abs(r[0].x0 - run[0].x0) <= 0.6 * width]
        if len(below) != 1:
            return None
        k = below[0]
        joined[k] = _spread(run + joined[k], joined[k])
    return sorted((g for r in joined for g in r), key=lambda g: g.x0)


def _spread(chars: list[Glyph], place: list[Glyph]) -> list[Glyph]:
    """The characters side by side on `place`'s line, within the widest extent of the parts."""
    x0, x1 = min(g.x0 for g in chars), max(g.x1 for g in chars)
    y0, y1 = min(g.y0 for g in place), max(g.y1 for g in place)
    step = (x1 - x0) / len(chars)
    return [g._replace(x0=x0 + n * step, x1=x0 + (n + 1) * step, y0=y0, y1=y1) for n, g in enumerate(chars)]


def _ends_in_a_labelled_row(lines: list[list[Glyph]], start: int) -> bool:
    """Whether lines[start] holds a label, or is itself digits wrapping on into a line that does,
    within _MAX_WRAP_LINES lines: a page of stacked digit lines costs linear time, not quadratic."""
    for k in range(start, min(len(lines), start + _MAX_WRAP_LINES)):
        if not all(g.char.isdigit() for g in lines[k]):
            return True
        if k + 1 >= len(lines) or _continuation(lines[k], lines[k + 1]) is None:
            return False
    return False


def split_words(line: list[Glyph]) -> Words:
    """(separator before the word, its glyphs) for each word of a sorted line."""
    if not line:
        return []
    height = median(g.height for g in line)
    cjk = [is_cjk(g.char) for g in line]
    words: Words = [("", [line[0]])]
    for i, (previous, glyph) in enumerate(pairwise(line)):
        gap = glyph.x0 - previous.x1
        if gap > TAB_GAP * max(previous.width, glyph.width, 0.1):
            words.append(("\t", [glyph]))
        elif not (cjk[i] and cjk[i + 1]) and gap > SPACE_GAP * height:
            words.append((" ", [glyph]))
        elif cjk[i] != cjk[i + 1]:
            words.append(("", [glyph]))
        else:
            words[-1][1].append(glyph)
    return words


def join_words(words: Words) -> tuple[str, list[tuple[tuple[int, int], list[Glyph]]]]:
    """The line's text and each word's (start, end) in it."""
    parts: list[str] = []
    spans = []
    length = 0
    for separator, word in words:
        text = "".join(g.char for g in word)
        start = length + len(separator)
        parts += (separator, text)
        length = start + len(text)
        spans.append(((start, length), word))
    return "".join(parts), spans


def cell_string(glyphs: list[Glyph]) -> str:
    """A table cell's text: its lines joined as one (a wrap inside a CJK text or a number adds
    nothing; between other words a space), whitespace as in HTML cells."""
    joined = ""
    for line in group_lines(glyphs):
        text = join_words(split_words(line))[0].replace("\t", " ")
        if joined and not (_unbreakable(joined[-1], text[0])):
            joined += " "
        joined += text
    return cell_text(joined)


def _unbreakable(before: str, after: str) -> bool:
    return is_cjk(before) or is_cjk(after) or (before.isdigit() and after.isdigit())


def _box(glyphs: list[Glyph], start: int, end: int, page: int) -> Box:
    scores = [g.confidence for g in glyphs if g.confidence is not None]
    return Box(start, end, page, min(g.x0 for g in glyphs), min(g.y0 for g in glyphs),
               max(g.x1 for g in glyphs), max(g.y1 for g in glyphs), min(scores) if scores else None)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _without_overprints(line: list[Glyph]) -> list[Glyph]:
    """Drops a glyph drawn again on itself (fake bold draws each character twice, offset a little)."""
    kept: list[Glyph] = []
    for glyph in line:
        last = kept[-1] if kept else None
        if last and last.char == glyph.char and abs(glyph.x0 - last.x0) < 0.3 * max(last.width, 0.1):
            continue
        kept.append(glyph)
    return kept
