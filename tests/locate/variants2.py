"""Builders for the second round of real-world variants (test_real_world_variants_2.py).

- SYN19: a synthetic 2019-format record (reports on 2019/2020) in which every row of table 三
  holds different numbers, the arithmetic holds, and table 二 has negative 本年增/减 values and a
  procurement amount; written out as flattened text, HTML, .docx and PDF.
- 2021-format HTML, Word and PDF layouts as CMSs, offices and PDF printers make them, built from
  the synthetic 2021 record of ``variants.py`` (``SYN_FIELDS``).

Every builder takes the field values to print (``None`` = the cell is left blank in the source),
so the expected record is the same dict.
"""

from __future__ import annotations

import io

import pytest

from app.template import TEMPLATE_2019

from .test_structured_sources import _cjk_font
from .variants import APPEALS, COLS, REQUESTS, SYN_FIELDS, balanced_requests_and_appeals

R19 = TEMPLATE_2019.table("requests")
A19 = TEMPLATE_2019.table("active")

AG19 = "某某市生态环境局"
TITLE19 = f"{AG19}2020年政府信息公开工作年度报告"

APPLICANT_LABELS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def _syn19() -> dict[str, int | float | None]:
    f: dict[str, int | float | None] = {
        "active.regulations.made": 1, "active.regulations.published": 1, "active.regulations.total_public": 12,
        "active.normative_docs.made": 23, "active.normative_docs.published": 21,
        "active.normative_docs.total_public": 356,
        "active.licensing.prev_items": 1520, "active.licensing.change": -312, "active.licensing.decisions": 4006,
        "active.other_services.prev_items": 17, "active.other_services.change": 2,
        "active.other_services.decisions": 38,
        "active.penalty.prev_items": 304, "active.penalty.change": -5, "active.penalty.decisions": 209,
        "active.enforcement.prev_items": 26, "active.enforcement.change": 0, "active.enforcement.decisions": 11,
        "active.fees.prev_items": 9, "active.fees.change": -1,
        "active.procurement.items": 14, "active.procurement.amount_yuan": 625000,
    }

    def six(i: int, row) -> list[int]:
        first = 1107 if row.id == "granted" else i + 3
        return [first, 1 if i % 3 == 0 else 0, 1 if i == 4 else 0, 1 if i == 7 else 0, 2 if i % 5 == 2 else 0,
                1 if row.id == "other_handling" else 0]

    f.update(balanced_requests_and_appeals(R19, six, [4, 1, 0, 0, 0, 0], [6, 0, 0, 1, 0, 0],
                                           [2, 1, 0, 0, 3, 0, 1, 1, 0, 2, 1, 0, 0, 1, 2]))
    assert set(f) == set(TEMPLATE_2019.keys)
    return f


SYN19 = _syn19()


def fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def active19_rows(f: dict, amount: str | None = None, amount_header: str = "采购总金额") -> list[tuple[str, list[str], list[str]]]:
    """(section caption, header, [(label, values)]) blocks of the 2019 table 二, as printed strings."""
    def vals(rid, cols):
        return [fmt(f[f"active.{rid}.{c}"]) for c in cols]
    docs = ("made", "published", "total_public")
    items = ("prev_items", "change", "decisions")
    amount = fmt(f["active.procurement.amount_yuan"]) if amount is None else amount
    return [
        ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("规章", vals("regulations", docs)), ("规范性文件", vals("normative_docs", docs))]),
        ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政许可", vals("licensing", items)), ("其他对外管理服务事项", vals("other_services", items))]),
        ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政处罚", vals("penalty", items)), ("行政强制", vals("enforcement", items))]),
        ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
         [("行政事业性收费", vals("fees", ("prev_items", "change")))]),
        ("第二十条第（九）项", ["信息内容", "采购项目数量", amount_header],
         [("政府集中采购", [fmt(f["active.procurement.items"]), amount])]),
    ]


def _signed(v) -> str:
    return fmt(v)


# ----------------------------------------------------------------------------------------------
# Flattened text

def text19(f: dict = SYN19, shape: str = "bar", title: str = TITLE19, head: list[str] | None = None,
           amount: str | None = None, amount_header: str = "采购总金额", narrative: str = "") -> str:
    """shape: 'bar' (row per line, ' | '), 'cell' (one cell per line ending ' |'), 'para' (one cell per
    paragraph, blank line between rows), 'tab' (Word text: tab per cell)."""
    def row(cells: list[str]) -> list[str]:
        if shape == "bar":
            return [" | ".join(cells) + " |"]
        if shape == "cell":
            return [c + " |" for c in cells]
        if shape == "para":
            return [*cells, ""]
        if shape == "tab":
            return ["\t".join(cells)]
        raise ValueError(shape)

    lines = [title, *(head or []),
             "根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
             "一、总体情况", narrative or "2020年，本局主动公开政府信息218条。", "二、主动公开政府信息情况"]
    for caption, header, rows in active19_rows(f, amount, amount_header):
        lines += row([caption]) + row(header)
        for label, vals in rows:
            lines += row([label, *vals])
    lines += ["三、收到和处理政府信息公开申请情况"]
    lines += row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"])
    lines += row(["自然人", "法人或其他组织", "总计"]) + row(APPLICANT_LABELS)
    seen: set[str] = set()
    for r in R19.rows:
        cells = [r.label]
        if r.group and r.group not in seen:
            seen.add(r.group)
            cells = [r.group, r.label]
        lines += row(cells + [fmt(f[f"requests.{r.id}.{c}"]) for c in COLS])
    lines += ["四、政府信息公开行政复议、行政诉讼情况"]
    lines += row(["行政复议", "行政诉讼"])
    lines += row(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"])
    lines += row(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
    lines += row([fmt(f[c.key]) for c in APPEALS.cells])
    lines += ["五、存在的主要问题及改进情况", "一是公开平台建设有待加强。", "六、其他需要报告的事项", "无。"]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# HTML

def td(value, attrs: str = "", wrap=None) -> str:
    s = fmt(value) if not isinstance(value, str) else value
    inner = wrap(s) if (wrap and s) else (s or "&nbsp;")
    return f"<td{attrs}>{inner}</td>"


def html_active19(f: dict, amount: str | None = None, amount_header: str = "采购总金额", wrap=None) -> str:
    rows = []
    for caption, header, block in active19_rows(f, amount, amount_header):
        rows.append(f"<tr><td colspan=4>{caption}</td></tr>")
        hs = "".join(f"<td>{h}</td>" for h in header)
        if len(header) == 3:
            hs = f"<td>{header[0]}</td><td>{header[1]}</td><td colspan=2>{header[2]}</td>"
        rows.append(f"<tr>{hs}</tr>")
        for label, vals in block:
            if len(vals) == 2:
                rows.append(f"<tr><td>{label}</td>{td(vals[0], wrap=wrap)}{td(vals[1], ' colspan=2', wrap)}</tr>")
            else:
                rows.append(f"<tr><td>{label}</td>" + "".join(td(v, wrap=wrap) for v in vals) + "</tr>")
    return "<table border=1>" + "".join(rows) + "</table>"


def html_requests_rows(f: dict, rows, wrap=None, label_span: int = 3, trailing: str = "") -> list[str]:
    """Data rows of table 三 with rowspanned group labels (as the national template)."""
    groups: dict[str, int] = {}
    for r in rows:
        groups[r.group] = groups.get(r.group, 0) + 1
    n_out = sum(1 for r in rows if r.role in ("outcome", "outcome_total"))
    out, seen = [], set()
    extra = label_span - 3
    for r in rows:
        cells = "".join(td(f[f"requests.{r.id}.{c}"], wrap=wrap) for c in COLS) + trailing
        if r.role in ("in", "carried_forward"):
            out.append(f"<tr><td colspan={label_span}>{r.label}</td>{cells}</tr>")
            continue
        lead = ""
        if "outcome" not in seen:
            seen.add("outcome")
            lead = f"<td rowspan={n_out}>三、本年度办理结果</td>"
        if r.group.startswith("（") and groups[r.group] > 1:
            if r.group not in seen:
                seen.add(r.group)
                lead += f"<td rowspan={groups[r.group]}>{r.group}</td>"
            span = f" colspan={1 + extra}" if extra else ""
            out.append(f"<tr>{lead}<td{span}>{r.label}</td>{cells}</tr>")
        else:
            out.append(f"<tr>{lead}<td colspan={2 + extra}>{r.label}</td>{cells}</tr>")
    return out


def html_requests_head(label_span: int = 3, trailing: str = "") -> list[str]:
    return [f"<tr><td colspan={label_span} rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            f"<td colspan=7>申请人情况</td>{trailing}</tr>",
            f"<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td>{trailing}</tr>",
            "<tr>" + "".join(f"<td>{h}</td>" for h in APPLICANT_LABELS) + f"{trailing}</tr>"]


def html_appeals_rows(f: dict, wrap=None, trailing: str = "") -> list[str]:
    return [f"<tr><td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td>{trailing}</tr>",
            f"<tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td>{trailing}</tr>",
            "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + f"{trailing}</tr>",
            "<tr>" + "".join(td(f[c.key], wrap=wrap) for c in APPEALS.cells) + f"{trailing}</tr>"]


def html19(f: dict = SYN19, title: str = TITLE19, amount: str | None = None, amount_header: str = "采购总金额",
           meta: str = "", narrative: str = "2020年，本局主动公开政府信息218条。") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{meta}<h1>{title}</h1>"
            "<p>本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。</p>"
            f"<p>一、总体情况</p><p>{narrative}</p>"
            "<p>二、主动公开政府信息情况</p>" + html_active19(f, amount, amount_header) +
            "<p>三、收到和处理政府信息公开申请情况</p><table border=1>" + "".join(html_requests_head())
            + "".join(html_requests_rows(f, R19.rows)) + "</table>"
            "<p>四、政府信息公开行政复议、行政诉讼情况</p><table border=1>" + "".join(html_appeals_rows(f))
            + "</table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>")


# 2021 format, HTML as CMSs produce it ------------------------------------------------------------

SYN_AG = "庆元县财政局"
SYN_TITLE_22 = f"{SYN_AG}2022年政府信息公开工作年度报告"


def html_active21_rows(f: dict, width: int = 4, wrap=None) -> list[str]:
    """Table 二 (2021) rows in a grid `width` columns wide."""
    ex = width - 4

    def v(key, span=1):
        return td(f[key], f" colspan={span}" if span > 1 else "", wrap)

    out = []

    def cap(text):
        out.append(f"<tr><td colspan={width}>{text}</td></tr>")

    cap("第二十条第（一）项")
    out.append(f"<tr><td{f' colspan={1 + ex}' if ex else ''}>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>")
    for rid, label in (("regulations", "规章"), ("normative_docs", "行政规范性文件")):
        out.append(f"<tr><td{f' colspan={1 + ex}' if ex else ''}>{label}</td>"
                   + "".join(v(f"active.{rid}.{c}") for c in ("issued", "repealed", "in_force")) + "</tr>")
    for caption, head, rows in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "active.licensing.decisions")]),
                                ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "active.penalty.decisions"),
                                                                 ("行政强制", "active.enforcement.decisions")]),
                                ("第二十条第（八）项", "本年收费金额（单位：万元）",
                                 [("行政事业性收费", "active.fees.amount_10k_yuan")])):
        cap(caption)
        out.append(f"<tr><td{f' colspan={1 + ex}' if ex else ''}>信息内容</td><td colspan=3>{head}</td></tr>")
        for label, key in rows:
            out.append(f"<tr><td{f' colspan={1 + ex}' if ex else ''}>{label}</td>{v(key, 3)}</tr>")
    return out


def html21(f: dict = SYN_FIELDS, *, title: str = SYN_TITLE_22, one_table: bool = False, caption_rows: bool = False,
           headings: bool = True, wrap=None, trailing_col: bool = False, nav: bool = False) -> str:
    trailing = "<td></td>" if trailing_col else ""
    if one_table:
        w = 15
        rows = [f"<tr><td colspan={w}>二、主动公开政府信息情况</td></tr>", *html_active21_rows(f, w, wrap),
                f"<tr><td colspan={w}>三、收到和处理政府信息公开申请情况</td></tr>",
                *html_requests_head(label_span=8), *html_requests_rows(f, REQUESTS.rows, wrap, label_span=8),
                f"<tr><td colspan={w}>四、政府信息公开行政复议、行政诉讼情况</td></tr>", *html_appeals_rows(f, wrap)]
        tables = "<table border=1 width=100%>" + "".join(rows) + "</table>"
    else:
        def table(caption: str, rows: list[str], width: int) -> str:
            cap = f"<tr><td colspan={width}><b>{caption}</b></td></tr>" if caption_rows else ""
            return f"<table border=1 cellspacing=0>{cap}{''.join(rows)}</table>"

        def h(text):
            return f"<p style='text-indent:2em'><strong>{text}</strong></p>" if headings else ""

        a2 = [r.replace("</tr>", trailing + "</tr>") for r in html_active21_rows(f, 4, wrap)]
        tables = (h("二、主动公开政府信息情况") + table("主动公开政府信息情况", a2, 4 + bool(trailing_col))
                  + h("三、收到和处理政府信息公开申请情况")
                  + table("收到和处理政府信息公开申请情况",
                          html_requests_head(trailing=trailing) + html_requests_rows(f, REQUESTS.rows, wrap,
                                                                                     trailing=trailing),
                          10 + bool(trailing_col))
                  + h("四、政府信息公开行政复议、行政诉讼情况")
                  + table("政府信息公开行政复议、行政诉讼情况", html_appeals_rows(f, wrap, trailing),
                          15 + bool(trailing_col)))
    body = (f"<div class=article><h1 class=title>{title}</h1>"
            "<p>根据《中华人民共和国政府信息公开条例》要求，编制本报告。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>"
            "<p>一、总体情况</p><p>2022年，庆元县财政局全年主动公开政府信息356条。</p>"
            + tables + "<p>五、存在的主要问题及改进情况</p><p>一是公开内容还不够全面。</p>"
            "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></div>")
    if nav:
        links = "".join(f"<li><a href='/art/{y}/{i}.html'>{a}{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-2{i}</span></li>"
                        for i, (a, y) in enumerate((("庆元县人民政府", 2021), ("庆元县教育局", 2022),
                                                    ("庆元县财政局", 2021), ("庆元县卫生健康局", 2022))))
        navbar = ("<div class=head><a href='/'>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a>"
                  "<a>走进庆元</a><span>今天是2024年3月5日 星期二</span></div>"
                  "<div class=crumb>您当前的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>政府信息公开年报</a></div>"
                  "<div class=side><h3>年报目录</h3><ul>" + links + "</ul>"
                  "<ul><li><a>一、总体情况</a></li><li><a>三、收到和处理政府信息公开申请情况</a></li></ul></div>")
        foot = ("<div class=related><h3>相关阅读</h3><ul>" + links + "</ul></div>"
                "<div class=footer>访问量：1234567 主办单位：庆元县人民政府办公室 浙ICP备05012345号-1 "
                "浙公网安备 33112602000123号 网站标识码3311260001</div>")
        body = navbar + "<div class=main><div class=info>发布日期：2023-01-18 浏览次数：356</div>" + body + "</div>" + foot
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>")


# ----------------------------------------------------------------------------------------------
# Word

def _docx():
    return pytest.importorskip("docx")


def docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _set_lines(cell, lines: list[str]) -> None:
    """A cell holding several paragraphs (label typed on two lines)."""
    cell.text = lines[0]
    for extra in lines[1:]:
        cell.add_paragraph(extra)


def docx_requests_table(doc, f: dict, rows, header: bool, multi_para: bool = False):
    n = len(rows)
    off = 3 if header else 0
    t = doc.add_table(rows=off + n, cols=10)
    if header:
        t.cell(0, 0).merge(t.cell(2, 2)).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
        t.cell(0, 3).merge(t.cell(0, 9)).text = "申请人情况"
        t.cell(1, 3).merge(t.cell(2, 3)).text = "自然人"
        t.cell(1, 4).merge(t.cell(1, 8)).text = "法人或其他组织"
        t.cell(1, 9).merge(t.cell(2, 9)).text = "总计"
        for i, label in enumerate(APPLICANT_LABELS):
            if multi_para and len(label) > 4:
                _set_lines(t.cell(2, 4 + i), [label[:3], label[3:]])
            else:
                t.cell(2, 4 + i).text = label
    out_idx = [i for i, r in enumerate(rows) if r.role in ("outcome", "outcome_total")]
    if out_idx:
        t.cell(off + out_idx[0], 0).merge(t.cell(off + out_idx[-1], 0)).text = "三、本年度办理结果"
    spans: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r.group.startswith("（"):
            spans.setdefault(r.group, []).append(i)
    for group, idx in spans.items():
        t.cell(off + idx[0], 1).merge(t.cell(off + idx[-1], 1)).text = group
    for i, r in enumerate(rows):
        label = r.label
        lines = [label]
        if multi_para and len(label) > 12:
            cut = label.find("（", 2) if "（区分" in label else 12
            lines = [label[:cut], label[cut:]]
        if r.role in ("in", "carried_forward"):
            cell = t.cell(off + i, 0).merge(t.cell(off + i, 2))
        elif r.group.startswith("（"):
            cell = t.cell(off + i, 2)
        else:
            cell = t.cell(off + i, 1).merge(t.cell(off + i, 2))
        _set_lines(cell, lines)
        for j, c in enumerate(COLS):
            v = f[f"requests.{r.id}.{c}"]
            if v is not None:
                t.cell(off + i, 3 + j).text = fmt(v)
    return t


def docx_active21(doc, f: dict, four_tables: bool = False, captions_between: bool = True) -> None:
    blocks = [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
               [("规章", [f[f"active.regulations.{c}"] for c in ("issued", "repealed", "in_force")]),
                ("行政规范性文件", [f[f"active.normative_docs.{c}"] for c in ("issued", "repealed", "in_force")])]),
              ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", [f["active.licensing.decisions"]])]),
              ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
               [("行政处罚", [f["active.penalty.decisions"]]), ("行政强制", [f["active.enforcement.decisions"]])]),
              ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
               [("行政事业性收费", [f["active.fees.amount_10k_yuan"]])])]
    t = None if four_tables else doc.add_table(rows=0, cols=4)
    for caption, header, rows in blocks:
        if four_tables:
            t = doc.add_table(rows=0, cols=len(header))
        r = t.add_row().cells
        r[0].merge(r[-1]).text = caption
        r = t.add_row().cells
        if len(header) == 2 and not four_tables:
            r[0].text = header[0]
            r[1].merge(r[3]).text = header[1]
        else:
            for i, h in enumerate(header):
                r[i].text = h
        for label, vals in rows:
            r = t.add_row().cells
            r[0].text = label
            cells = [r[1].merge(r[3])] if (len(vals) == 1 and not four_tables) else r[1:]
            for cell, v in zip(cells, vals, strict=False):
                if v is not None:
                    cell.text = fmt(v)
        if four_tables:
            doc.add_paragraph("")


def docx_appeals(doc, f: dict) -> None:
    t4 = doc.add_table(rows=4, cols=15)
    t4.cell(0, 0).merge(t4.cell(1, 4)).text = "行政复议"
    t4.cell(0, 5).merge(t4.cell(0, 14)).text = "行政诉讼"
    t4.cell(1, 5).merge(t4.cell(1, 9)).text = "未经复议直接起诉"
    t4.cell(1, 10).merge(t4.cell(1, 14)).text = "复议后起诉"
    for i, cell in enumerate(APPEALS.cells):
        t4.cell(2, i).text = cell.column.label
        if f[cell.key] is not None:
            t4.cell(3, i).text = fmt(f[cell.key])


def docx21(f: dict = SYN_FIELDS, *, split_at: int | None = None, repeat_header: bool = False,
           four_tables: bool = False, multi_para: bool = False, title: str = SYN_TITLE_22) -> bytes:
    docx = _docx()
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph(title)
    doc.add_paragraph("根据《中华人民共和国政府信息公开条例》要求，编制本报告。报告中所列数据的统计期限"
                      "自2022年1月1日起至2022年12月31日止。")
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph("2022年，庆元县财政局全年主动公开政府信息356条。")
    doc.add_paragraph("二、主动公开政府信息情况")
    docx_active21(doc, f, four_tables)
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    rows = list(REQUESTS.rows)
    if split_at is None:
        docx_requests_table(doc, f, rows, True, multi_para)
    else:
        docx_requests_table(doc, f, rows[:split_at], True, multi_para)
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        docx_requests_table(doc, f, rows[split_at:], repeat_header, multi_para)
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    docx_appeals(doc, f)
    doc.add_paragraph("五、存在的主要问题及改进情况")
    doc.add_paragraph("一是公开内容还不够全面。")
    return docx_bytes(doc)


def docx19(f: dict = SYN19, amount: str | None = None, amount_header: str = "采购总金额") -> bytes:
    docx = _docx()
    doc = docx.Document()
    doc.add_paragraph(TITLE19)
    doc.add_paragraph("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph("2020年，本局主动公开政府信息218条。")
    doc.add_paragraph("二、主动公开政府信息情况")
    t = doc.add_table(rows=0, cols=4)
    for caption, header, block in active19_rows(f, amount, amount_header):
        r = t.add_row().cells
        r[0].merge(r[3]).text = caption
        r = t.add_row().cells
        for i, h in enumerate(header):
            r[i].text = h
        if len(header) == 3:
            r[2].merge(r[3])
        for label, vals in block:
            r = t.add_row().cells
            r[0].text = label
            cells = r[1:] if len(vals) == 3 else [r[1], r[2].merge(r[3])]
            for cell, v in zip(cells, vals, strict=False):
                cell.text = v
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    docx_requests_table(doc, f, list(R19.rows), True)
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    docx_appeals(doc, f)
    doc.add_paragraph("五、存在的主要问题及改进情况")
    doc.add_paragraph("无。")
    return docx_bytes(doc)


# ----------------------------------------------------------------------------------------------
# PDF: a small page writer (borderless tables, right-aligned numbers, footers, page breaks)

class PdfWriter:
    def __init__(self, footer: bool = False):
        pytest.importorskip("reportlab")
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.font = _cjk_font()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.w, self.h = A4
        self.y = self.h - 50
        self.page = 1
        self.footer = footer
        self.on_new_page = None

    def _footer(self):
        if self.footer:
            self.c.setFont(self.font, 8)
            self.c.drawCentredString(self.w / 2, 30, f"— {self.page} —")
            self.c.drawRightString(self.w - 40, 30, f"第 {self.page} 页 共 3 页")

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.h - 50
        if self.on_new_page:
            self.on_new_page()

    def need(self, dy: float):
        if self.y - dy < 60:
            self.new_page()

    def text(self, s: str, x: float = 40, size: float = 9, dy: float = 15):
        self.need(dy)
        self.c.setFont(self.font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy

    def row(self, label: str | list[str], values: list[str], xs: list[float], size: float = 6.5, x: float = 24,
            dy: float = 13):
        """Label lines at x (several lines: vertically centred around the numbers), numbers right-aligned at xs."""
        labels = [label] if isinstance(label, str) else label
        height = dy * max(1, len(labels)) * 0.75 + dy * 0.25
        self.need(height)
        self.c.setFont(self.font, size)
        mid = self.y - (len(labels) - 1) * size * 0.6
        for i, ln in enumerate(labels):
            self.c.drawString(x, self.y - i * size * 1.2, ln)
        for xv, v in zip(xs, values, strict=False):
            if v:
                self.c.drawRightString(xv, mid, v)
        self.y -= max(dy, len(labels) * size * 1.2 + 4)

    def centred(self, items: list[tuple[float, str]], size: float = 6.5, dy: float = 10):
        self.need(dy)
        self.c.setFont(self.font, size)
        for xc, s in items:
            self.c.drawCentredString(xc, self.y, s)
        self.y -= dy

    def save(self) -> bytes:
        self._footer()
        self.c.save()
        return self.buf.getvalue()


# table 三: label column 24…270, seven number columns right-aligned at these x (centres 20 to the left)
XS3 = [300 + 44 * i for i in range(7)]
CENTRES3 = [x - 12 for x in XS3]


def pdf_requests_header(p: PdfWriter, wrapped_subheads: bool = False) -> None:
    p.centred([(140, "（本列数据的勾稽关系为：第一项加第二项之和，"), (sum(CENTRES3) / 7, "申请人情况")])
    p.centred([(140, "等于第三项加第四项之和）"), (CENTRES3[0], "自然人"), ((CENTRES3[1] + CENTRES3[5]) / 2, "法人或其他组织"),
               (CENTRES3[6], "总计")])
    if wrapped_subheads:
        p.centred([(CENTRES3[1 + i], s[:2]) for i, s in enumerate(APPLICANT_LABELS)], size=6)
        p.centred([(CENTRES3[1 + i], s[2:]) for i, s in enumerate(APPLICANT_LABELS) if s[2:]], size=6)
    else:
        p.centred([(CENTRES3[1 + i], s) for i, s in enumerate(APPLICANT_LABELS)], size=5.5)


def pdf_requests_rows(p: PdfWriter, f: dict, rows, wrap_at: int | None = None) -> None:
    seen: set[str] = set()
    for r in rows:
        label = r.label
        if r.group and r.group not in seen:
            seen.add(r.group)
            label = f"{r.group} {label}"
        vals = [fmt(f[f"requests.{r.id}.{c}"]) for c in COLS]
        if wrap_at and len(label) > wrap_at:
            p.row([label[:wrap_at], label[wrap_at:]], vals, XS3)
        else:
            p.row(label, vals, XS3)


XS2 = [330, 420, 510]


def pdf21(f: dict = SYN_FIELDS, *, footer: bool = False, repeat_header: bool = False, break_after: str | None = None,
          wrapped_subheads: bool = False, wrap_at: int | None = None, title: str = SYN_TITLE_22) -> bytes:
    p = PdfWriter(footer)
    p.text(title, size=12, dy=22)
    p.text("报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")
    p.text("一、总体情况")
    p.text("2022年，庆元县财政局全年主动公开政府信息356条。")
    p.text("二、主动公开政府信息情况")
    p.row("第二十条第（一）项", [], XS2)
    p.centred([(60, "信息内容"), (XS2[0] - 20, "本年制发件数"), (XS2[1] - 20, "本年废止件数"), (XS2[2] - 20, "现行有效件数")])
    p.row("规章", [fmt(f[f"active.regulations.{c}"]) for c in ("issued", "repealed", "in_force")], XS2)
    p.row("行政规范性文件", [fmt(f[f"active.normative_docs.{c}"]) for c in ("issued", "repealed", "in_force")], XS2)
    for caption, head, rows in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "active.licensing.decisions")]),
                                ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "active.penalty.decisions"),
                                                                 ("行政强制", "active.enforcement.decisions")]),
                                ("第二十条第（八）项", "本年收费金额（单位：万元）",
                                 [("行政事业性收费", "active.fees.amount_10k_yuan")])):
        p.row(caption, [], XS2)
        p.centred([(60, "信息内容"), (XS2[1] - 20, head)])
        for label, key in rows:
            p.row(label, ["", fmt(f[key])], XS2)
    p.text("三、收到和处理政府信息公开申请情况")
    pdf_requests_header(p, wrapped_subheads)
    rows = list(REQUESTS.rows)
    if break_after:
        i = next(k for k, r in enumerate(rows) if r.id == break_after) + 1
        pdf_requests_rows(p, f, rows[:i], wrap_at)
        if repeat_header:
            p.on_new_page = lambda: pdf_requests_header(p, wrapped_subheads)
        p.new_page()
        p.on_new_page = None
        # the rows of the second page keep their group labels where the group continues
        pdf_requests_rows(p, f, rows[i:], wrap_at)
    else:
        pdf_requests_rows(p, f, rows, wrap_at)
    p.text("四、政府信息公开行政复议、行政诉讼情况")
    xs4 = [60 + 35 * i for i in range(15)]
    p.centred([(130, "行政复议"), (380, "行政诉讼")])
    p.centred([(300, "未经复议直接起诉"), (475, "复议后起诉")])
    p.centred([(x - 10, s) for x, s in zip(xs4, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3, strict=False)], size=5)
    p.row("", [fmt(f[c.key]) for c in APPEALS.cells], xs4)
    p.text("五、存在的主要问题及改进情况")
    p.text("一是公开内容还不够全面。")
    return p.save()


XS2_19 = [330, 420, 510]


def pdf19(f: dict = SYN19, amount: str | None = None, amount_header: str = "采购总金额") -> bytes:
    p = PdfWriter(footer=True)
    p.text(TITLE19, size=12, dy=22)
    p.text("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
    p.text("一、总体情况")
    p.text("2020年，本局主动公开政府信息218条。")
    p.text("二、主动公开政府信息情况")
    for caption, header, block in active19_rows(f, amount, amount_header):
        p.row(caption, [], XS2_19)
        p.centred([(60, header[0])] + [(x - 20, h) for x, h in zip(XS2_19, header[1:], strict=False)])
        for label, vals in block:
            p.row(label, vals, XS2_19)
    p.text("三、收到和处理政府信息公开申请情况")
    pdf_requests_header(p)
    pdf_requests_rows(p, f, list(R19.rows))
    p.text("四、政府信息公开行政复议、行政诉讼情况")
    xs4 = [60 + 35 * i for i in range(15)]
    p.centred([(130, "行政复议"), (380, "行政诉讼")])
    p.centred([(300, "未经复议直接起诉"), (475, "复议后起诉")])
    p.centred([(x - 10, s) for x, s in zip(xs4, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3, strict=False)], size=5)
    p.row("", [fmt(f[c.key]) for c in APPEALS.cells], xs4)
    p.text("五、存在的主要问题及改进情况")
    p.text("无。")
    return p.save()
