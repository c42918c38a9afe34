"""Turns a stretch of normalised text into label text, numbers, dashes and explicit empty cells.

A number is a cell value only when it stands on its own: list markers (1. 1、 (1)), article
numbers (第20条), years and page numbers are label text. Empty cells are only trusted where the
source makes them explicit: a table grid, or one table row written on one line with separators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.documents.model import Grid

from .normalize import compact_folded

TokKind = Literal["num", "dash", "empty", "text"]


@dataclass(slots=True)
class Tok:
    kind: TokKind
    start: int
    end: int
    value: int | float | None = None
    unit: str = ""  # a unit printed in the cell itself: 元, 万元
    text: str = ""  # compact label text (text tokens)
    digits_only: bool = False  # a plain digit run that may be several cells run together


# One scanner finds every cell value in a stretch of text; everything between two values is
# label text. A number is a value only when it stands on its own: not a list marker (1. 1、 (1)),
# not an article or page (第20条, 第3页), not a date (2023年) and not glued to a label. A sign
# directly after a digit starts a new (negative) cell: "1520-312" is 1520 and -312.
_VALUE = re.compile(
    r"(?P<dash>(?<!\S)(?:——|--|—|–|―|/|无|\\|─|－|-)(?!\S))"
    r"|(?:(?<=\d)(?=[-+]\d)|(?<![\d.,]))(?P<sign>[-+]?)(?<![(第\[A-Za-z])"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?"
    r"(?:(?!\d)|(?<=\d)(?=[1-8][.、] ?(?=[\u4e00-\u9fff])))"  # 00000002.没有…: 2. is the next row's marker
    r"(?:(?P<unit>\s*万?元|\s*万(?![\u4e00-\u9fff])|\s*[件个次人])|(?![条款项页年月日号届期批%.、)\]]))"
)
_COUNT_UNITS = frozenset("件个次人")
_SPACED_NEGATIVE = re.compile(r"\s*-[ \t]+(\d{1,9})\s*")
_SEPARATORS = re.compile(r"[|\t]")
_TAB = re.compile(r"\t")
_MAY_HOLD_VALUE = re.compile(r"[\d\-—–―/无\\─－]")


def _value_token(m: re.Match[str], lo: int) -> Tok:
    sign, whole, frac, unit = m.group("sign", "whole", "frac", "unit")
    a, b = m.span()
    if unit is not None:
        unit = unit.strip()
        if unit in _COUNT_UNITS:
            unit, b = "", m.start("unit")  # a count's unit: the number alone is the value
    else:
        unit = ""
    if not (sign or frac) and "," not in whole:
        run_together = len(whole) > 1 and not unit
        return Tok("num", lo + a, lo + b, int(whole), unit, text=whole if run_together else "",
                   digits_only=run_together)
    text = ("-" if sign == "-" else "") + whole.replace(",", "") + (frac or "")
    return Tok("num", lo + a, lo + b, float(text) if frac else int(text), unit)


def tokenize_piece(s: str, lo: int, out: list[Tok]) -> bool:
    """Appends the tokens of one cell-like piece of text; returns True if it held label text."""
    stripped = s.strip()
    if not stripped:
        return False
    # Fast paths for the two commonest cells: a bare count, and a label with no digit or dash.
    if stripped.isdigit() and stripped.isascii():
        a = lo + s.index(stripped)
        run_together = len(stripped) > 1
        out.append(Tok("num", a, a + len(stripped), int(stripped), text=stripped if run_together else "",
                       digits_only=run_together))
        return False
    if not _MAY_HOLD_VALUE.search(s):
        return _label(s, 0, len(s), lo, out)
    spaced = _SPACED_NEGATIVE.fullmatch(s)
    if spaced:  # a cell "- 312": the sign set apart from its number
        out.append(Tok("num", lo + spaced.start(), lo + spaced.end(1), -int(spaced.group(1))))
        return False
    has_text = False
    pos = 0
    for m in _VALUE.finditer(s):
        start = m.start()
        if start > pos:
            has_text |= _label(s, pos, start, lo, out)
        if m.lastgroup == "dash":
            out.append(Tok("dash", lo + start, lo + m.end(), 0))
        else:
            out.append(_value_token(m, lo))
        pos = m.end()
    if pos < len(s):
        has_text |= _label(s, pos, len(s), lo, out)
    return has_text


def _label(s: str, a: int, b: int, lo: int, out: list[Tok]) -> bool:
    c = compact_folded(s[a:b])
    if c:
        out.append(Tok("text", lo + a, lo + b, text=c))
    return bool(c)


# A line with two or more separators may be a whole table row whose empty pieces are cells.
_ROW_LINE = re.compile(r"^[^\n|\t]*[|\t][^\n]*[|\t][^\n]*$", re.M)
# A sentence (it ends in 。) inside a table's region is a note or narrative: its numbers are no cells.
# A table row's glued digits (five or more) before the sentence stay table text: "…总计000001004500000注:…。"
_PROSE_LINE = re.compile(r"^((?:[^\n|\t。]*\d{5,})?[\d ]*)[^\n|\t]{8,}。[^\n|\t]*$", re.M)
_SENTENCE_LINE = re.compile(r"^[^\n|\t]{8,}。[^\n|\t]*$", re.M)  # the same lines, found faster
_FIVE_DIGITS = re.compile(r"\d{5}")
_PROSE_MAX = 400  # a longer "line" is a page flattened to one line, not a sentence
# Word text: lines that begin with a tab, up to a blank line, are the cells of one row.
_TAB_BLOCK = re.compile(r"^\t[^\n]*(?:\n[^\n]+)*", re.M)


def tokenize(text: str, start: int, end: int, grid_rows: dict[int, list] | None = None) -> list[Tok]:
    """Tokens of text[start:end]. Grid rows use the grid's cells, separated rows their pieces; the
    rest is one stream of words and numbers (line breaks carry no meaning there)."""
    out: list[Tok] = []
    # (start, end, how): a grid row, True for a Word tab block, None for a separated row line,
    # False for a sentence of prose.
    special: list[tuple[int, int, list | None | bool]] = [
        (m.start(), m.end(), True) for m in _TAB_BLOCK.finditer(text, start, end)]
    special += [(m.start(), m.end(), None) for m in _ROW_LINE.finditer(text, start, end)
                if _MAY_HOLD_VALUE.search(text, m.start(), m.end())]  # a line of bars alone is layout
    # A flattened page puts a row's numbers and the prose after the table on one line: only what
    # follows the numbers is the sentence.
    special += [(a + _numbers_before_sentence(text, a, b), b, False)
                for a, b in (m.span() for m in _SENTENCE_LINE.finditer(text, start, end)) if b - a <= _PROSE_MAX]
    if grid_rows:
        for line_start, row in grid_rows.items():
            if start <= line_start < end:
                nl = text.find("\n", line_start, end)
                special.append((line_start, end if nl < 0 else nl, row))
    special.sort(key=lambda s: (s[0], s[2] is None, s[2] is True))
    pos = start
    for a, b, how in special:
        if a < pos:
            continue  # a grid row already covers this line
        if a > pos:
            tokenize_piece(text[pos:a], pos, out)
        if how is False:
            _label(text[a:b], 0, b - a, a, out)
        elif how is True:
            _tokenize_tab_block(text, a, b, out)
        elif isinstance(how, list):
            _tokenize_grid_row(text, how, out)
        else:
            _tokenize_line(text, a, b, out)
        pos = b
    if pos < end:
        tokenize_piece(text[pos:end], pos, out)
    return out


def _numbers_before_sentence(text: str, a: int, b: int) -> int:
    """How many characters of the sentence line text[a:b] are a table row's numbers before it.
    (The full pattern only where it can find some: a line starting with a digit or a space, or
    with five digits in a row before its first 。.)"""
    stop = text.find("。", a, b)
    if not (text[a] in "0123456789 " or _FIVE_DIGITS.search(text, a, stop)):
        return 0
    m = _PROSE_LINE.match(text, a, b)
    return len(m.group(1)) if m else 0


def _tokenize_line(text: str, a: int, b: int, out: list[Tok]) -> None:
    """One line with separators. In the "cell |" style every bar closes a cell, so a leading
    empty piece is an empty cell (" | 0 |"); a line that starts with a bar is a Markdown row;
    elsewhere leading separators are indentation."""
    line = text[a:b]
    pieces = _split_pieces(line, a, _SEPARATORS)
    bar_closed = line.rstrip().endswith("|")
    if bar_closed and not text[pieces[-1][0]:pieces[-1][1]].strip():
        pieces.pop()  # "a | b |": the last bar closes the row, it does not open a cell
    if not bar_closed or line.startswith("|"):
        # Indentation, or a Markdown row "| a | b |" whose first bar opens the row.
        while pieces and not text[pieces[0][0]:pieces[0][1]].strip():
            pieces.pop(0)
            if bar_closed:
                break
    _tokenize_pieces(text, pieces, out)


def _tokenize_tab_block(text: str, a: int, b: int, out: list[Tok]) -> None:
    """Word text: each cell starts with a tab (its text may run over lines), a row ends at a
    blank line, and a lone tab is an empty cell."""
    pieces = _split_pieces(text[a:b], a, _TAB)
    if pieces and not text[pieces[0][0]:pieces[0][1]].strip():
        pieces.pop(0)  # before the first tab
    _tokenize_pieces(text, pieces, out)


def _split_pieces(s: str, lo: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    p = 0
    for m in sep.finditer(s):
        pieces.append((lo + p, lo + m.start()))
        p = m.end()
    pieces.append((lo + p, lo + len(s)))
    return pieces


def _tokenize_pieces(text: str, pieces: list[tuple[int, int]], out: list[Tok]) -> None:
    """Cells of one row. Empty pieces after the row's label count as empty cells, but only when
    the row shows values at all (a line of bars alone is layout, not cells)."""
    staged: list[list[Tok]] = []
    last_text = -1
    values = False
    for i, (pa, pb) in enumerate(pieces):
        toks: list[Tok] = []
        if tokenize_piece(text[pa:pb], pa, toks):
            last_text = i
            values = values or len(toks) > 1 or toks[0].kind != "text"
        elif toks:
            values = True
        staged.append(toks)
    first_text = next((i for i, toks in enumerate(staged) if any(t.kind == "text" for t in toks)), -1)
    for i, toks in enumerate(staged):
        if i < first_text:
            # Numbers before a row's label are a 序号 column, not cells of the row.
            toks = [Tok("text", t.start, t.end, text=str(t.value)) if t.kind == "num" else t for t in toks]
        elif not toks and i > last_text and values:
            pa = pieces[i][0]
            out.append(Tok("empty", pa, pa))
        out.extend(toks)


def _tokenize_grid_row(text: str, row: list, out: list[Tok]) -> None:
    """A grid row from an HTML/Word table: every position is a cell; copies of merged cells skipped."""
    staged: list[tuple[list[Tok], bool]] = []
    for cell in row:
        if cell.copy:
            continue
        toks: list[Tok] = []
        has_text = tokenize_piece(text[cell.start:cell.end], cell.start, toks)
        if not toks:
            toks = [Tok("empty", cell.start, cell.start)]
        staged.append((toks, has_text))
    last_text = max((i for i, (_, t) in enumerate(staged) if t), default=-1)
    first_text = next((i for i, (_, t) in enumerate(staged) if t), -1)
    # A header row's empty corner cells are layout; empty cells count only in a row with values.
    has_values = any(t.kind in ("num", "dash") for toks, _ in staged for t in toks)
    for i, (toks, _) in enumerate(staged):
        if i < first_text:
            # Numbers before a row's label are a 序号 column, not cells of the row.
            toks = [Tok("text", t.start, t.end, text=str(t.value)) if t.kind == "num" else t
                    for t in toks if t.kind != "empty"]
        elif i <= last_text or not has_values:
            toks = [t for t in toks if t.kind != "empty"]
        out.extend(toks)


def grid_row_lines(text: str, grids: list[Grid]) -> dict[int, list]:
    """Maps the start offset of each line that renders a grid row to that row."""
    rows: dict[int, list] = {}
    for grid in grids:
        for row in grid:
            anchor = min((c.start for c in row if not c.copy and c.end > c.start), default=None)
            if anchor is None:
                anchor = min((c.start for c in row if not c.copy), default=None)
            if anchor is None:
                continue
            line_start = text.rfind("\n", 0, anchor) + 1
            rows.setdefault(line_start, row)
    return rows
