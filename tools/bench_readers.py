"""Prints how fast app.documents reads a typical report page in each format.

    .venv/bin/python tools/bench_readers.py [--runs N]

The HTML page is built from the 2021 template (tables 二 and 三 with the rowspan/colspan layout of
Word-exported pages, inline styles on every cell, scripts and navigation around) and padded with
narrative paragraphs to about 30 KB, the size of a typical published report page. The same
content is written as .docx (python-docx) and as a PDF (reportlab), so the figures compare.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents import read_document  # noqa: E402
from app.template import TEMPLATE_2021  # noqa: E402

PAGE_BYTES = 30_000
_TD = '<td width="{w}" style="border:1px solid #000"{span}><p align="center">{text}</p></td>'
_P = ('<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-size:16pt;'
      'font-family:仿宋_GB2312">{text}</span></p>\n')


Cells = list[list[tuple[str, int, int]]]  # rows of (text, rowspan, colspan)


def report_tables() -> list[Cells]:
    """Tables 二, 三 and 四, merged the way published pages merge them."""
    return [active_table(), requests_table(), appeals_table()]


def active_table() -> Cells:
    rows: Cells = []
    group = None
    for number, row in enumerate(TEMPLATE_2021.table("active").rows):
        if row.group != group:
            group = row.group
            rows.append([(row.group, 1, 4)])
            rows.append([("信息内容", 1, 1)] + [(c.label, 1, 4 - len(row.columns)) for c in row.columns])
        rows.append([(row.label, 1, 1)] + [(str(number * 11), 1, 4 - len(row.columns)) for _ in row.columns])
    return rows


def requests_table() -> Cells:
    table = TEMPLATE_2021.table("requests")
    columns = table.columns
    rows: Cells = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
        [(columns[0].label, 2, 1), (columns[1].group, 1, 5), (columns[-1].label, 2, 1)],
        [(c.label, 1, 1) for c in columns[1:-1]],
    ]
    labels = [row.group for row in table.rows]
    for number, row in enumerate(table.rows):
        cells: list[tuple[str, int, int]] = []
        if row.group and (number == 0 or labels[number - 1] != row.group):
            run = next((i for i in range(number, len(labels)) if labels[i] != row.group), len(labels)) - number
            cells.append((row.group, run, 1))  # the group label spans its consecutive rows
        cells.append((row.label, 1, 2 if row.group else 3))
        cells += [(str((number * 7 + i) % 13), 1, 1) for i in range(len(columns))]
        rows.append(cells)
    return rows


def appeals_table() -> Cells:
    table = TEMPLATE_2021.table("appeals")
    blocks, columns = table.blocks, table.columns
    return [
        [(blocks[0].label, 1, 5), (blocks[1].group, 1, 10)],
        [(c.label, 2, 1) for c in columns] + [(b.label, 1, 5) for b in blocks[1:]],
        [(c.label, 1, 1) for c in columns] * 2,
        [(str(i % 3), 1, 1) for i in range(15)],
    ]


def html_page() -> bytes:
    table = "".join(
        '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">' + "".join(
            "<tr>" + "".join(_TD.format(w=60, text=t, span=_span(rs, cs)) for t, rs, cs in row) + "</tr>\n"
            for row in rows) + "</table>"
        for rows in report_tables()
    )
    head = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>2023年某县政府信息公开工作年度报告</title><link rel="stylesheet" href="/css/main.css">'
            '<style>.nav li{float:left} p{margin:0}</style><script src="/js/jquery.js"></script>'
            '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");})();</script>'
            '</head><body><div class="nav"><ul>' + "".join(f"<li><a href='/c{i}'>栏目{i}</a></li>" for i in range(12))
            + '</ul></div><div class="content">')
    narrative = "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条，其中政策文件56件。"
    body = [head, _P.format(text="一、总体情况")]
    tail = "</div><div class='footer'>主办单位：某县人民政府办公室</div></body></html>"
    size = len((head + table + tail).encode())
    while size < PAGE_BYTES:
        paragraph = _P.format(text=narrative)
        body.append(paragraph)
        size += len(paragraph.encode())
    body.insert(len(body) // 2, table)
    return ("".join(body) + tail).encode("utf-8")


def _span(rowspan: int, colspan: int) -> str:
    return (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")


def docx_file() -> bytes:
    import docx

    document = docx.Document()
    for _ in range(20):
        document.add_paragraph("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条。")
    for rows in report_tables():
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for r, row in enumerate(rows):
            for c, (text, _, _) in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("表后说明。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_file() -> bytes:
    """The three tables, ruled and merged as printed, with prose between: about two A4 pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=8, leading=10, wordWrap="CJK", alignment=1)
    story = []
    for rows in report_tables():
        story += [Paragraph("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1234条。" * 3, body)]
        width = max(sum(cs for _, _, cs in row) for row in rows)
        data = [["" for _ in range(width)] for _ in rows]
        commands = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
        taken: set[tuple[int, int]] = set()
        for r, row in enumerate(rows):
            c = 0
            for text, rowspan, colspan in row:
                while (r, c) in taken:
                    c += 1
                data[r][c] = Paragraph(text, cell)
                taken.update((r + i, c + j) for i in range(rowspan) for j in range(colspan))
                if rowspan > 1 or colspan > 1:
                    commands.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
                c += colspan
        story.append(Table(data, colWidths=[500 / width] * width, style=TableStyle(commands)))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(595, 842)).build(story)
    return buffer.getvalue()


class Timing(NamedTuple):
    cpu_ms: float  # median CPU time per call: what one core spends, whatever else the machine runs
    wall_ms: float  # median elapsed time per call

    def __str__(self) -> str:
        return f"{self.cpu_ms:.2f} ms CPU ({self.wall_ms:.2f} ms wall)"


def timed(call: Callable[[], object], runs: int) -> Timing:
    call()
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        call()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    return Timing(statistics.median(cpu), statistics.median(wall))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {runs} runs")

    page = html_page()
    html = timed(lambda: read_document("report.html", page), runs)
    grids = len(read_document("report.html", page).grids)
    print(f"HTML  {len(page) / 1000:.0f} KB page, {grids} grids: {html}  -> {1000 / html.cpu_ms:.0f} pages/s per core")
    try:
        from bs4 import BeautifulSoup

        text = page.decode("utf-8")
        print(f"      for comparison, BeautifulSoup(page, 'lxml') alone: "
              f"{timed(lambda: BeautifulSoup(text, 'lxml'), max(runs // 4, 5))}")
    except ImportError:
        pass

    word = docx_file()
    print(f"DOCX  {len(word) / 1000:.0f} KB, the same three tables: {timed(lambda: read_document('r.docx', word), runs)}")
    pdf = pdf_file()
    pdf_document = read_document("r.pdf", pdf)
    print(f"PDF   {len(pdf_document.page_sizes)} pages, {len(pdf_document.grids)} ruled tables: "
          f"{timed(lambda: read_document('r.pdf', pdf), max(runs // 10, 5))}")

    deep = ("<html><body>" + "<table><tr><td>x" * 3000 + "</td></tr></table>" * 3000 + "</body></html>").encode()
    print(f"HTML  3000-deep nested tables (refused): {timed(lambda: _refused(deep), 5)}")
    spans = ("<table>" + '<tr><td rowspan="99999" colspan="99999">x</td><td>1</td></tr>' * 4000
             + "</table>").encode()
    print(f"HTML  4000 rows of huge rowspan/colspan (clamped): {timed(lambda: read_document('s.html', spans), 3)}")


def _refused(data: bytes) -> None:
    from app.documents import ReadError

    try:
        read_document("deep.html", data)
    except ReadError:
        pass


if __name__ == "__main__":
    main()
