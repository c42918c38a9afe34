"""Scanned pages → Document through OCR: image files (PNG, JPEG, TIFF, one page per frame), the
image-only pages of a PDF, and a folder of page images (turned into one image-only PDF first).

A scanned page ends up exactly like a text-layer page: characters with boxes in points and the
table rulings, laid out by PdfTextBuilder, so the locator's PDF geometry applies unchanged, and the
page is shown as published with each number's box. Every character keeps OCR's score, which the
boxes and then the provenance of each value carry (low scores are flagged by validation).
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .limits import MAX_IMAGE_PIXELS, MAX_OCR_PAGES, ocr_seconds
from .model import Box, Document, ReadError
from .names import is_hidden
from .pdf_layout import Glyph, PdfTextBuilder
from .pdf_tables import Rule, find_tables

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
DEFAULT_DPI = 200.0  # an image without a resolution of its own: a typical office scan
_DPI_RANGE = (100.0, 600.0)  # a stated resolution outside this is a placeholder (72 dpi), not a scan's


# Told the OCR seconds a file is about to get (its pages known), before the first page is read: a
# worker process passes it to the runner, which extends that file's time budget by as much.
OcrListener = Callable[[float], None]
_listener: OcrListener | None = None


def listen_for_ocr(listener: OcrListener | None) -> None:
    global _listener
    _listener = listener


class OcrBudget:
    """The pages and time one file may spend on OCR: an absurd file is refused, never a long wait.
    The time is OCR_PAGE_SECONDS per page to read, at most MAX_OCR_SECONDS (limits.ocr_seconds)."""

    def __init__(self, pages: int) -> None:
        if pages > MAX_OCR_PAGES:
            raise ReadError(f"扫描件共 {pages} 页需要文字识别，超过 {MAX_OCR_PAGES} 页的上限"
                            "（年度报告通常只有几页到二十几页），请只导入报告本身的页面")
        self.seconds = ocr_seconds(pages)
        if _listener is not None:
            _listener(self.seconds)
        self._deadline = time.monotonic() + self.seconds

    def check(self, page: int) -> None:
        if time.monotonic() > self._deadline:
            raise ReadError(f"文字识别超过 {self.seconds:g} 秒仍未完成（停在第 {page + 1} 页），"
                            "文件可能异常巨大，已停止")


# A page read the right way up scores 0.994-0.998 on average (150/200 dpi, blurred, photographed);
# the same pages upside down 0.76-0.92, with a sixth to a half of the characters. Below this mean
# the page is read turned as well (a second OCR, for doubtful pages only).
_UPRIGHT_MEAN = 0.97
_TURNED_BETTER = 1.5  # and the turned reading is kept when its summed confidence is this much larger


def ocr_page(pixels: np.ndarray, dpi: float) -> tuple[list[Glyph], list[Rule], float]:
    """One page's characters and rulings in points on the straightened page, and the angle it was
    turned back by (180° more for a page fed upside down)."""
    from .ocr import recognise
    from .scan_image import clear_grain, even_out, find_rules, straighten

    upright, angle = straighten(even_out(pixels, dpi))
    upright = clear_grain(upright)
    glyphs = recognise(upright, 72.0 / dpi)
    if _doubtful(glyphs):
        # Turned whole rather than line by line: the recogniser's own per-line classifier turned
        # lone digits (6 into 9), a page-wide reading with twice the confidence does not.
        turned = upright[::-1, ::-1].copy()
        turned_glyphs = recognise(turned, 72.0 / dpi)
        if _confidence(turned_glyphs) > _TURNED_BETTER * _confidence(glyphs):
            return turned_glyphs, find_rules(turned, dpi), angle + 180.0
    return glyphs, find_rules(upright, dpi), angle


def _doubtful(glyphs: list[Glyph]) -> bool:
    return not glyphs or _confidence(glyphs) / len(glyphs) < _UPRIGHT_MEAN


def _confidence(glyphs: list[Glyph]) -> float:
    return sum(g.confidence or 0.0 for g in glyphs)


def add_scanned_page(builder: PdfTextBuilder, pixels: np.ndarray, dpi: float) -> int:
    """OCRs a page into the builder; the number of characters read. Lines and cells are laid out on
    the straightened page; the boxes are then turned back onto the page as scanned (as shown)."""
    glyphs, rules, angle = ocr_page(pixels, dpi)
    first = len(builder.boxes)
    builder.add_page(glyphs, find_tables(rules) if glyphs else [])
    if angle:
        width, height = pixels.shape[1] * 72 / dpi, pixels.shape[0] * 72 / dpi
        builder.boxes[first:] = [_turned_back(box, angle, width, height) for box in builder.boxes[first:]]
    return len(glyphs)


def _turned_back(box: Box, angle: float, width: float, height: float) -> Box:
    """A box of the straightened page at its place on the page as scanned (same size: the turn is small,
    or small and half a turn)."""
    from .scan_image import turn_back

    x, y = turn_back((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, angle, width, height)
    dx, dy = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
    return replace(box, x0=x - dx, y0=y - dy, x1=x + dx, y1=y + dy)


def read_image(data: bytes, *, ocr: bool = True) -> Document:
    """An image file of scanned pages (a TIFF may hold several). Without `ocr`, only the page
    sizes (for showing the pages)."""
    pages = list(_frames(data))
    budget = OcrBudget(len(pages)) if ocr else None
    builder = PdfTextBuilder()
    sizes: list[tuple[float, float]] = []
    empty: list[int] = []
    for index, (image, dpi) in enumerate(pages):
        sizes.append((image.width * 72 / dpi, image.height * 72 / dpi))
        if budget is None:
            continue
        budget.check(index)
        from .scan_image import grey

        if not add_scanned_page(builder, grey(image), dpi):
            empty.append(index + 1)
    if budget is not None and len(empty) == len(pages):
        raise ReadError("图片中没有识别出文字（可能不是报告页面，或图像过于模糊）")
    notes = ["本报告是扫描图片，文字由文字识别（OCR）得出，数字请对照原图核对"] if ocr else []
    if empty and budget is not None:
        notes.append(f"第 {'、'.join(map(str, empty))} 页没有识别出文字")
    return Document(builder.text, kind="image", grids=builder.grids, boxes=builder.boxes, page_sizes=sizes,
                    notes=notes)


def _frames(data: bytes) -> Iterator[tuple[Image.Image, float]]:
    """Each page of an image file with its resolution (dots per inch)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS  # Pillow raises DecompressionBombError beyond twice this
    try:
        with _pillow_quiet():
            frames = ImageSequence.Iterator(Image.open(io.BytesIO(data)))
        while True:
            with _pillow_quiet():
                frame = next(frames, None)
                if frame is None:
                    return
                if frame.width * frame.height > MAX_IMAGE_PIXELS:
                    raise ReadError(f"图片过大（{frame.width}×{frame.height} 像素），超过扫描页的合理尺寸")
                page = frame.copy()
                page.load()
            yield page, _dpi(frame)  # (outside the quiet block: the caller's warnings are its own)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError,
            TypeError, KeyError) as error:
        # (A TIFF whose size or strip tags are damaged fails inside Pillow with TypeError/KeyError.)
        raise ReadError("图片文件无法读取，可能已损坏，或不是受支持的图片格式") from error


@contextmanager
def _pillow_quiet() -> Iterator[None]:
    """Pillow warns on stderr about damaged metadata it then skips, and about pages over its own
    size guard, which this reader bounds itself: neither is news for the reviewer, whose file is
    read, or refused with a message, either way."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _dpi(image: Image.Image) -> float:
    info = image.info.get("dpi")
    try:
        dpi = float(info[0]) if info else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    return dpi if _DPI_RANGE[0] <= dpi <= _DPI_RANGE[1] else DEFAULT_DPI


def is_scan_folder(folder: Path, names: list[str]) -> bool:
    """A folder is one report's scanned pages when it holds at least two files and every one of
    them is a page image (its visible files; subfolders make it an ordinary folder)."""
    return len(names) >= 2 and all(Path(n).suffix.lower() in IMAGE_EXTENSIONS for n in names)


def page_files(folder: Path) -> list[Path]:
    """A folder's visible files (dot-files and Windows hidden ones such as Thumbs.db skipped), in
    name order: its pages, if it is a scan folder."""
    return sorted((p for p in folder.iterdir() if p.is_file() and not is_hidden(p)), key=lambda p: p.name)


def folder_as_pdf(pages: list[Path]) -> bytes:
    """The page images of one report (in name order) as one image-only PDF: it is stored, shown
    and read like any scanned PDF. Each page keeps its size on paper (pixels at its resolution)."""
    images: list[Image.Image] = []
    for path in pages:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ReadError(f"无法读取页面图片 {path.name}：{error.strerror or error}") from error
        try:
            for image, dpi in _frames(data):
                images.append(_for_pdf(image, dpi))
        except ReadError as error:
            raise ReadError(f"页面图片 {path.name}：{error}") from error
        if len(images) > MAX_OCR_PAGES:
            raise ReadError(f"文件夹中的页面超过 {MAX_OCR_PAGES} 页的上限，请只放一份报告的页面")
    out = io.BytesIO()
    # Fixed dates: the same pages make the same bytes, so importing the folder again finds it stored.
    fixed = time.gmtime(0)
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=DEFAULT_DPI,
                   creationDate=fixed, modDate=fixed)
    return out.getvalue()


def _for_pdf(image: Image.Image, dpi: float) -> Image.Image:
    """A page scaled to DEFAULT_DPI (one resolution for the whole PDF), grey unless it has colour."""
    from PIL import Image

    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    if abs(dpi - DEFAULT_DPI) > 1:
        size = (round(image.width * DEFAULT_DPI / dpi), round(image.height * DEFAULT_DPI / dpi))
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image
