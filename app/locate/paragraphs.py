"""Tables written one cell per paragraph (seed 003): a blank cell is an empty paragraph.

Converters of Word files and web pages write every table cell as a paragraph and put blank lines
between paragraphs; a cell the agency left blank becomes extra blank lines. How many blank lines a
separator and an empty paragraph take differs between converters (one and one in seed 003, two and
three when paragraphs are joined by two blank lines), so both are learnt from the document's own
rows, and a reading is only trusted when the counts come out exactly:

- every value of a row stands alone on its line, with only blank lines between values;
- the blank lines before each value are the separator plus a whole number of empty paragraphs;
- the row then has exactly as many cells as the template has columns;
- the template's arithmetic holds for the row (a row of table 二 has none: it is read only with a
  layout that rows of 三 or 四 have confirmed);
- across the tables, one size of empty paragraph explains most rows that show blanks, and no
  other size explains more than a few.

Header cells may wrap over several paragraphs: only the paragraphs after a row's label count, so
they never enter the count. Whitespace-only lines (NBSP, 　, CR) are blank: normalise() made them
spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .placement import Check
from .tokens import Tok

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"[ \t\n]*")
_LOOK_BACK = 160  # characters searched back for a row label's last line; more blank is no table


@dataclass(slots=True)
class Gaps:
    """Blank lines around a run of values that stand one per line."""

    before: tuple[int, ...]  # before each value (the first: after the row's label)
    after: int | None  # after the last value; None at the end of the text


@dataclass(slots=True)
class Sample:
    """A run of values of table 三 or 四, for learning the layout."""

    values: list[Tok]
    gaps: Gaps
    k: int  # columns the run must fill
    check: Check | None
    last: bool = False  # the table's last run: what follows it is no row


@dataclass(frozen=True, slots=True)
class ParagraphLayout:
    sep: int  # blank lines between two paragraphs
    empty: int  # blank lines one empty paragraph adds
    trailing: bool = True  # may blank lines after a run's last value be its last, empty cells?

    def cells(self, values: Sequence[Tok], gaps: Gaps, k: int) -> list[Tok | None] | None:
        """The k cells the blank lines show, or None when they do not come out exactly."""
        cells: list[Tok | None] = []
        for tok, blank in zip(values, gaps.before, strict=True):
            extra = blank - self.sep
            if extra < 0 or extra % self.empty:
                return None
            cells += [None] * (extra // self.empty)
            cells.append(tok)
        missing = k - len(cells)
        if missing < 0:
            return None
        if missing:
            # Blank cells at the row's end: the blank lines after it must be exactly those cells.
            if not self.trailing or gaps.after is None or gaps.after - self.sep != missing * self.empty:
                return None
            cells += [None] * missing
        # (With no cell missing, more blank lines after the row are spacing between rows.)
        return cells


def has_blank_lines(norm: str, start: int, end: int) -> bool:
    """A quick test before any counting: a stretch without blank lines is not in this shape."""
    return _BLANK_LINE.search(norm, start, end) is not None


def _space_end(norm: str, pos: int) -> int:
    """Where the run of spaces, tabs and newlines at `pos` ends (`pos` itself when there is none)."""
    match = _SPACE_RUN.match(norm, pos)
    return match.end() if match else pos


def run_gaps(norm: str, values: Sequence[Tok]) -> Gaps | None:
    """The blank lines before each value and after the last; None unless every value stands alone
    on its line with nothing but blank lines between them (bars, tabs, two cells on a line …)."""
    before: list[int] = []
    prev_end = -1
    for t in values:
        if t.kind != "num" and t.kind != "dash":
            return None
        if prev_end < 0:
            blank = _blank_lines_back(norm, t.start)
        else:
            if _space_end(norm, prev_end) < t.start:
                return None  # text between two values
            blank = norm.count("\n", prev_end, t.start) - 1
        if blank is None or blank < 0:
            return None
        before.append(blank)
        prev_end = t.end
    if prev_end < 0:
        return None
    end = _space_end(norm, prev_end)
    newlines = norm.count("\n", prev_end, end)
    if end < len(norm) and newlines == 0:
        return None  # text after the last value on its line
    return Gaps(tuple(before), newlines - 1 if end < len(norm) else None)


def _blank_lines_back(norm: str, pos: int) -> int | None:
    """Blank lines between the last non-blank line before `pos` and pos's line; None when pos does
    not begin its line or nothing but blanks lies within reach."""
    line = norm.rfind("\n", 0, pos)
    if line < 0 or not norm[line + 1:pos].isspace() and line + 1 < pos:
        return None  # (the common case in other shapes, found without copying a window)
    window = norm[max(0, pos - _LOOK_BACK):pos]
    stripped = window.rstrip(" \t\n")
    if not stripped:
        return None
    return window.count("\n", len(stripped)) - 1


@dataclass(slots=True)
class Learnt:
    layout: ParagraphLayout
    # The cells of the runs of 三 and 四 it reads (arithmetic checked), by their first value's offset.
    cells: dict[int, list[Tok | None]]


def learn_layout(samples: Sequence[Sample]) -> Learnt | None:
    """The one layout that explains the runs which show blank cells, or None.

    The separator is the fewest blank lines seen before a value. An empty paragraph is one
    blank line, or as many as a separator, or a separator and a line (paragraphs joined by blank
    lines); one of these sizes must fit most rows with blanks — fill them with exactly their
    columns and keep their arithmetic — and the others hardly any, or nothing is trusted."""
    if not samples:
        return None
    # (Not the blank lines after a run: a table may end with none before the next heading.)
    sep = min(min(s.gaps.before) for s in samples)
    telling = [s for s in samples if len(s.values) < s.k]
    fits = {size: _readings(ParagraphLayout(sep, size), telling) for size in sorted({1, sep, sep + 1} - {0})}
    size = max(fits, key=lambda n: len(fits[n]))
    # The size must explain most rows with blanks, and no other size a fair share of them: rows
    # it cannot explain (a page break's blank lines, a lost or doubled blank line, a sum that does
    # not add up) are few, and an odd row another size happens to explain decides nothing.
    if 2 * len(fits[size]) <= len(telling) or any(4 * len(r) >= len(telling) for n, r in fits.items() if n != size):
        return None
    # A converter that adds blank lines after every row (seed 004) makes a row's last, empty cells
    # indistinguishable from that spacing: seen after a complete row, it is never read as cells.
    inner = ParagraphLayout(sep, size, trailing=False)
    spaced = any(not s.last and s.gaps.after is not None and s.gaps.after > sep
                 and inner.cells(s.values, s.gaps, s.k) is not None for s in samples)
    if spaced:
        return Learnt(inner, dict(_readings(inner, telling)))
    return Learnt(ParagraphLayout(sep, size), dict(fits[size]))


def _readings(layout: ParagraphLayout, samples: Sequence[Sample]) -> list[tuple[int, list[Tok | None]]]:
    """The samples the layout reads into exactly their columns, keeping their arithmetic."""
    out: list[tuple[int, list[Tok | None]]] = []
    for s in samples:
        cells = layout.cells(s.values, s.gaps, s.k)
        if cells is not None and (s.check is None or s.check(cell_values(cells))):
            out.append((s.values[0].start, cells))
    return out


def cell_values(cells: Sequence[Tok | None]) -> list[float]:
    """The numbers of a row's cells for its arithmetic, an empty cell as 0."""
    return [float(t.value or 0) if t is not None else 0.0 for t in cells]
