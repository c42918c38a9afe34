"""Optical character recognition of one page image → characters with boxes and confidences.

RapidOCR (Apache-2.0) runs PaddleOCR's PP-OCR Chinese models on onnxruntime; the models ship inside
the `rapidocr` wheel, so nothing is downloaded at run time (see README: why not Tesseract). Each
recognised character comes with its own box and score: a line-level result would merge
neighbouring table cells (`147 1 148` → `1471148`), so characters are handed on one by one and the
PDF layout code measures the gaps between them, as it does for a text layer.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any

from .model import ReadError
from .pdf_layout import Glyph

if TYPE_CHECKING:
    import numpy as np

# A recognised line below this score is dropped (the engine's default is 0.5: it keeps rubbish
# from stamps and photos); a kept character's own score is its confidence.
_LINE_SCORE = 0.5
_DIGIT_GAP = 0.8  # in widths of the narrower digit: closer digits of one line are one number
_engine: Any = None
_engine_lock = threading.Lock()
_threads = 0  # onnxruntime threads per process; 0 = its default (every core)


def set_threads(count: int) -> None:
    """Threads one OCR may use: import workers each take a share of the cores (set before first use)."""
    global _threads
    _threads = max(0, count)


def recognise(image: np.ndarray, points_per_pixel: float) -> list[Glyph]:
    """The characters on a grey page image, boxes in points (pixel × points_per_pixel)."""
    import numpy as np

    engine = _get_engine()
    rgb = np.repeat(image[:, :, None], 3, axis=2) if image.ndim == 2 else image
    result = engine(rgb, return_word_box=True, return_single_char_box=True, text_score=_LINE_SCORE)
    if not result.txts:
        return []
    glyphs: list[Glyph] = []
    for words in result.word_results:
        line: list[Glyph] = []
        for text, score, quad in words:
            if not text or quad is None:
                continue
            line += _split(text, float(score), quad, points_per_pixel)
        glyphs += _close_digit_gaps(line)
    return glyphs


def _close_digit_gaps(line: list[Glyph]) -> list[Glyph]:
    """Digits of one recognised line set closer than _DIGIT_GAP of a digit's width are one number.

    The character boxes are the recogniser's estimates, not ink: in `988` read at 200 dpi the
    second 8 started 0.7 of a digit's width after the first ended, which the layout takes for a
    word gap (`98 8`, an unplaced row). Numbers in neighbouring cells stand a cell's padding apart,
    well over a digit's width, and their boxes are left as they are."""
    out = list(line)
    for k in range(1, len(out)):
        previous, glyph = out[k - 1], out[k]
        if not (previous.char.isdigit() and glyph.char.isdigit()):
            continue
        gap = glyph.x0 - previous.x1
        if 0 < gap < _DIGIT_GAP * min(previous.width, glyph.width):
            middle = (previous.x1 + glyph.x0) / 2
            out[k - 1] = previous._replace(x1=middle)
            out[k] = glyph._replace(x0=middle)
    return out


def _split(text: str, score: float, quad: Any, k: float) -> list[Glyph]:
    """A recognised word's characters, its box shared out by width (a word is mostly one char)."""
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    x0, x1, y0, y1 = min(xs) * k, max(xs) * k, min(ys) * k, max(ys) * k
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return []
    step = (x1 - x0) / len(chars)
    return [Glyph(c, x0 + i * step, y0, x0 + (i + 1) * step, y1, round(score, 3)) for i, c in enumerate(chars)]


def _get_engine() -> Any:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _load_engine()
        return _engine


def _load_engine() -> Any:
    try:
        from rapidocr import RapidOCR
    except ImportError as error:
        raise ReadError("这是扫描件，但本程序安装时未包含文字识别（OCR）组件，无法识别") from error
    # No per-line orientation classifier: it turns a crop it takes for upside down by 180°, and a
    # lone digit 6 turned is a 9 (a scan at 1° and JPEG 70 read three 6s as 9s, each scored 0.95+,
    # two in one column, so the sums held and no finding named one). Pages are straightened here
    # (scan_image.straighten) before OCR; lines are never upside down on an upright page.
    params: dict[str, Any] = {"Global.log_level": "error", "Global.use_cls": False}
    if _threads:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = _threads
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    # The models are the wheel's own files; a missing one would make rapidocr try to download it.
    import rapidocr

    models = os.path.join(os.path.dirname(rapidocr.__file__), "models")
    if not os.path.isdir(models) or not os.listdir(models):
        raise ReadError("文字识别（OCR）组件缺少模型文件，请重新安装本程序")
    return RapidOCR(params=params)
