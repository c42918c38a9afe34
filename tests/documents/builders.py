"""Builds test inputs in the test itself: .docx with python-docx, PDFs with reportlab."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from app.documents import Document

CJK_FONT = "STSong-Light"  # reportlab's built-in CID font; pdfium maps it back to Unicode


def docx_bytes(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(*pages: Callable[[Any], None], size: tuple[float, float] = (595, 842), **canvas_options: Any) -> bytes:
    """One page per drawing function; each gets the reportlab canvas with the CJK font set."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size, **canvas_options)
    for draw in pages:
        pdf.setFont(CJK_FONT, 12)
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def grid_texts(document: Document, index: int = 0) -> list[list[tuple[str, bool]]]:
    """A grid as (shown text, copy) per position."""
    return [[(document.text[c.start:c.end], c.copy) for c in row] for row in document.grids[index]]
