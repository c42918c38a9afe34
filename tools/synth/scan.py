"""Scans made from text PDFs, with the flaws of an office scanner: the truth stays the PDF's.

Each page is rasterised (pdfium) at a scanner's resolution, turned a little (paper fed askew),
blurred (focus, toner), lit unevenly with grain (a page photographed under a desk lamp, a grey
photocopy) and saved as JPEG (what scanners and phones send), then the pages are put into an
image-only PDF, as scanned reports are published.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ScanFlaws:
    dpi: int = 200
    skew: float = 0.0  # degrees, counter-clockwise
    blur: float = 0.0  # Gaussian radius in pixels
    jpeg_quality: int | None = None  # None: lossless
    shade: float = 0.0  # how much darker the paper gets towards the far corner (0.5: half as bright)
    grain: float = 0.0  # standard deviation of the noise added to every pixel, in grey levels

    @property
    def name(self) -> str:
        parts = [f"{self.dpi}dpi"]
        if self.skew:
            parts.append(f"skew{self.skew:g}")
        if self.blur:
            parts.append(f"blur{self.blur:g}")
        if self.shade:
            parts.append(f"shade{self.shade:g}")
        if self.grain:
            parts.append(f"grain{self.grain:g}")
        if self.jpeg_quality:
            parts.append(f"jpeg{self.jpeg_quality}")
        return "-".join(parts)


def scanned_pages(pdf: bytes, flaws: ScanFlaws) -> list[Any]:
    """The PDF's pages as grey PIL images with the given flaws."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=flaws.dpi / 72, grayscale=True).to_pil().convert("L")
            if flaws.skew:
                image = image.rotate(flaws.skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
            if flaws.blur:
                image = image.filter(ImageFilter.GaussianBlur(flaws.blur))
            if flaws.shade or flaws.grain:
                image = _photographed(image, flaws.shade, flaws.grain, seed=index)
            if flaws.jpeg_quality:
                buffer = io.BytesIO()
                image.save(buffer, format="JPEG", quality=flaws.jpeg_quality)
                image = Image.open(io.BytesIO(buffer.getvalue()))
            image.info["dpi"] = (flaws.dpi, flaws.dpi)
            pages.append(image)
    finally:
        document.close()
    return pages


def _photographed(image: Any, shade: float, grain: float, seed: int) -> Any:
    """The page lit from its top-left corner (brightness falling by `shade` towards the far corner),
    with Gaussian grain: ink and paper alike get darker, as in a photo."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image, dtype=np.float32)
    h, w = pixels.shape
    ys, xs = np.mgrid[0:h, 0:w]
    light = 1.0 - shade * (xs / w + ys / h) / 2
    pixels = pixels * light
    if grain:
        pixels = pixels + np.random.default_rng(seed).normal(0.0, grain, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def image_pdf(pages: list[Any], dpi: int) -> bytes:
    """Pages as an image-only PDF (no text layer), each the size it had on paper."""
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


def scanned_pdf(pdf: bytes, flaws: ScanFlaws) -> bytes:
    return image_pdf(scanned_pages(pdf, flaws), flaws.dpi)
