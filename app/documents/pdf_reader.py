"""Text-based PDF → Document through pdfium (pypdfium2, Apache/BSD licensed).

Each page's characters are taken with their loose boxes (font ascent to descent, advance width:
steadier for line grouping than ink boxes), turned to top-left display coordinates (rotation and
crop box applied) and laid out by pdf_layout. Pages are separated by a form feed line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .model import Document, ReadError
from .pdf_layout import Glyph, PdfTextBuilder

if TYPE_CHECKING:
    import pypdfium2

Transform = Callable[[float, float, float, float], tuple[float, float, float, float]]

_TAIL = 1024  # readers accept %%EOF within the last KB; a cut-off download has none there
_MAX_GARBLED_SHARE = 0.3


def read_pdf(data: bytes) -> Document:
    _check_complete(data)
    import pypdfium2 as pdfium

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
    builder = PdfTextBuilder()
    sizes: list[tuple[float, float]] = []
    blank_pages: list[int] = []
    good = garbled = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            transform, size = _display_transform(page)
            glyphs, page_garbled = _page_glyphs(page, transform)
        finally:
            page.close()
        sizes.append(size)
        builder.add_page(glyphs)
        good += len(glyphs)
        garbled += page_garbled
        if not glyphs:
            blank_pages.append(index + 1)
    if not good:
        raise ReadError("PDF 没有文字层（扫描件），需要先做文字识别（OCR）后再导入")
    if garbled > _MAX_GARBLED_SHARE * (good + garbled):
        raise ReadError("PDF 的文字编码无法识别（字体缺少 Unicode 映射，复制出来是乱码），需要先做文字识别")
    notes = []
    if blank_pages:
        notes.append(f"第 {'、'.join(map(str, blank_pages))} 页没有文字层（可能是扫描页），这些页的内容未读取")
    if garbled:
        notes.append(f"有 {garbled} 个字符无法识别编码，已略去")
    return Document(builder.text, kind="pdf", boxes=builder.boxes, page_sizes=sizes, notes=notes)


def _page_glyphs(page: pypdfium2.PdfPage, transform: Transform) -> tuple[list[Glyph], int]:
    """The page's visible characters (spaces dropped: gaps are measured) and the unmappable count."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
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
