"""A report as a PDF (reportlab): prose, ruled tables with spans, a page number on every page.

The CJK text uses reportlab's built-in STSong-Light CID font (no font file needed; pdfium extracts
its text). Long tables break across pages, so the page footer ("- 2 -") falls between their rows
in the extracted text, as it does in real scanned-then-OCRed or printed-to-PDF reports.
"""

from __future__ import annotations

import io
import random
from typing import Any

from tools.synth.document import Block, Para
from tools.synth.style import Style
from tools.synth.tables import PrintedTable, StrayLine

FONT = "STSong-Light"
_FOOTERS = ("- {n} -", "第 {n} 页", "— {n} —")


def draw_options(rng: random.Random) -> dict:
    return {"footer": rng.choice(_FOOTERS), "font_size": rng.choice((7.0, 7.5, 8.0))}


def _styles(options: dict) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    size = options["font_size"]
    return {
        "title": ParagraphStyle("title", fontName=FONT, fontSize=16, leading=22, alignment=1),
        "heading": ParagraphStyle("heading", fontName=FONT, fontSize=12, leading=18),
        "meta": ParagraphStyle("meta", fontName=FONT, fontSize=9, leading=13),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=11, leading=17, firstLineIndent=22,
                               wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=size + 2, alignment=1,
                               wordWrap="CJK"),
    }


def _column_widths(table: PrintedTable, usable: float) -> list[float]:
    if table.section == "requests":  # the three label columns of 三 need room
        labels = [0.08 * usable, 0.08 * usable, 0.22 * usable]
        return labels + [(usable - sum(labels)) / (table.width - 3)] * (table.width - 3)
    if table.section == "active":
        return [0.31 * usable] + [0.23 * usable] * (table.width - 1)
    return [usable / table.width] * table.width


def _table_flowable(table: PrintedTable, styles: dict[str, Any], usable: float) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [r for r in table.rows if not isinstance(r, StrayLine)]
    data: list[list[Any]] = [["" for _ in range(table.width)] for _ in rows]
    commands: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, "black"),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT),
                             ("FONTSIZE", (0, 0), (-1, -1), styles["cell"].fontSize),
                             ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        c = 0
        for slot in row:
            while (r, c) in taken:
                c += 1
            if slot.key:  # a number never wraps inside its cell, as it would not in a real report
                data[r][c] = slot.text
            else:
                text = "<br/>".join(escape(p) for p in slot.text.split("\n"))
                data[r][c] = Paragraph(text, styles["cell"]) if text else ""
            taken.update((r + i, c + j) for i in range(slot.rowspan) for j in range(slot.colspan))
            if slot.rowspan > 1 or slot.colspan > 1:
                commands.append(("SPAN", (c, r), (c + slot.colspan - 1, r + slot.rowspan - 1)))
            c += slot.colspan
    return Table(data, colWidths=_column_widths(table, usable), style=TableStyle(commands))


def render_pdf(blocks: list[Block], style: Style, options: dict, rng: random.Random) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    styles = _styles(options)
    buffer = io.BytesIO()
    margin = 40.0
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin + 10,
                            invariant=True)  # no creation time or random id: same seed, same bytes
    usable = A4[0] - 2 * margin
    story: list[Any] = []
    for block in blocks:
        if isinstance(block, Para):
            text = "<br/>".join(escape(p) for p in block.text.split("\n"))
            story.append(Paragraph(text, styles[block.kind]))
        else:
            story += [_table_flowable(block, styles, usable), Spacer(1, 6)]

    def footer(canvas: Any, page_doc: Any) -> None:
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, margin / 2, options["footer"].format(n=page_doc.page))

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
