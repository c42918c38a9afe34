"""Builds test inputs in the test itself: .docx with python-docx, PDFs with reportlab."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from app.documents import Document
from tests.pdf_font import NAME as CJK_FONT
from tests.pdf_font import embedded_cjk_font


def docx_bytes(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(*pages: Callable[[Any], None], size: tuple[float, float] = (595, 842), **canvas_options: Any) -> bytes:
    """One page per drawing function; each gets the reportlab canvas with the CJK font set."""
    from reportlab.pdfgen import canvas

    embedded_cjk_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size, **canvas_options)
    for draw in pages:
        pdf.setFont(CJK_FONT, 12)
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def ruled_table_pdf(rows: list[list[str]], spans: list[tuple[tuple[int, int], tuple[int, int]]] = (),
                    col_widths: list[float] | None = None, font_size: float = 9, heading: str = "") -> bytes:
    """A PDF holding one bordered table (reportlab platypus, CJK line wrapping inside cells);
    spans are reportlab SPAN corners ((col, row), (col, row))."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    embedded_cjk_font()
    style = ParagraphStyle("cell", fontName=CJK_FONT, fontSize=font_size, leading=font_size + 2, alignment=1,
                           wordWrap="CJK")
    data = [[Paragraph(text, style) if text else "" for text in row] for row in rows]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    commands += [("SPAN", start, end) for start, end in spans]
    story = [Paragraph(heading, ParagraphStyle("h", fontName=CJK_FONT, fontSize=12))] if heading else []
    story.append(Table(data, colWidths=col_widths, style=TableStyle(commands)))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(595, 842)).build(story)
    return buffer.getvalue()


def grid_texts(document: Document, index: int = 0) -> list[list[tuple[str, bool]]]:
    """A grid as (shown text, copy) per position."""
    return [[(document.text[c.start:c.end], c.copy) for c in row] for row in document.grids[index]]
