"""A PDF's pages drawn as pixels for the window's page view (the window itself never opens a PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import ReadError


@dataclass(frozen=True)
class PageBitmap:
    """One rendered page: `pixels` holds `height` rows of `stride` bytes, 4 bytes a pixel (R, G, B, unused)."""

    width: int
    height: int
    stride: int
    pixels: bytes


class PdfPages:
    """A PDF opened with pdfium, its pages rendered on request; close() frees it."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        try:
            self._pdf: Any = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise ReadError("PDF 无法打开，不能显示页面") from error

    def __len__(self) -> int:
        return len(self._pdf)

    def render(self, index: int, scale: float) -> PageBitmap | None:
        """Page `index` at `scale` pixels per point; None when pdfium cannot draw it."""
        import pypdfium2 as pdfium

        try:
            page = self._pdf[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)  # RGBx bytes
                try:
                    # Copied out of pdfium's buffer, which is freed with the bitmap.
                    return PageBitmap(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError:
            return None

    def close(self) -> None:
        self._pdf.close()
