"""A scanned page image made ready for OCR: grey, its paper evened out, straightened, grain cleared,
and its table rulings found.

A page photographed under a lamp, or a grey photocopy, has paper darker than the ink of another
corner: one ink threshold cannot serve the whole page, so rulings are lost and OCR misreads the dim
corner. The paper is therefore measured first (the page with its ink dilated away, at a quarter of
the size) and every pixel divided by it: paper white again, ink as dark as printed, strokes keeping
their grey edges. Only a grainy page then has its paper made white; binarising (black and white)
or whitening every page was measured to lose digits of ordinary scans (README, bench_ocr.py).

Office scanners feed paper a little askew (up to a degree or so): OCR copes, but a ruling that
climbs 20 pixels across the page is no longer a horizontal line, and the table's cells are lost.
So the page is turned upright first, by the angle at which its dark pixels fall into the sharpest
rows (the projection-profile method). Rulings are then long thin runs of dark pixels, found with a
morphological opening, and handed to pdf_tables like the lines of a text PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .pdf_tables import Rule

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

MAX_SKEW = 2.0  # degrees searched either way
SKEW_STEP = 0.1
_INK = 160  # grey level below which a pixel is ink (paper is ~255, JPEG noise stays above)
_PROFILE_WIDTH = 600  # px: the page is measured at this width (enough to resolve 0.1°)
_RULE_MIN = 0.12  # a ruling is at least this many inches long (shorter runs are strokes of text)
_RULE_THICK = 0.06  # and at most this many inches thick (thicker is a filled box or a photo)


def grey(image: Image.Image) -> np.ndarray:
    """The page as 8-bit grey pixels (colour, palette and 1-bit scans alike)."""
    import numpy as np

    return np.asarray(image.convert("L"), dtype=np.uint8)


_WHITE = 250  # an evened-out paper pixel darker than this is grain (or a stroke's edge)
_GRAINY = 0.10  # clean and JPEG scans: 1-5 % of paper pixels below white; photos 12-57 % (bench_ocr)
_PAPER_SCALE = 4  # the paper is measured at a quarter of the page's size (lighting varies slowly)
_PAPER_REACH = 0.12  # inches: wider than any stroke of text or ruling, so dilation leaves only paper


def even_out(pixels: np.ndarray, dpi: float) -> np.ndarray:
    """The page divided by its paper: uneven light and a grey paper tone gone, ink kept."""
    import cv2
    import numpy as np

    h, w = pixels.shape
    small = cv2.resize(pixels, (max(1, w // _PAPER_SCALE), max(1, h // _PAPER_SCALE)), interpolation=cv2.INTER_AREA)
    reach = max(3, round(_PAPER_REACH * dpi / _PAPER_SCALE)) | 1
    paper = cv2.dilate(small, np.ones((reach, reach), np.uint8))
    paper = cv2.blur(paper, (reach * 2 + 1, reach * 2 + 1))  # the dilation's blocks smoothed away
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    np.maximum(paper, 1, out=paper)
    # In 16-bit integers, in place: a 60-million-pixel page would need 700 MB more in floating point.
    evened = pixels.astype(np.uint16)
    evened *= 255
    evened //= paper.astype(np.uint8, copy=False)  # (already 8-bit: no copy; typed for mypy)
    np.minimum(evened, 255, out=evened)
    return evened.astype(np.uint8)


def _paper_cut(pixels: np.ndarray) -> float:
    """The grey level from which a pixel counts as paper: halfway from Otsu's ink/paper threshold
    to white (a stroke's grey edge stays below it)."""
    import cv2

    threshold, _ = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return (threshold + 255) / 2


def whiten_paper(pixels: np.ndarray, cut: float | None = None) -> np.ndarray:
    """Paper made pure white, ink left as it is: every pixel from the paper cut up becomes white,
    while the strokes keep their grey edges."""
    import numpy as np

    return np.where(pixels >= (_paper_cut(pixels) if cut is None else cut), np.uint8(255), pixels)


def clear_grain(pixels: np.ndarray) -> np.ndarray:
    """A grainy page (a photo, a noisy copy: over a tenth of its paper not white once evened out)
    with its paper whitened; any other page as it is, since whitening thins the strokes of a clean
    scan and lost digits there (README: the measured comparison)."""
    cut = _paper_cut(pixels)
    paper = pixels[pixels >= cut]
    if paper.size and float((paper < _WHITE).mean()) > _GRAINY:
        return whiten_paper(pixels, cut)
    return pixels


def skew_angle(pixels: np.ndarray) -> float:
    """The page's skew in degrees (counter-clockwise positive), 0 when none is measurable."""
    import numpy as np

    step = max(1, pixels.shape[1] // _PROFILE_WIDTH)
    small = pixels[::step, ::step] < _INK
    ys, xs = np.nonzero(small)
    if len(ys) < 200:
        return 0.0
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP):
        # Shear instead of rotate: for a degree or two the rows are the same.
        rows = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        rows -= rows.min()
        counts = np.bincount(rows).astype(np.float64)
        score = float(np.dot(counts, counts))
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


def straighten(pixels: np.ndarray) -> tuple[np.ndarray, float]:
    """The page turned upright (unchanged when it is already), and the angle it was turned back by."""
    import numpy as np
    from PIL import Image

    angle = skew_angle(pixels)
    if abs(angle) < SKEW_STEP / 2:
        return pixels, 0.0
    # Rows were sheared by +angle to line up: the page is turned the same way (PIL: counter-clockwise).
    turned = Image.fromarray(pixels).rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return np.asarray(turned, dtype=np.uint8), angle


def find_rules(pixels: np.ndarray, dpi: float) -> list[Rule]:
    """The page's horizontal and vertical rulings, in points (origin top-left)."""
    import cv2
    import numpy as np

    ink = (pixels < _INK).astype(np.uint8)
    length = max(8, round(_RULE_MIN * dpi))
    thick = max(2, round(_RULE_THICK * dpi))
    k = 72.0 / dpi
    rules: list[Rule] = []
    for horizontal in (True, False):
        kernel = np.ones((1, length) if horizontal else (length, 1), np.uint8)
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
            if horizontal and h <= thick:
                rules.append(Rule(True, (y + h / 2) * k, x * k, (x + w) * k))
            elif not horizontal and w <= thick:
                rules.append(Rule(False, (x + w / 2) * k, y * k, (y + h) * k))
    return rules


def turn_back(x: float, y: float, angle: float, width: float, height: float) -> tuple[float, float]:
    """Where a point of the straightened page (turned by -angle about its centre) lies on the page
    as scanned, in the same units as width and height."""
    import math

    theta = math.radians(angle)
    dx, dy = x - width / 2, y - height / 2
    # PIL turns counter-clockwise on the screen (y down); undoing -angle turns by +angle.
    return (width / 2 + dx * math.cos(theta) + dy * math.sin(theta),
            height / 2 - dx * math.sin(theta) + dy * math.cos(theta))
