"""Builders for the fourth round of real-world variants (test_real_world_variants_4.py).

Three families, all made from a known truth (``SYN_FIELDS`` of ``variants.py``, ``SYN19`` of
``variants2.py``; ``None`` = a cell the agency left blank):

- text as other PDF converters give it: the seed-001 row shape (``bars``) or the shapes of
  ``variants3.py``, with page furniture (running headers, ``- 3 -``, ``第 3 页 共 8 页``, form
  feeds, a bare page number) and repeated column headers dropped between two rows of a table, or
  inside a row whose label wrapped over the page end; tables drawn with box-drawing characters
  (``box_drawing``), cells in pdftotext's raw order (``cell_lines``), ``-layout`` rows whose group
  labels stand on the middle line of their span (``layout_table3``);
- HTML pages: table 三 split into several ``<table>`` elements, a leading 序号 or trailing 备注
  column, cells written with thousands separators, full-width digits or 件, and the whole page as
  Word's "save as web page" writes it (``mso`` styles, ``<o:p>``, the hidden row of column widths);
- Word files: the tables inside a one-cell layout table, number cells holding several paragraphs,
  totals as ``=SUM(LEFT)`` fields and tracked changes (``patch_docx`` edits document.xml).

Every builder takes the field values to print, so the expected record is the same dict.
"""

from __future__ import annotations

import io
import re
import zipfile

from app.template import TEMPLATE_2019

from .variants import APPEALS, COLS, REQUESTS, SYN_FIELDS
from .variants2 import (
    APPLICANT_LABELS,
    SYN19,
    TITLE19,
    _docx,
    active19_rows,
    docx_active21,
    docx_appeals,
    docx_bytes,
    docx_requests_table,
    fmt,
    html_active21_rows,
)
from .variants3 import H2, H3, H4, SYN_HEAD, SYN_TAIL, TABLE3_NOTE, ascii_art

R19 = TEMPLATE_2019.table("requests")
TITLE = SYN_HEAD[0]
RUNNING_HEAD = TITLE  # the report's title printed at the top of every page


# ------------------------------------------------------------------------------------------------
# Text

def bars(sections) -> list[str]:
    """Seed-001 shape: one table row per line, its printed cells joined by `` | ``, ending `` |``."""
    out: list[str] = []
    for heading, tables in sections:
        out.append(heading)
        for _, rows in tables:
            out += [" | ".join("" if c is None else c for c in row) + " |" for row in rows]
    return out


def insert_before(text: str, marker: str, lines: list[str], nth: int = 1) -> str:
    """Inserts whole lines before the nth line that contains `marker` (a page break there)."""
    out = text.split("\n")
    hits = [i for i, line in enumerate(out) if marker in line]
    assert len(hits) >= nth, f"variant construction: {marker!r} not found {nth} times"
    i = hits[nth - 1]
    return "\n".join(out[:i] + lines + out[i:])


def page_furniture(page: int, pages: int = 5, style: str = "dash") -> list[str]:
    """What a converter leaves at a page break: the footer of one page, the header of the next."""
    footer = {"dash": [f"- {page} -"], "of": [f"第 {page} 页 共 {pages} 页"], "bare": [str(page)],
              "both": [f"— {page} —", f"第{page}页，共{pages}页"]}[style]
    return [*footer, RUNNING_HEAD]


TABLE3_HEAD_LINES = [f"{TABLE3_NOTE} | 申请人情况 |", "自然人 | 法人或其他组织 | 总计 |",
                     " | ".join(APPLICANT_LABELS) + " |"]


def wrap_row_over_page(text: str, label: str, cut: int, furniture: list[str], numbers_first: bool) -> str:
    """A long row label wraps over a page end. numbers_first: the numbers (vertically centred) stay
    on the first page with the label's head, the label's tail opens the next page; else the label's
    head ends the first page and the tail comes with the numbers on the next."""
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith(label))
    rest = lines[i][len(label):]
    if numbers_first:
        new = [label[:cut] + rest, *furniture, label[cut:]]
    else:
        new = [label[:cut], *furniture, label[cut:] + rest]
    return "\n".join(lines[:i] + new + lines[i + 1:])


def cells_with_units(text: str, unit: str = "件") -> str:
    """Every count of tables 三 and 四 written with its unit (12件); the fee keeps its own."""
    head, rest = text.split(H3, 1)
    table, tail = rest.split(SYN_TAIL[0], 1)
    out = []
    for line in table.split("\n"):
        cells = line.rstrip(" |").split(" | ")
        out.append(" | ".join(c + unit if c.isdigit() else c for c in cells) + (" |" if line.endswith("|") else ""))
    return head + H3 + "\n".join(out) + SYN_TAIL[0] + tail


def box_drawing(sections) -> list[str]:
    """ASCII-art tables drawn with box-drawing characters (│ cells, ┼──┼ borders), as some
    converters and text exports draw them."""
    return [line.replace("+", "┼").replace("-", "─") if line.startswith("+") else line.replace("|", "│")
            for line in ascii_art(sections)]


def cell_lines(sections) -> list[str]:
    """pdftotext's raw order: one printed cell per line, no separators, blank cells gone."""
    out: list[str] = []
    for heading, tables in sections:
        out.append(heading)
        for _, rows in tables:
            out += [c for row in rows for c in row if c not in (None, "")]
    return out


def layout_table3(f: dict = SYN_FIELDS, rows=REQUESTS.rows, width: int = 14) -> list[str]:
    """pdftotext -layout of table 三's rows: a group label stands on the middle line of the rows it
    spans, a long label wraps over lines of `width` characters with the numbers on its middle line."""
    rows = list(rows)
    spans: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r.group:
            spans.setdefault(r.group, []).append(i)
    middle: dict[int, list[str]] = {}
    for group, idx in spans.items():
        middle.setdefault(idx[len(idx) // 2], []).append(group)
    out = []
    for i, r in enumerate(rows):
        parts = [r.label[k:k + width] for k in range(0, len(r.label), width)]
        numbers = "".join(fmt(f[f"requests.{r.id}.{c}"]).rjust(9) for c in COLS)
        for j, part in enumerate(parts):
            line = f"{'  '.join(middle.get(i, [])) if j == len(parts) // 2 else '':<24}{part:<{width * 2}}"
            out.append((line + numbers if j == len(parts) // 2 else line).rstrip())
    return out


def with_layout_table3(text: str, f: dict = SYN_FIELDS) -> str:
    """A report rendered by `spaces` whose table 三 rows are replaced by layout_table3's."""
    head, rest = text.split(H3 + "\n", 1)
    table3, tail = rest.split(H4, 1)
    header = table3.split("\n")[:3]
    return head + H3 + "\n" + "\n".join(header + layout_table3(f)) + "\n" + H4 + tail


def item_number_column(text: str) -> str:
    """Row-per-line text whose item numbers (1. 2. …) stand in a column of their own: "2 | 重复申请"."""
    return re.sub(r"(?m)^((?:（.）\S+ \| )?)(\d)\.", lambda m: f"{m.group(1)}{m.group(2)} | ", text)


THOUSANDS = {1201: "1,201", 1452: "1，452", 1467: "1,467", 1468: "１，４６８", 43177: "43,177", 59739: "５９,７３９"}


def with_thousands(f: dict) -> dict[str, str]:
    """The printed form of each value: thousands separators (ASCII and full-width) on large counts."""
    return {k: THOUSANDS.get(v, fmt(v)) if v is not None else "" for k, v in f.items()}


# ------------------------------------------------------------------------------------------------
# HTML

def cell_html(value, wrap=None, tag: str = "td", attrs: str = "") -> str:
    s = value if isinstance(value, str) else fmt(value)
    inner = (wrap(s) if wrap else s) if s else "&nbsp;"
    return f"<{tag}{attrs}>{inner}</{tag}>"


def html_table3_head(lead: str = "", trail: str = "", tag: str = "td") -> list[str]:
    lead_cell = f"<{tag} rowspan=3>{lead}</{tag}>" if lead else ""
    trail_cell = f"<{tag} rowspan=3>{trail}</{tag}>" if trail else ""
    return [f"<tr>{lead_cell}<{tag} colspan=3 rowspan=3>{TABLE3_NOTE}</{tag}><{tag} colspan=7>申请人情况</{tag}>{trail_cell}</tr>",
            f"<tr><{tag} rowspan=2>自然人</{tag}><{tag} colspan=5>法人或其他组织</{tag}><{tag} rowspan=2>总计</{tag}></tr>",
            "<tr>" + "".join(f"<{tag}>{h}</{tag}>" for h in APPLICANT_LABELS) + "</tr>"]


def html_table3_rows(f: dict, rows, *, printed: dict | None = None, wrap=None, lead: bool = False,
                     remarks: dict | None = None, first_number: int = 1) -> list[str]:
    """Data rows of table 三 with rowspanned 三、本年度办理结果 and group labels, the spans counted
    within `rows` (a table cut at a page repeats the labels of the groups it continues).
    printed: key → the text printed for the cell (default fmt of the value); lead: a 序号 column;
    remarks: row id → the 备注 cell's text (a trailing column)."""
    groups: dict[str, int] = {}
    for r in rows:
        groups[r.group] = groups.get(r.group, 0) + 1
    n_out = sum(1 for r in rows if r.role in ("outcome", "outcome_total"))
    out, seen = [], set()
    for i, r in enumerate(rows):
        vals = [printed[f"requests.{r.id}.{c}"] if printed else f[f"requests.{r.id}.{c}"] for c in COLS]
        cells = "".join(cell_html(v, wrap) for v in vals)
        if remarks is not None:
            cells += cell_html(remarks.get(r.id, ""))
        number = f"<td>{first_number + i}</td>" if lead else ""
        if r.role in ("in", "carried_forward"):
            out.append(f"<tr>{number}<td colspan=3>{r.label}</td>{cells}</tr>")
            continue
        head = ""
        if "outcome" not in seen:
            seen.add("outcome")
            head = f"<td rowspan={n_out}>三、本年度办理结果</td>"
        if r.group.startswith("（") and R_GROUP_SIZES[r.group] > 1:
            if r.group not in seen:
                seen.add(r.group)
                head += f"<td rowspan={groups[r.group]}>{r.group}</td>"
            out.append(f"<tr>{number}{head}<td>{r.label}</td>{cells}</tr>")
        else:
            out.append(f"<tr>{number}{head}<td colspan=2>{r.label}</td>{cells}</tr>")
    return out


def _group_sizes() -> dict[str, int]:
    sizes: dict[str, int] = {}
    for table in (REQUESTS, R19):
        for r in table.rows:
            sizes[r.group] = max(sizes.get(r.group, 0), sum(1 for o in table.rows if o.group == r.group))
    return sizes


R_GROUP_SIZES = _group_sizes()


def html_appeals(f: dict, printed: dict | None = None, wrap=None) -> list[str]:
    vals = [printed[c.key] if printed else f[c.key] for c in APPEALS.cells]
    return ["<tr><td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td></tr>",
            "<tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>",
            "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + "</tr>",
            "<tr>" + "".join(cell_html(v, wrap) for v in vals) + "</tr>"]


def html_active(f: dict, printed: dict | None = None, wrap=None) -> list[str]:
    if printed is None:
        return html_active21_rows(f, 4, wrap)
    return html_active21_rows(printed, 4, wrap)  # td() prints a string as given


def table(rows: list[str], attrs: str = "border=1 cellspacing=0") -> str:
    return f"<table {attrs}>{''.join(rows)}</table>"


def html_page(body: str, title: str = TITLE) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class=article><h1>{title}</h1><p>{SYN_HEAD[1]}</p><p>{SYN_HEAD[2]}</p>"
            f"<p>{SYN_HEAD[3]}</p><p>{SYN_HEAD[4]}</p>{body}"
            + "".join(f"<p>{line}</p>" for line in SYN_TAIL) + "</div></body></html>")


def heading(text: str) -> str:
    return f"<p style='text-indent:2em'><strong>{text}</strong></p>"


def html21_split(f: dict = SYN_FIELDS, *, cuts: tuple[int, ...] = (9, 17), repeat_header: bool = True,
                 lead: bool = False, remarks: dict | None = None, printed: dict | None = None,
                 headings: tuple[str, str, str] = (H2, H3, H4), wrap=None) -> str:
    """Table 三 cut into several <table>s at `cuts` (row indices), as CMSs import a PDF's pages."""
    rows = list(REQUESTS.rows)
    bounds = [0, *cuts, len(rows)]
    parts = []
    for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        head = html_table3_head("序号" if lead else "", "备注" if remarks is not None else "") \
            if (n == 0 or repeat_header) else []
        parts.append(table(head + html_table3_rows(f, rows[a:b], printed=printed, wrap=wrap, lead=lead,
                                                   remarks=remarks, first_number=a + 1)))
    body = (heading(headings[0]) + table(html_active(f, printed, wrap)) + heading(headings[1])
            + "<p>&nbsp;</p>".join(parts) + heading(headings[2]) + table(html_appeals(f, printed, wrap)))
    return html_page(body)


# Word's "save as web page": mso styles, <o:p>, conditional comments and a hidden row of widths.

WORD_HEAD = ("<html xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office' "
             "xmlns:w='urn:schemas-microsoft-com:office:word' xmlns='http://www.w3.org/TR/REC-html40'><head>"
             "<meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
             "<meta name=ProgId content=Word.Document><meta name=Generator content='Microsoft Word 15'>"
             "<title>{title}</title>"
             "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author><o:Pages>5</o:Pages>"
             "<o:Words>2022</o:Words></o:DocumentProperties></xml><![endif]-->"
             "<style><!-- p.MsoNormal {{mso-style-parent:''; margin:0cm; font-size:10.5pt;}} "
             "@page WordSection1 {{size:595.3pt 841.9pt;}} div.WordSection1 {{page:WordSection1;}} --></style>"
             "</head><body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>"
             "<div class=WordSection1>")


def word_p(text: str, bold: bool = False) -> str:
    inner = f"<span style='font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>{text}</span>"
    if bold:
        inner = f"<b style='mso-bidi-font-weight:normal'>{inner}</b>"
    return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
            f"mso-line-height-rule:exactly'>{inner}<span lang=EN-US><o:p></o:p></span></p>")


def word_cell(value, attrs: str = "") -> str:
    s = value if isinstance(value, str) else fmt(value)
    if s:
        inner = (f"<span lang=EN-US style='font-size:9.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:"
                 f"\"Times New Roman\"'>{s}<o:p></o:p></span>")
    else:
        inner = "<span lang=EN-US style='font-size:9.0pt'><o:p>&nbsp;</o:p></span>"
    return (f"<td width=47 valign=top{attrs} style='width:35.4pt;border:solid windowtext 1.0pt;border-top:none;"
            f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center'>{inner}</p></td>")


def wordify_rows(rows: list[str], widths: int) -> list[str]:
    """Turns plain <tr><td> rows into Word's markup, and adds the hidden row of column widths Word
    writes for tables whose columns do not line up."""
    out = []
    for i, row in enumerate(rows):
        row = row.replace("<tr>", f"<tr style='mso-yfti-irow:{i};height:15.0pt'>", 1)
        row = row.replace("<td>", "<td width=47 style='width:35.4pt;border:solid windowtext 1.0pt'>"
                                  "<p class=MsoNormal align=center style='text-align:center'>"
                                  "<span style='font-size:9.0pt;font-family:仿宋_GB2312'>")
        row = row.replace("</td>", "<o:p></o:p></span></p></td>")
        out.append(row)
    ghost = "".join("<td width=47 style='border:none'></td>" for _ in range(widths))
    out.append(f"<![if !supportMisalignedColumns]><tr height=0>{ghost}</tr><![endif]>")
    return out


def word_html(f: dict = SYN_FIELDS, title: str = TITLE) -> str:
    """A report saved from Word as a web page (filtered or not, the markup is much the same)."""
    def tbl(rows, widths):
        return ("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
                "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
                + "".join(wordify_rows(rows, widths)) + "</table></div>")

    empty_to_word = [r.replace("<td>&nbsp;</td>", "<td></td>") for r in html_table3_rows(f, list(REQUESTS.rows))]
    body = (word_p(f"<b>{title}</b>") + "".join(word_p(p) for p in SYN_HEAD[1:5])
            + word_p(H2, bold=True) + tbl(html_active21_rows(f, 4), 4)
            + word_p(H3, bold=True) + tbl(html_table3_head() + empty_to_word, 10)
            + word_p(H4, bold=True) + tbl(html_appeals(f), 15)
            + "".join(word_p(p) for p in SYN_TAIL))
    return WORD_HEAD.format(title=title) + body + "</div></body></html>"


def word_html19(f: dict = SYN19) -> str:
    """The 2019 format saved from Word as a web page, table 三 cut in two <table>s at a page."""
    active = []
    for caption, header, block in active19_rows(f):
        active.append(f"<tr><td colspan=4>{caption}</td></tr>")
        hs = "".join(f"<td>{h}</td>" for h in header)
        if len(header) == 3:
            hs = f"<td>{header[0]}</td><td>{header[1]}</td><td colspan=2>{header[2]}</td>"
        active.append(f"<tr>{hs}</tr>")
        for label, vals in block:
            if len(vals) == 2:
                active.append(f"<tr><td>{label}</td><td>{vals[0]}</td><td colspan=2>{vals[1]}</td></tr>")
            else:
                active.append(f"<tr><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")

    def tbl(rows, widths):
        return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
                + "".join(wordify_rows(rows, widths)) + "</table>")

    rows = list(R19.rows)
    body = (word_p(f"<b>{TITLE19}</b>") + word_p("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
            + word_p("一、总体情况", bold=True) + word_p("2020年，本局主动公开政府信息218条。")
            + word_p("二、主动公开政府信息情况", bold=True) + tbl(active, 4)
            + word_p("三、收到和处理政府信息公开申请情况", bold=True)
            + tbl(html_table3_head() + html_table3_rows(f, rows[:11]), 10)
            + "<span lang=EN-US style='font-size:10.5pt'><br clear=all style='page-break-before:always'></span>"
            + tbl(html_table3_head() + html_table3_rows(f, rows[11:]), 10)
            + word_p("四、政府信息公开行政复议、行政诉讼情况", bold=True) + tbl(html_appeals(f), 15)
            + word_p("五、存在的主要问题及改进情况", bold=True) + word_p("一是公开平台建设有待加强。"))
    return WORD_HEAD.format(title=TITLE19) + body + "</div></body></html>"


# ------------------------------------------------------------------------------------------------
# Word

def docx_in_layout_table(f: dict = SYN_FIELDS, *, everything: bool = True, template19: bool = False) -> bytes:
    """Tables inside a one-cell layout table (a frame the office's template draws around the body).
    everything: the whole body is in the frame; else only table 三 and its heading."""
    docx = _docx()
    doc = docx.Document()
    title = TITLE19 if template19 else TITLE
    doc.add_paragraph(title)
    period = "2020" if template19 else "2022"
    if everything:
        cell = doc.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "根据《中华人民共和国政府信息公开条例》要求，编制本报告。"
    body = cell if everything else doc
    body.add_paragraph(f"报告中所列数据的统计期限自{period}年1月1日起至{period}年12月31日止。")
    body.add_paragraph("一、总体情况")
    body.add_paragraph(f"{period}年，本局全年主动公开政府信息356条。")
    body.add_paragraph("二、主动公开政府信息情况")
    if template19:
        t = body.add_table(rows=0, cols=4)
        for caption, header, block in active19_rows(f):
            r = t.add_row().cells
            r[0].merge(r[3]).text = caption
            r = t.add_row().cells
            for i, h in enumerate(header):
                r[i].text = h
            for label, vals in block:
                r = t.add_row().cells
                r[0].text = label
                cells = r[1:] if len(vals) == 3 else [r[1], r[2].merge(r[3])]
                for c, v in zip(cells, vals, strict=False):
                    c.text = v
    else:
        docx_active21(body, f)
    if not everything:
        cell = doc.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "三、收到和处理政府信息公开申请情况"
    else:
        cell.add_paragraph("三、收到和处理政府信息公开申请情况")
    docx_requests_table(cell, f, list((R19 if template19 else REQUESTS).rows), True)
    body.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    docx_appeals(body, f)
    body.add_paragraph("五、存在的主要问题及改进情况")
    body.add_paragraph("一是公开内容还不够全面。")
    return docx_bytes(doc)


def docx_multi_paragraph_numbers(f: dict = SYN_FIELDS, printed: dict | None = None) -> bytes:
    """Table 三 whose number cells hold the number and an empty paragraph (or the number on the
    second line after an empty one), as cells typed with Enter keep them; `printed` overrides the
    text of a cell (full-width digits, thousands separators)."""
    docx = _docx()
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(SYN_HEAD[2])
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph(SYN_HEAD[4])
    doc.add_paragraph(H2)
    docx_active21(doc, f)
    doc.add_paragraph(H3)
    t = docx_requests_table(doc, f, list(REQUESTS.rows), True)
    for i, r in enumerate(REQUESTS.rows):
        for j, c in enumerate(COLS):
            key = f"requests.{r.id}.{c}"
            if f[key] is None:
                continue
            cell = t.cell(3 + i, 3 + j)
            text = printed[key] if printed else fmt(f[key])
            if (i + j) % 2:
                cell.text = text
                cell.add_paragraph("")
            else:
                cell.text = ""
                cell.add_paragraph(text)
    doc.add_paragraph(H4)
    docx_appeals(doc, f)
    for line in SYN_TAIL:
        doc.add_paragraph(line)
    return docx_bytes(doc)


def patch_docx(data: bytes, edit) -> bytes:
    """The same .docx with word/document.xml passed through edit(xml) -> xml."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = edit(content.decode("utf-8")).encode("utf-8")
            out.writestr(item, content)
    return buf.getvalue()


_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(LEFT) '
          '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{n}</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
_TRACKED = ('<w:del w:id="{i}" w:author="审核" w:date="2023-01-10T00:00:00Z"><w:r><w:delText>{old}</w:delText></w:r>'
            '</w:del><w:ins w:id="{j}" w:author="审核" w:date="2023-01-10T00:00:00Z"><w:r><w:t>{n}</w:t></w:r></w:ins>')


def fields_and_tracked_changes(data: bytes, totals: set[int]) -> bytes:
    """Numbers in `totals` become the cached result of a =SUM(LEFT) field; every third other number
    is a tracked change (the old value deleted, the value inserted), as a reviewed file keeps them."""
    count = 0

    def number(m: re.Match[str]) -> str:
        nonlocal count
        n = int(m.group(1))
        if n in totals:
            return _FIELD.format(n=n)
        count += 1
        if count % 3:
            return m.group(0)
        return _TRACKED.format(i=9000 + 2 * count, j=9001 + 2 * count, old=n + 3, n=n)

    return patch_docx(data, lambda xml: re.sub(r"<w:r><w:t>(\d+)</w:t></w:r>", number, xml))
