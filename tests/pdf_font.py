"""The CJK font test PDFs draw with: WenQuanYi Micro Hei, embedded in every PDF reportlab writes, so
glyph widths and boxes are the same on every machine (a font that is only named, such as reportlab's
STSong-Light CID font, is drawn with whatever substitute the reading machine has)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NAME = "WQY"
# Debian's fonts-wqy-microhei (installed by .ci/run); the other places other systems put it.
FONT_FILES = (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
              Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
              Path("/usr/local/share/fonts/wqy-microhei.ttc"))


def embedded_cjk_font() -> str:
    """Registers the font with reportlab (TrueType fonts are embedded as subsets) and returns its name.
    Without the font the test is skipped on a developer's machine and fails in CI."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if NAME in pdfmetrics.getRegisteredFontNames():
        return NAME
    path = next((p for p in FONT_FILES if p.exists()), None)
    if path is None:
        message = "需要 fonts-wqy-microhei 字体来生成中文 PDF"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    pdfmetrics.registerFont(TTFont(NAME, str(path), subfontIndex=0))
    return NAME
