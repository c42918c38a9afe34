"""What a reader hands on: the decoded text of a report, plus the tables and boxes it could see."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Kind = Literal["text", "html", "docx", "doc", "pdf", "image"]  # doc: Word 97–2003; image: scanned pages in an image file


class ReadError(Exception):
    """A file that cannot be read as a report; the message names the problem in Chinese."""


# The same refusal whichever container says so (OOXML in OLE, a zip member's flag, a .doc's FIB).
ENCRYPTED = "文档已加密（设有打开密码），请先取消密码后再导入"


class GridCell(NamedTuple):
    """One position of a table grid; text[start:end] is the cell's content (stripped).

    `copy` is True where a rowspan/colspan/vMerge repeats a merged cell into this position: a
    copied label helps find rows, but a copied number must never be counted twice. (A named tuple:
    every cell of every table is one, and tuples cost half as much to create as frozen dataclasses;
    equal and hashed by their fields as before.)
    """

    start: int
    end: int
    copy: bool = False


Grid = list[list[GridCell]]


@dataclass(frozen=True)
class Box:
    """Where a run of text (text[start:end]) sits on a PDF page, in points, origin top-left."""

    start: int
    end: int
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float | None = None  # scanned pages: OCR's lowest character score in the run


@dataclass
class Document:
    text: str
    kind: Kind = "text"
    encoding: str = "utf-8"
    grids: list[Grid] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)  # PDF and image pages, sorted by start
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # PDF and image pages
    # What the reader had to guess, drop or cut (Chinese, for the reviewer): a replaced undecodable
    # byte, a truncated table, a PDF page without a text layer.
    notes: list[str] = field(default_factory=list)
