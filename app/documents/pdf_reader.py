"""Text-based PDF → Document through pdfium (pypdfium2, Apache/BSD licensed).

Each page's characters are taken with their loose boxes (font ascent to descent, advance width:
steadier for line grouping than ink boxes), and its straight lines (table rulings) from the path
objects; both are turned to top-left display coordinates (rotation and crop box applied) and laid
out by pdf_layout and pdf_tables. Pages are separated by a form feed line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .limits import (
    MAX_PDF_CHARS,
    MAX_PDF_PAGE_CHARS,
    MAX_PDF_PAGE_OBJECTS,
    MAX_PDF_PAGE_SEGMENTS,
    MAX_PDF_PAGES,
)
from .model import Document, ReadError
from .pdf_layout import Glyph, PdfTextBuilder
from .pdf_tables import Rule, find_tables

if TYPE_CHECKING:
    import pypdfium2

Transform = Callable[[float, float, float, float], tuple[float, float, float, float]]
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in PDF

_IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_MAX_RAW_RULES = 20_000  # per page; a page drawing more lines than this is a drawing, not a table
_A4 = (595.0, 842.0)  # the size given to a page that could not be loaded
_MAX_FORM_DEPTH = 8
_STRAIGHT = 0.5  # points a ruling may deviate from horizontal/vertical over its length
_HAIRLINE = 2.5  # a filled rectangle thinner than this is drawn as a line (how Word draws borders)

# pdfium is not thread-safe: a reader thread and the window's thread must not call it together.
_PDFIUM = threading.Lock()
_TAIL = 1024  # readers accept %%EOF within the last KB; a cut-off download has none there
_MAX_GARBLED_SHARE = 0.3


def read_pdf(data: bytes) -> Document:
    _check_complete(data)
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise _load_error(error) from error
        try:
            return _read_pages(pdf)
        finally:
            pdf.close()


def _check_complete(data: bytes) -> None:
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\x0c\r ")[-_TAIL:]:
        raise ReadError("PDF 文件不完整（缺少文件结尾，可能下载中断或已损坏）")


def _load_error(error: Exception) -> ReadError:
    import pypdfium2.raw as pdfium_c

    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return ReadError("PDF 已加密（需要密码才能打开），请先解除密码后再导入")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return ReadError("PDF 使用了不支持的加密方式，请先解除加密后再导入")
    return ReadError("PDF 文件已损坏，无法打开")


def _read_pages(pdf: pypdfium2.PdfDocument) -> Document:
    """Every page it can read; a damaged or oversized page is one line in the text and one note."""
    import pypdfium2 as pdfium

    builder = PdfTextBuilder()
    sizes: list[tuple[float, float]] = []
    blank_pages: list[int] = []
    damaged: list[int] = []
    crowded: list[int] = []
    good = garbled = 0
    last = min(len(pdf), MAX_PDF_PAGES)
    for index in range(last):
        if good >= MAX_PDF_CHARS:
            last = index
            break
        try:
            size, glyphs, page_garbled, tables = _read_page(pdf, index)
        except pdfium.PdfiumError:
            damaged.append(index + 1)
            sizes.append(sizes[-1] if sizes else _A4)
            builder.add_unread_page(f"【第 {index + 1} 页已损坏，未能读取】")
            continue
        sizes.append(size)
        if glyphs is None:
            crowded.append(index + 1)
            builder.add_unread_page(f"【第 {index + 1} 页内容过多，未读取】")
            continue
        builder.add_page(glyphs, tables)
        good += len(glyphs)
        garbled += page_garbled
        if not glyphs:
            blank_pages.append(index + 1)
    if not good:
        if damaged or crowded:
            raise ReadError(f"PDF 没有可读的页：第 {_pages(damaged + crowded)} 页已损坏或内容过多，其余页没有文字")
        raise ReadError("PDF 没有文字层（扫描件），需要先做文字识别（OCR）后再导入")
    if garbled > _MAX_GARBLED_SHARE * (good + garbled):
        raise ReadError("PDF 的文字编码无法识别（字体缺少 Unicode 映射，复制出来是乱码），需要先做文字识别")
    notes = []
    if damaged:
        notes.append(f"PDF 第 {_pages(damaged)} 页已损坏，未能读取；其余各页已读取")
    if crowded:
        notes.append(f"PDF 第 {_pages(crowded)} 页内容过多（超过每页 {MAX_PDF_PAGE_CHARS:,} 字或 "
                     f"{MAX_PDF_PAGE_OBJECTS:,} 个图文对象的上限），未读取")
    if last < len(pdf):
        cap = f"文字超过 {MAX_PDF_CHARS:,} 字" if last < MAX_PDF_PAGES else f"超过 {MAX_PDF_PAGES} 页"
        notes.append(f"PDF 共 {len(pdf)} 页（{cap}），只读取了前 {last} 页")
    if blank_pages:
        notes.append(f"第 {_pages(blank_pages)} 页没有文字层（可能是扫描页），这些页的内容未读取")
    if garbled:
        notes.append(f"有 {garbled} 个字符无法识别编码，已略去")
    return Document(builder.text, kind="pdf", grids=builder.grids, boxes=builder.boxes, page_sizes=sizes,
                    notes=notes)


def _pages(numbers: list[int]) -> str:
    """Page numbers with runs shortened: 1、3–7、9."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "、".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def _read_page(pdf: pypdfium2.PdfDocument, index: int) -> tuple[tuple[float, float], list[Glyph] | None, int, list]:
    """(size, glyphs, unmappable count, ruled tables) of one page; glyphs None when the page holds
    more characters (or objects) than a page can."""
    page = pdf[index]
    try:
        transform, size = _display_transform(page)
        glyphs, page_garbled = _page_glyphs(page, transform, MAX_PDF_PAGE_CHARS)
        tables = find_tables(_page_rules(page, transform)) if glyphs else []
    finally:
        page.close()
    return size, glyphs, page_garbled, tables


def _page_glyphs(page: pypdfium2.PdfPage, transform: Transform, most: int) -> tuple[list[Glyph] | None, int]:
    """The page's visible characters (spaces dropped: gaps are measured) and the unmappable count;
    None for the characters when the page has more than `most`."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFPage_CountObjects(page.raw) > MAX_PDF_PAGE_OBJECTS:
        return None, 0  # (building pdfium's text page of it alone would take hundreds of MB)
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() > most:
            return None, 0
        # The raw calls behind PdfTextPage.get_charbox(loose=True), on the raw handle and with one
        # reused rect (per-character wrapper overhead is most of the cost). GetUnicode gives one
        # code point per char index, where get_text_range is UCS-2 and may skip or insert chars.
        handle, rect = textpage.raw, pdfium_c.FS_RECTF()
        glyphs: list[Glyph] = []
        garbled = 0
        for i in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(handle, i)
            # Whitespace is dropped, including the spaces and line ends pdfium generates itself:
            # gaps are measured from the boxes.
            if code <= 32 or chr(code).isspace():
                continue
            if code > 0x10FFFF or code == 0xFFFD or 0xE000 <= code <= 0xF8FF or (
                    pdfium_c.FPDFText_HasUnicodeMapError(handle, i) == 1):
                garbled += 1
                continue
            if pdfium_c.FPDFText_GetLooseCharBox(handle, i, rect):
                glyphs.append(Glyph(chr(code), *transform(rect.left, rect.bottom, rect.right, rect.top)))
        return glyphs, garbled
    finally:
        textpage.close()


def _page_rules(page: pypdfium2.PdfPage, transform: Transform) -> list[Rule]:
    """The straight horizontal and vertical lines drawn on the page, form XObjects included."""
    import pypdfium2.raw as pdfium_c

    handle = page.raw
    count = pdfium_c.FPDFPage_CountObjects(handle)
    if count > MAX_PDF_PAGE_OBJECTS:
        return []  # a drawing, not a table: not worth a Python object per path
    pending = [(pdfium_c.FPDFPage_GetObject(handle, i), _IDENTITY, 0) for i in range(count)]
    rules: list[Rule] = []
    objects = segments = 0
    while pending and len(rules) <= _MAX_RAW_RULES:
        obj, outer, depth = pending.pop()
        objects += 1
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            segments += max(0, pdfium_c.FPDFPath_CountSegments(obj))
            if segments > MAX_PDF_PAGE_SEGMENTS:
                return []
            rules += _path_rules(obj, _compose(_object_matrix(obj), outer), transform)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
            inner = _compose(_object_matrix(obj), outer)
            inside = pdfium_c.FPDFFormObj_CountObjects(obj)
            if objects + len(pending) + inside > MAX_PDF_PAGE_OBJECTS:
                return []
            pending += [(pdfium_c.FPDFFormObj_GetObject(obj, i), inner, depth + 1) for i in range(inside)]
    return rules if len(rules) <= _MAX_RAW_RULES else []


def _path_rules(path: object, matrix: Matrix, transform: Transform) -> list[Rule]:
    """A stroked path's straight edges; a filled one only where it is a hairline rectangle."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(path, fill, stroke)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = _display_point(matrix, x.value, y.value, transform)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            subpaths[-1].append(point)
        else:  # a curve: not part of a ruling
            subpaths.append([point])
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
    rules: list[Rule] = []
    for points in subpaths:
        if stroke.value:
            rules += filter(None, (_straight(a, b) for a, b in zip(points, points[1:], strict=False)))
        elif fill.value and len(points) >= 4:
            rules += filter(None, [_hairline(points)])
    return rules


def _straight(a: tuple[float, float], b: tuple[float, float]) -> Rule | None:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) <= _STRAIGHT:
        return Rule(True, (ay + by) / 2, min(ax, bx), max(ax, bx))
    if abs(ax - bx) <= _STRAIGHT:
        return Rule(False, (ax + bx) / 2, min(ay, by), max(ay, by))
    return None


def _hairline(points: list[tuple[float, float]]) -> Rule | None:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    if height <= _HAIRLINE < width:
        return Rule(True, (min(ys) + max(ys)) / 2, min(xs), max(xs))
    if width <= _HAIRLINE < height:
        return Rule(False, (min(xs) + max(xs)) / 2, min(ys), max(ys))
    return None


def _object_matrix(obj: object) -> Matrix:
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _display_point(m: Matrix, x: float, y: float, transform: Transform) -> tuple[float, float]:
    px, py = m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
    dx, dy, _, _ = transform(px, py, px, py)
    return dx, dy


def _display_transform(page: pypdfium2.PdfPage) -> tuple[Transform, tuple[float, float]]:
    """Maps a box in PDF user space (left, bottom, right, top) to (x0, y0, x1, y1) on the page as
    displayed: crop box origin, /Rotate applied (clockwise), y growing downwards."""
    left, bottom, right, top = page.get_cropbox()
    rotation = page.get_rotation() % 360

    def to_display(x: float, y: float) -> tuple[float, float]:
        if rotation == 90:
            return y - bottom, x - left
        if rotation == 180:
            return right - x, y - bottom
        if rotation == 270:
            return top - y, right - x
        return x - left, top - y

    def transform(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = to_display(x0, y0), to_display(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    size = (top - bottom, right - left) if rotation in (90, 270) else (right - left, top - bottom)
    return transform, size
