"""Characters with boxes → lines and words → text with one Box per word (pure geometry).

Coordinates are PDF points with the origin at the top-left of the page as displayed. Lines are
glyphs that overlap vertically, read top to bottom; words are glyphs left to right without a wide
gap. Between words: a TAB when the gap exceeds ~1.5 character widths (table cells stay apart), a
space for an ordinary word gap, nothing between CJK characters. A word never mixes CJK and other
characters, so a number inside a Chinese sentence gets a box of its own (and no inserted space
when it touches the text).
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median
from typing import NamedTuple

from .model import Box
from .whitespace import is_cjk

TAB_GAP = 1.5  # in widths of the wider neighbouring character
SPACE_GAP = 0.15  # in line heights (loose glyph boxes are about 1.0-1.2 em high)
SAME_LINE_OVERLAP = 0.5  # share of the smaller height two glyphs must overlap vertically
PAGE_BREAK = "\f\n"


class Glyph(NamedTuple):
    """One character of a page (a tuple: pages hold thousands and they are made in a hot loop)."""

    char: str
    x0: float
    y0: float  # top
    x1: float
    y1: float  # bottom

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


class PdfTextBuilder:
    """Accumulates pages; `text` and `boxes` are the Document's."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.boxes: list[Box] = []
        self._pages = 0

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add_page(self, glyphs: list[Glyph]) -> None:
        if self._pages:
            self._append(PAGE_BREAK)
        page = self._pages
        self._pages += 1
        for line in group_lines(glyphs):
            for separator, word in split_words(line):
                self._append(separator)
                start = self._length
                self._append("".join(g.char for g in word))
                self.boxes.append(Box(start, self._length, page, min(g.x0 for g in word),
                                      min(g.y0 for g in word), max(g.x1 for g in word),
                                      max(g.y1 for g in word)))
            self._append("\n")

    def _append(self, chunk: str) -> None:
        self._parts.append(chunk)
        self._length += len(chunk)


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


def split_words(line: list[Glyph]) -> list[tuple[str, list[Glyph]]]:
    """(separator before the word, its glyphs) for each word of a sorted line."""
    if not line:
        return []
    height = median(g.height for g in line)
    cjk = [is_cjk(g.char) for g in line]
    words: list[tuple[str, list[Glyph]]] = [("", [line[0]])]
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
