"""Table 三 as government PDFs print it, ruled, with an embedded CJK font: a group label printed one
character per line down its rows, row labels wrapped over two or three lines, a two-line header
(法人或其他组织 over five columns) with the first rows directly under it, and the table running on
to the next page with the page footer (`- 4 -`) between its rows, the header repeated or not."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.extract import Extraction, extract_bytes
from tests.locate.test_structured_sources import REQUESTS, WANT

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
OUTCOME_GROUP = "三、本年度办理结果"


def printed_requests_pdf(repeat_header: bool, ruled: bool = True) -> bytes:
    pytest.importorskip("reportlab")
    if not FONT_FILE.exists():
        pytest.skip("需要 fonts-wqy-microhei 字体来生成中文 PDF")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", str(FONT_FILE), subfontIndex=0))  # embedded (subset)
    cell = ParagraphStyle("cell", fontName="WQY", fontSize=8, leading=10)
    columns = [c.label for c in REQUESTS.columns]
    header = [["申请人情况", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
              ["", "", "", "", *columns[1:6], ""]]
    body: list[list[object]] = []
    spans = [("SPAN", (0, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (8, 0)), ("SPAN", (9, 0), (9, 1))]
    outcome_first = outcome_last = 0
    for row in REQUESTS.rows:
        values = [str(WANT[f"requests.{row.id}.{c.id}"]) for c in REQUESTS.columns]
        r = len(header) + len(body)
        if row.role in ("in", "carried_forward"):
            body.append([Paragraph(row.label, cell), "", "", *values])
            spans.append(("SPAN", (0, r), (2, r)))
            continue
        outcome_first, outcome_last = outcome_first or r, r
        body.append(["", Paragraph(row.label, cell), "", *values])
        spans.append(("SPAN", (1, r), (2, r)))
    spans.append(("SPAN", (0, outcome_first), (0, outcome_last)))
    body[outcome_first - len(header)][0] = Paragraph("<br/>".join(OUTCOME_GROUP), cell)  # one char per line
    table = Table(header + body, colWidths=[18, 60, 20] + [40] * 7, repeatRows=2 if repeat_header else 0)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "WQY", 8), *([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))
    numbers = iter(range(3, 10))

    def footer(canvas: object, _doc: object) -> None:
        canvas.setFont("WQY", 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {next(numbers)} -")

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    title = ParagraphStyle("h", fontName="WQY", fontSize=12, leading=16)
    story = [Paragraph("2022年庆元县政府信息公开工作年度报告", title), Spacer(1, 420),
             Paragraph("三、收到和处理政府信息公开申请情况", title), table]
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "no-rulings"])
@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "header-once"])
def test_a_printed_table_three_split_over_pages_gives_every_cell(repeat_header: bool, ruled: bool) -> None:
    _check_every_cell(extract_bytes("report.pdf", printed_requests_pdf(repeat_header, ruled)))


@pytest.mark.slow
def test_the_same_table_scanned_gives_every_cell() -> None:
    pytest.importorskip("rapidocr")
    from tools.synth.scan import ScanFlaws, scanned_pdf

    scan = scanned_pdf(printed_requests_pdf(repeat_header=True), ScanFlaws(dpi=200, skew=0.4, jpeg_quality=70))
    _check_every_cell(extract_bytes("scan.pdf", scan))


def _check_every_cell(result: Extraction) -> None:
    assert result.document.text.count("\f") >= 1  # the table does run onto the next page
    requests = {k: v for k, v in WANT.items() if k.startswith("requests.")}
    got = {k: result.record.fields[k] for k in requests}
    assert {k: (got[k], v) for k, v in requests.items() if got[k] != v} == {}


ACTIVE_PARTS = [  # the template's four small tables of 二, each under its own heading
    ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["regulations", "normative_docs"]),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], ["licensing"]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], ["penalty", "enforcement"]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], ["fees"]),
]


def printed_active_pdf(ruled: bool, number_width: float) -> bytes:
    """Table 二 as a Word document prints it: four small tables one under another, each with its
    heading row; numbers in columns `number_width` points wide (narrow ones wrap long numbers)."""
    pytest.importorskip("reportlab")
    if not FONT_FILE.exists():
        pytest.skip("需要 fonts-wqy-microhei 字体来生成中文 PDF")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.template import TEMPLATE_2021

    pdfmetrics.registerFont(TTFont("WQY", str(FONT_FILE), subfontIndex=0))
    cell = ParagraphStyle("cell", fontName="WQY", fontSize=9, leading=11, wordWrap="CJK")
    title = ParagraphStyle("h", fontName="WQY", fontSize=12, leading=16)
    labels = {r.id: r.label for r in TEMPLATE_2021.table("active").rows}
    story: list[object] = [Paragraph("2022年庆元县政府信息公开工作年度报告", title),
                           Paragraph("二、主动公开政府信息情况", title)]
    for heading, header, rows in ACTIVE_PARTS:
        data = [[heading, *[""] * (len(header) - 1)], [Paragraph(h, cell) for h in header]]
        for row in rows:
            keys = [k for k in WANT if k.startswith(f"active.{row}.")]
            data.append([labels[row], *[Paragraph(str(WANT[k]), cell) for k in keys]])
        widths = [110] + [number_width] * (len(header) - 1)
        style = [("FONT", (0, 0), (-1, -1), "WQY", 9), ("SPAN", (0, 0), (-1, 0))]
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 8)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


@pytest.mark.parametrize(("ruled", "number_width"), [
    (True, 90.0), (False, 90.0), (True, 22.0), (False, 22.0)],
    ids=["ruled-wide", "no-rulings-wide", "ruled-numbers-wrap", "no-rulings-numbers-wrap"])
def test_table_two_printed_as_small_tables_one_under_another_gives_every_cell(ruled: bool,
                                                                              number_width: float) -> None:
    result = extract_bytes("report.pdf", printed_active_pdf(ruled, number_width))
    active = {k: v for k, v in WANT.items() if k.startswith("active.")}
    got = {k: result.record.fields[k] for k in active}
    assert {k: (got[k], v) for k, v in active.items() if got[k] != v} == {}


@pytest.mark.parametrize(("ruled", "number_width"), [(True, 90.0), (False, 90.0), (True, 22.0), (False, 22.0)],
                         ids=["ruled-wide", "no-rulings-wide", "ruled-numbers-wrap", "no-rulings-numbers-wrap"])
def test_table_two_printed_as_small_tables_has_no_wrong_cell_that_no_finding_names(ruled: bool,
                                                                                  number_width: float) -> None:
    result = extract_bytes("report.pdf", printed_active_pdf(ruled, number_width))
    named = {k for f in result.findings for k in f.cells}
    wrong = {k for k, v in WANT.items() if k.startswith("active.") and result.record.fields[k] != v}
    assert wrong - named == set()
