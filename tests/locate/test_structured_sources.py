"""HTML pages, Word files and PDFs, built here from the template, give the record they show."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.extract import extract_bytes
from app.template import TEMPLATE_2021
from tests.pdf_font import embedded_cjk_font

from .helpers import gold

WANT = gold()["fields"]  # seed 001's values: every cell filled
REQUESTS = TEMPLATE_2021.table("requests")
ACTIVE = TEMPLATE_2021.table("active")
APPEALS = TEMPLATE_2021.table("appeals")
TITLE = "2022年庆元县政府信息公开工作年度报告"


def _v(key: str, blanks: frozenset[str] = frozenset()) -> str:
    return "" if key in blanks else str(WANT[key])


def national_html(blanks: frozenset[str] = frozenset()) -> str:
    """Table 三 laid out like the national template: group labels span rows, labels span columns."""
    rows = []
    groups: dict[str, int] = {}
    for row in REQUESTS.rows:
        groups[row.group] = groups.get(row.group, 0) + 1
    seen: set[str] = set()
    outcome_rows = sum(1 for r in REQUESTS.rows if r.role in ("outcome", "outcome_total"))
    for row in REQUESTS.rows:
        cells = "".join(f"<td>{_v(f'requests.{row.id}.{c.id}', blanks)}</td>" for c in REQUESTS.columns)
        if row.role in ("in", "carried_forward"):
            rows.append(f"<tr><td colspan='3'>{row.label}</td>{cells}</tr>")
            continue
        lead = ""
        if "三、本年度办理结果" not in seen:
            seen.add("三、本年度办理结果")
            lead = f"<td rowspan='{outcome_rows}'>三、本年度<br>办理结果</td>"
        if row.group.startswith("（") and groups[row.group] > 1:
            if row.group not in seen:
                seen.add(row.group)
                lead += f"<td rowspan='{groups[row.group]}'>{row.group}</td>"
            rows.append(f"<tr>{lead}<td>{row.label}</td>{cells}</tr>")
        else:
            rows.append(f"<tr>{lead}<td colspan='2'>{row.label}</td>{cells}</tr>")
    head = ("<tr><td colspan='3' rowspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            "<td colspan='7'>申请人情况</td></tr>"
            "<tr><td rowspan='2'>自<br>然<br>人</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>总计</td></tr>"
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
    active = "".join(
        f"<tr><td>{r.label}</td>" + "".join(f"<td>{_v(f'active.{r.id}.{c.id}', blanks)}</td>" for c in r.columns) + "</tr>"
        for r in ACTIVE.rows)
    appeals = "<tr>" + "".join(f"<td>{_v(c.key, blanks)}</td>" for c in APPEALS.cells) + "</tr>"
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title><script>var x='一、本年新收 999';</script></head>"
            f"<body><h1>{TITLE}</h1><p>一、总体情况</p><p>全年工作有序。</p>"
            f"<h2>二、主动公开政府信息情况</h2><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td>"
            f"<td>现行有效件数</td></tr>{active}</table>"
            f"<h2>三、收到和处理政府信息公开申请情况</h2><table>{head}{''.join(rows)}</table>"
            f"<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table><tr><td colspan='5'>行政复议</td>"
            f"<td colspan='10'>行政诉讼</td></tr><tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td>"
            "<td>尚未审结</td><td>总计</td>" * 3 + f"</tr>{appeals}</table><p>五、存在的主要问题及改进情况</p><p>无。</p>"
            "</body></html>")


def test_an_html_page_with_rowspan_and_colspan_gives_every_cell():
    result = extract_bytes("page.html", national_html().encode("utf-8"))
    assert result.document.kind == "html"
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}
    assert (result.record.agency, result.record.year) == ("庆元县", 2022)


def test_blank_cells_of_an_html_table_stay_blank_in_their_own_column():
    blanks = frozenset({"requests.granted.commercial", "requests.new_received.research", "appeals.review.corrected"})
    result = extract_bytes("page.html", national_html(blanks).encode("utf-8"))
    for key in blanks:
        assert result.record.fields[key] is None, key
    assert result.record.fields["requests.granted.total"] == WANT["requests.granted.total"]
    assert result.provenance["requests.granted.total"].how == "read"


def test_a_gb18030_page_with_a_meta_charset_is_decoded():
    html = national_html().replace("charset='utf-8'", "charset='gb2312'")
    result = extract_bytes("page.htm", html.encode("gb18030"))
    assert result.record.fields["active.licensing.decisions"] == 43177


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_text_reports_in_every_workstation_encoding_read_the_same(encoding):
    text = (Path(__file__).parents[2] / "resources/samples/001_ee78f7d13cc05699.txt").read_text(encoding="utf-8")
    result = extract_bytes("r.txt", text.encode(encoding))
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}


def test_a_word_file_with_merged_cells_gives_every_cell():
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph("二、主动公开政府信息情况")
    t2 = doc.add_table(rows=1, cols=4)
    for i, h in enumerate(("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")):
        t2.cell(0, i).text = h
    for r in ACTIVE.rows:
        cells = t2.add_row().cells
        cells[0].text = r.label
        for i, c in enumerate(r.columns):
            cells[i + 1].text = _v(f"active.{r.id}.{c.id}")
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    t3 = doc.add_table(rows=2 + len(REQUESTS.rows), cols=10)
    t3.cell(0, 0).merge(t3.cell(1, 2)).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    t3.cell(0, 3).merge(t3.cell(0, 9)).text = "申请人情况"
    for i, c in enumerate(REQUESTS.columns):
        t3.cell(1, 3 + i).text = c.label
    outcome = [i for i, r in enumerate(REQUESTS.rows) if r.role in ("outcome", "outcome_total")]
    t3.cell(2 + outcome[0], 0).merge(t3.cell(2 + outcome[-1], 0)).text = "三、本年度办理结果"
    for i, row in enumerate(REQUESTS.rows):
        if row.role in ("in", "carried_forward"):
            t3.cell(2 + i, 0).merge(t3.cell(2 + i, 2)).text = row.label
        else:
            t3.cell(2 + i, 1).merge(t3.cell(2 + i, 2)).text = row.label
        for j, c in enumerate(REQUESTS.columns):
            t3.cell(2 + i, 3 + j).text = _v(f"requests.{row.id}.{c.id}")
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    t4 = doc.add_table(rows=2, cols=15)
    for i, cell in enumerate(APPEALS.cells):
        t4.cell(0, i).text = cell.column.label
        t4.cell(1, i).text = _v(cell.key)
    doc.add_paragraph("五、存在的主要问题及改进情况")
    buf = io.BytesIO()
    doc.save(buf)
    result = extract_bytes("report.docx", buf.getvalue())
    assert result.document.kind == "docx"
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}


def _cjk_font() -> str:
    return embedded_cjk_font()


def national_pdf(blanks: frozenset[str] = frozenset()) -> bytes:
    """The three tables drawn as a text PDF; blank cells are simply not drawn, as in real PDFs."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _cjk_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    y = height - 50

    def line(label: str, values: list[str] = ()) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 50
        c.setFont(font, 7)
        c.drawString(30, y, label[:26])
        for i, v in enumerate(values):
            if v:
                c.drawRightString(330 + i * 34, y, v)
        y -= 14

    line(TITLE)
    line("二、主动公开政府信息情况")
    line("信息内容")
    for r in ACTIVE.rows:
        line(r.label, [_v(f"active.{r.id}.{col.id}", blanks) for col in r.columns])
    line("三、收到和处理政府信息公开申请情况")
    line("申请人情况")
    line("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计")
    for row in REQUESTS.rows:
        line(row.label, [_v(f"requests.{row.id}.{col.id}", blanks) for col in REQUESTS.columns])
    line("四、政府信息公开行政复议、行政诉讼情况")
    line("结果维持 结果纠正 其他结果 尚未审结 总计")
    line("", [_v(cell.key, blanks) for cell in APPEALS.cells[:8]])
    line("", [_v(cell.key, blanks) for cell in APPEALS.cells[8:]])
    line("五、存在的主要问题及改进情况")
    c.save()
    return buf.getvalue()


def test_a_text_pdf_gives_every_cell_with_page_and_box():
    result = extract_bytes("report.pdf", national_pdf())
    assert result.document.kind == "pdf"
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}
    origin = result.provenance["active.licensing.decisions"]
    assert origin.page == 0 and origin.box is not None
    assert result.document.text[origin.start:origin.end] == "43177"


def test_blank_cells_of_a_pdf_row_are_placed_by_the_columns_positions():
    row = "requests.granted"
    blanks = frozenset({f"{row}.commercial", f"{row}.research", f"{row}.legal_services", f"{row}.other_org",
                        "requests.new_received.commercial", "requests.new_received.total"})
    result = extract_bytes("report.pdf", national_pdf(blanks))
    fields = result.record.fields
    assert fields[f"{row}.natural_person"] == WANT[f"{row}.natural_person"]
    assert fields[f"{row}.social_welfare"] == WANT[f"{row}.social_welfare"]
    assert fields[f"{row}.total"] == WANT[f"{row}.total"]
    assert fields[f"{row}.commercial"] is None
    assert result.provenance[f"{row}.total"].how == "inferred"
    # A blank total: the five numbers stay in their own columns, the total stays empty.
    assert fields["requests.new_received.total"] is None
    assert fields["requests.new_received.natural_person"] == WANT["requests.new_received.natural_person"]
