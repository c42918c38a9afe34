"""Word 97–2003 .doc (and WPS files saved in that format) → Document.

The file is an OLE compound file (read with olefile); its text is the main document's characters,
found through the piece table ([MS-DOC] 2.9.177 Clx) — pieces stored as UTF-16 or as 8-bit text.
Table cells end with a cell mark (\\x07) and a table row ends with a row mark, also \\x07: the two
are told apart by the paragraph properties of the mark (sprmPFTtp), read from the PAPX pages
([MS-DOC] 2.9.175 PapxFkp), never guessed from the characters (an empty cell is \\x07 too). A
vertically merged cell's continuation is read from the row's table definition (sprmTDefTable)
and repeats the cell above, as in the .docx reader. Field instructions (the hidden part of
{ PAGE }, HYPERLINK "…") are dropped and their results kept.
"""

from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .assembler import TextAssembler
from .limits import MAX_DOC_MARKS
from .model import ENCRYPTED, Document, ReadError
from .table_layout import WordCell, WordRow, place_word_rows
from .whitespace import cell_text

_DAMAGED = "Word 文档（.doc）不完整或已损坏，无法打开"
_WORD_97 = 0x00C1  # nFib of Word 97 and every later binary format
_CELL_MARK, _PARAGRAPH, _FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x07", "\r", "\x13", "\x14", "\x15"
_SPECIAL = re.compile("[\r\x07\x13\x14\x15]")  # the characters that shape the text
# Characters of the text stream that stand for something other than text (object and picture
# anchors, footnote and annotation references, optional hyphens) or for a break or a hyphen.
_SHOWN = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None) | {0x1E: "-", 0x0B: "\n", 0x0C: "\n",
                                                                        0xA0: " "}
_SPRM_IN_TABLE = 0x2416  # sprmPFInTable: the paragraph lies in a table cell
_SPRM_TTP = 0x2417  # sprmPFTtp: the paragraph is a table row's end mark
_SPRM_INNER_TTP = 0x244C  # sprmPFInnerTtp: the row end of a table nested in a cell
_SPRM_HUGE_PAPX = 0x6646  # sprmPHugePapx: the paragraph's properties are in the Data stream
_SPRM_DEF_TABLE = 0xD608  # sprmTDefTable: the row's cells, with their merge flags
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra; 6 is variable
_Merge = Literal["", "restart", "continue"]


@dataclass(frozen=True)
class _Piece:
    cp_start: int
    cp_end: int
    fc: int  # byte offset of the piece's first character in the WordDocument stream
    compressed: bool  # 8-bit characters (cp1252) instead of UTF-16


def read_doc(data: bytes) -> Document:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error, IndexError) as error:  # olefile raises OSError on bad headers
        raise ReadError(_DAMAGED) from error
    with ole:
        if not ole.exists("WordDocument"):
            raise ReadError("这个 Office 文件不是 Word 文档（可能是 Excel 或 PowerPoint 文件），不是报告正文")
        try:
            word = ole.openstream("WordDocument").read()
            flags, n_fib = _fib_base(word)
            table_name = "1Table" if flags & 0x0200 else "0Table"
            table = ole.openstream(table_name).read() if ole.exists(table_name) else b""
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
        except (OSError, ValueError, struct.error, IndexError) as error:
            raise ReadError(_DAMAGED) from error
    if n_fib < _WORD_97:
        raise ReadError("这是 Word 6/95 格式的文档，无法读取：请用 Word 或 WPS 打开，另存为 .docx 后再导入")
    if flags & 0x0100:  # fEncrypted
        raise ReadError(ENCRYPTED)
    assembler = TextAssembler()
    try:
        text, starts = _main_text(word, table)
        marks = sum(map(text.count, "\r\x07\x13\x14\x15"))
        if marks > MAX_DOC_MARKS:
            raise ReadError(f"Word 文档段落和单元格过多（{marks:,} 个，上限 {MAX_DOC_MARKS:,} 个），不像一份年报，未读取")
        if starts:
            _assemble(text, starts, _ParagraphRuns(word, table, data_stream), assembler)
    except (struct.error, IndexError, ValueError) as error:
        raise ReadError(_DAMAGED) from error
    document_text = assembler.text
    if not document_text.strip():
        raise ReadError("Word 文档中没有文字（可能只有图片：扫描件需要先做文字识别）")
    return Document(document_text, kind="doc", grids=assembler.grids, notes=assembler.notes)


def _fib_base(word: bytes) -> tuple[int, int]:
    ident, n_fib = struct.unpack_from("<HH", word, 0)
    if ident != 0xA5EC:
        raise ValueError("not a Word FIB")
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    return flags, n_fib


def _fc_lcb(word: bytes, index: int) -> tuple[int, int]:
    """Pair `index` of the FIB's FibRgFcLcb (fc, lcb): where a structure lies in the table stream."""
    offset = 0x20
    (csw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + 2 * csw
    (cslw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + 4 * cslw
    (pairs,) = struct.unpack_from("<H", word, offset)
    if index >= pairs:
        raise ValueError("FIB too short")
    fc, lcb = struct.unpack_from("<II", word, offset + 2 + 8 * index)
    return fc, lcb


def _text_length(word: bytes) -> int:
    """ccpText: the characters of the main document (headers, footnotes and text boxes follow)."""
    offset = 0x20
    (csw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + 2 * csw + 2
    (ccp_text,) = struct.unpack_from("<i", word, offset + 4 * 3)
    return max(0, ccp_text)


def _pieces(word: bytes, table: bytes) -> list[_Piece]:
    fc_clx, lcb_clx = _fc_lcb(word, 33)
    clx = table[fc_clx:fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers of the pieces, skipped
        (size,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(0, size)
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + lcb]
    count = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for i in range(count):
        (fc_value,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)
        compressed = bool(fc_value & 0x40000000)
        fc = fc_value & 0x3FFFFFFF
        pieces.append(_Piece(cps[i], cps[i + 1], fc // 2 if compressed else fc, compressed))
    return pieces


def _main_text(word: bytes, table: bytes) -> tuple[str, list[tuple[int, int, bool]]]:
    """The main document's characters, and where each piece starts: (text position, fc, 8-bit)."""
    length = _text_length(word)
    chars: list[str] = []
    starts: list[tuple[int, int, bool]] = []
    done = 0
    for piece in _pieces(word, table):
        if done >= length:
            break
        n = min(piece.cp_end, length) - piece.cp_start
        if n <= 0:
            continue
        starts.append((done, piece.fc, piece.compressed))
        if piece.compressed:
            chars.append(word[piece.fc:piece.fc + n].decode("cp1252", "replace"))
        else:
            chars.append(word[piece.fc:piece.fc + 2 * n].decode("utf-16-le", "replace"))
        done += n
    return "".join(chars), starts


@dataclass(frozen=True)
class _Paragraph:
    """What the PAPX pages say of a paragraph (or cell, or row) mark."""

    in_table: bool = False
    row_end: bool = False
    edges: tuple[int, ...] = ()  # a row end's cell edges (twips), one more than its cells
    merges: tuple[_Merge, ...] = ()  # a row end's cells: "" / "restart" / "continue" (vertical)


_PLAIN = _Paragraph()


class _ParagraphRuns:
    """The PAPX runs of the WordDocument stream: [fc_start, fc_end) → the paragraph's properties."""

    def __init__(self, word: bytes, table: bytes, data: bytes) -> None:
        fc_plc, lcb_plc = _fc_lcb(word, 13)  # PlcBtePapx
        plc = table[fc_plc:fc_plc + lcb_plc]
        count = (len(plc) - 4) // 8
        runs: list[tuple[int, int, _Paragraph]] = []
        for page in struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)) if count > 0 else ():
            fkp = word[page * 512:(page + 1) * 512]
            if len(fkp) < 512:
                continue
            crun = fkp[511]
            rgfc = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
            for i in range(crun):
                offset = fkp[4 * (crun + 1) + 13 * i] * 2
                props = _paragraph(_papx_grpprl(fkp, offset), data) if offset else _PLAIN
                runs.append((rgfc[i], rgfc[i + 1], props))
        runs.sort(key=lambda r: r[0])
        self._starts = [r[0] for r in runs]
        self._runs = runs

    def at(self, fc: int) -> _Paragraph:
        i = bisect_right(self._starts, fc) - 1
        if i >= 0 and self._runs[i][0] <= fc < self._runs[i][1]:
            return self._runs[i][2]
        return _PLAIN


def _papx_grpprl(fkp: bytes, offset: int) -> bytes:
    size = fkp[offset]
    if size == 0:
        size, start = fkp[offset + 1] * 2, offset + 2
    else:
        size, start = size * 2 - 1, offset + 1
    return fkp[start + 2:start + size]  # after the style index (istd)


def _paragraph(grpprl: bytes, data: bytes) -> _Paragraph:
    in_table = row_end = False
    edges: tuple[int, ...] = ()
    merges: tuple[_Merge, ...] = ()
    for sprm, operand in _sprms(grpprl):
        if sprm == _SPRM_HUGE_PAPX and len(operand) == 4:
            # Properties too large for their page (a wide table's row definition) lie in the Data
            # stream: a 2-byte size, then the property list.
            (at,) = struct.unpack("<I", operand)
            (size,) = struct.unpack_from("<H", data, at)
            return _paragraph(data[at + 2:at + 2 + size], b"")
        flag = operand[:1] == b"\x01"
        if sprm == _SPRM_IN_TABLE:
            in_table = flag
        elif sprm == _SPRM_TTP:
            row_end = flag
        elif sprm == _SPRM_INNER_TTP and flag:
            return _Paragraph(in_table=True)  # a nested table's row: its cells read as lines of the outer cell
        elif sprm == _SPRM_DEF_TABLE:
            edges, merges = _table_definition(operand)
    return _Paragraph(in_table or row_end, row_end, edges, merges)


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a property list ([MS-DOC] 2.2.5.1: the operand size by spra)."""
    pos = 0
    while pos + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, pos)
        pos += 2
        size = _OPERAND_SIZES.get(sprm >> 13)
        if size is None:  # spra 6: variable; sprmTDefTable counts its size in two bytes
            if sprm == _SPRM_DEF_TABLE:
                if pos + 2 > len(grpprl):
                    return
                size = struct.unpack_from("<H", grpprl, pos)[0] + 1
                yield sprm, grpprl[pos + 2:pos + size]
            else:
                if pos >= len(grpprl):
                    return
                size = grpprl[pos] + 1
                yield sprm, grpprl[pos + 1:pos + size]
            pos += size
            continue
        yield sprm, grpprl[pos:pos + size]
        pos += size


def _table_definition(operand: bytes) -> tuple[tuple[int, ...], tuple[_Merge, ...]]:
    """TableDefineOperand: the cell count, the cells' edges, then one TC80 (20 bytes) per cell whose
    flags say whether it starts a vertical merge or continues the one above."""
    if not operand:
        return (), ()
    cells = operand[0]
    if 1 + 2 * (cells + 1) > len(operand):
        return (), ()
    edges = struct.unpack_from(f"<{cells + 1}h", operand, 1)
    tcs = 1 + 2 * (cells + 1)
    merges: list[_Merge] = []
    for i in range(cells):
        if tcs + 20 * i + 2 > len(operand):
            merges.append("")
            continue
        (flags,) = struct.unpack_from("<H", operand, tcs + 20 * i)
        vertical = (flags >> 5) & 0x3  # vertMerge: 0 none, 1 continues the cell above, 3 starts one
        merges.append("continue" if vertical == 1 else "restart" if vertical == 3 else "")
    return tuple(edges), tuple(merges)


def _fc_of(position: int, starts: list[tuple[int, int, bool]]) -> int:
    """The WordDocument stream offset of the character at `position` of the main text."""
    i = bisect_right(starts, (position, 1 << 62, True)) - 1
    at, fc, compressed = starts[max(i, 0)]
    return fc + (position - at) * (1 if compressed else 2)


def _assemble(text: str, starts: list[tuple[int, int, bool]], runs: _ParagraphRuns,
              assembler: TextAssembler) -> None:
    """Body paragraphs become lines; cells (their paragraphs joined) and rows become tables."""
    parts: list[str] = []  # the visible text of the paragraph being read
    cell_lines: list[str] = []  # the paragraphs of the cell being read
    cells: list[str] = []  # the cells of the row being read
    table: list[tuple[list[str], _Paragraph]] = []  # the rows of the table being read
    fields: list[bool] = []  # open fields: False while in the instruction, True in the result
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if all(fields):
            parts.append(text[pos:i])
        pos = i + 1
        char = text[i]
        if char == _FIELD_BEGIN:
            fields.append(False)
            continue
        if char == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = True
            continue
        if char == _FIELD_END:
            if fields:
                fields.pop()
            continue
        paragraph = "".join(parts).translate(_SHOWN)
        parts = []
        props = runs.at(_fc_of(i, starts))
        if char == _PARAGRAPH and not props.in_table:
            if table or cells or cell_lines:  # the paragraph after a table
                _add_table(table, _with_open_cell(cells, cell_lines), assembler)
                table, cells, cell_lines = [], [], []
            assembler.add_line(paragraph)
        elif props.row_end:
            table.append((cells, props))
            cells, cell_lines = [], []
        elif char == _CELL_MARK:
            cells.append("\n".join([*cell_lines, paragraph]))
            cell_lines = []
        else:  # a paragraph inside a cell
            cell_lines.append(paragraph)
    if pos < len(text) and all(fields):
        parts.append(text[pos:])
    if table or cells or cell_lines:  # a table the text ends in (a damaged file's)
        _add_table(table, _with_open_cell(cells, cell_lines), assembler)
    tail = "".join(parts).translate(_SHOWN)
    if tail.strip():
        assembler.add_line(tail)


def _with_open_cell(cells: list[str], cell_lines: list[str]) -> list[str]:
    """A row's cells so far, with the paragraphs of a cell whose mark never came (a damaged file)."""
    return [*cells, "\n".join(cell_lines)] if cell_lines else cells


def _add_table(rows: list[tuple[list[str], _Paragraph]], open_cells: list[str], assembler: TextAssembler) -> None:
    """One table: each row's cells with their horizontal spans (from the edges shared by the
    table's rows) and vertical merges; cells left without a row end form a last row."""
    if open_cells:
        rows = [*rows, (open_cells, _PLAIN)]
    columns = sorted({edge for _, props in rows for edge in props.edges})
    word_rows = []
    for cells, props in rows:
        edges = props.edges if len(props.edges) == len(cells) + 1 else ()
        word_cells = []
        for j, text in enumerate(cells):
            span = 1
            if edges:
                span = max(1, sum(1 for edge in columns if edges[j] < edge <= edges[j + 1]))
            merge = props.merges[j] if j < len(props.merges) else ""
            word_cells.append(WordCell(cell_text(text), span, merge))
        word_rows.append(WordRow(word_cells))
    layout = place_word_rows(word_rows)
    if not layout.empty:
        assembler.add_table(layout)
