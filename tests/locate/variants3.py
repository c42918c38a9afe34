"""Builders for the third round of real-world variants (test_real_world_variants_3.py).

A report is first laid out as rows of cells (``None`` = a cell the agency left blank), table by
table, then rendered in one of the flattened shapes real sites produce:

- ``shape000``: one cell per line ending in `` |``; blank cells vanish and the row ends with a run
  of ``|`` (one per missing cell), as seed 000;
- ``shape003``: one cell per paragraph: a filled cell is followed by a blank line, a blank cell is
  a blank line of its own, as seed 003;
- ``shape004``: one cell per line with a blank line after every cell and one more after every row,
  table 四 split into a 复议 table and a 诉讼 table, NBSP lines between tables, as seed 004;
- ``ascii_art``: ``+-----+`` borders and ``| cell |`` rows padded to display width;
- ``spaces``: one row per line, cells separated by runs of 2+ spaces (columns aligned).

The expected record is always the dict of field values the layout was made from.
"""

from __future__ import annotations

import unicodedata

from app.template import TEMPLATE_2019

from .variants import APPEALS, COLS, REQUESTS, SYN_FIELDS
from .variants2 import APPLICANT_LABELS, SYN19, TITLE19, active19_rows, fmt

R19 = TEMPLATE_2019.table("requests")

Row = list  # list[str | None]
Table = tuple[int, list[Row]]  # (width in grid columns, rows)

TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def blank_zero_applicants(fields: dict) -> dict:
    """Table 三 with every 0 in the five 法人或其他组织 columns left blank."""
    return {k: (None if k.startswith("requests.") and k.rsplit(".", 1)[1] in COLS[1:6] and v == 0 else v)
            for k, v in fields.items()}


def _v(f: dict, key: str) -> str | None:
    value = f[key]
    return None if value is None else fmt(value)


def active21(f: dict) -> Table:
    rows: list[Row] = [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for rid, label in (("regulations", "规章"), ("normative_docs", "行政规范性文件")):
        rows.append([label] + [_v(f, f"active.{rid}.{c}") for c in ("issued", "repealed", "in_force")])
    for caption, head, items in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "active.licensing.decisions")]),
                                 ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "active.penalty.decisions"),
                                                                  ("行政强制", "active.enforcement.decisions")]),
                                 ("第二十条第（八）项", "本年收费金额（单位：万元）",
                                  [("行政事业性收费", "active.fees.amount_10k_yuan")])):
        rows += [[caption], ["信息内容", head]]
        rows += [[label, _v(f, key)] for label, key in items]
    return 4, rows


def active19(f: dict) -> Table:
    rows: list[Row] = []
    for caption, header, block in active19_rows(f):
        rows += [[caption], list(header)]
        rows += [[label, *[v if v != "" else None for v in vals]] for label, vals in block]
    return 4, rows


def requests_grid(f: dict, table=REQUESTS) -> Table:
    """Table 三 as a 10-column grid, each cell in its column as the printed table has it (merged
    cells shown once, in their first column)."""
    rows: list[Row] = [[TABLE3_NOTE, "", "", "申请人情况"] + [""] * 6,
                       ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
                       ["", "", "", ""] + list(APPLICANT_LABELS) + [""]]
    seen: set[str] = set()
    for r in table.rows:
        if r.role in ("in", "carried_forward"):
            labels = [r.label, "", ""]
        else:
            labels = ["", "", ""]
            if r.group and r.group not in seen:
                seen.add(r.group)
                labels[0 if r.group.startswith("三") else 1] = r.group
            labels[1 if r.group.startswith("三") else 2] = r.label
        rows.append(labels + [_v(f, f"requests.{r.id}.{c}") for c in COLS])
    return 10, rows


def appeals_grid(f: dict) -> Table:
    return 15, [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
                [""] * 5 + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
                APPEAL_HEADS * 3, [_v(f, c.key) for c in APPEALS.cells]]


def requests(f: dict, table=REQUESTS) -> Table:
    rows: list[Row] = [[TABLE3_NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], list(APPLICANT_LABELS)]
    seen: set[str] = set()
    for r in table.rows:
        labels = [r.label]
        if r.group and r.group not in seen:
            seen.add(r.group)
            labels = [r.group, r.label]
        rows.append(labels + [_v(f, f"requests.{r.id}.{c}") for c in COLS])
    return 10, rows


APPEAL_HEADS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def appeals(f: dict, cut_heads: bool = False) -> Table:
    heads = ["结果", "结果", "其他", "尚未", "总计"] if cut_heads else APPEAL_HEADS
    return 15, [["行政复议", "行政诉讼"], [heads[0] if not cut_heads else "结果维持", *heads[1:],
                                          "未经复议直接起诉", "复议后起诉"],
                heads * 3, [_v(f, c.key) for c in APPEALS.cells]]


def appeals_split(f: dict) -> list[Table]:
    """Table 四 as two tables (seed 004): 复议 first, then 诉讼."""
    cells = [_v(f, c.key) for c in APPEALS.cells]
    return [(5, [["行政复议"], list(APPEAL_HEADS), cells[:5]]),
            (10, [["行政诉讼"], ["未经复议直接起诉", "复议后起诉"], APPEAL_HEADS * 2, cells[5:]])]


H2 = "二、主动公开政府信息情况"
H3 = "三、收到和处理政府信息公开申请情况"
H4 = "四、政府信息公开行政复议、行政诉讼情况"

SYN_HEAD = ["庆元县财政局2022年政府信息公开工作年度报告", "发布日期：2023-01-18 09:30",
            "根据《中华人民共和国政府信息公开条例》要求，编制本报告。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            "一、总体情况", "2022年，庆元县财政局认真贯彻落实政务公开工作要点，全年主动公开政府信息356条。"]
SYN_TAIL = ["五、存在的主要问题及改进情况", "一是公开内容还不够全面；二是解读形式还不够丰富。",
            "六、其他需要报告的事项", "本年度未收取信息处理费。"]
HEAD19 = [TITLE19, "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。", "一、总体情况",
          "2020年，本局主动公开政府信息218条。"]
TAIL19 = ["五、存在的主要问题及改进情况", "一是公开平台建设有待加强。", "六、其他需要报告的事项", "无。"]


def sections21(f: dict = SYN_FIELDS, split4: bool = False, cut_heads: bool = False,
               grid: bool = False) -> list[tuple[str, list[Table]]]:
    """The three table sections; `grid`: tables 三 and 四 as aligned grids (for ASCII art, spaces)."""
    if grid:
        return [(H2, [active21(f)]), (H3, [requests_grid(f)]), (H4, [appeals_grid(f)])]
    four = appeals_split(f) if split4 else [appeals(f, cut_heads)]
    return [(H2, [active21(f)]), (H3, [requests(f)]), (H4, four)]


def sections19(f: dict = SYN19, cut_heads: bool = False) -> list[tuple[str, list[Table]]]:
    return [(H2, [active19(f)]), (H3, [requests(f, R19)]), (H4, [appeals(f, cut_heads)])]


# ------------------------------------------------------------------------------------------------
# Renderers: each returns the text of the sections (headings + tables).

def shape000(sections) -> list[str]:
    out: list[str] = []
    for heading, tables in sections:
        out.append(heading)
        for width, rows in tables:
            for row in rows:
                printed = [c for c in row if c not in (None, "")]
                out += [c + " |" for c in printed]
                if width - len(printed) > 0:
                    out.append("|" * (width - len(printed)))
    return out


def shape003(sections) -> list[str]:
    """Seed 003's converter: one cell per paragraph, one blank line between, a blank cell one more."""
    return paragraphs(sections)


def paragraphs(sections, sep_lines: int = 1, empty_lines: int = 1, blank: str = "") -> list[str]:
    """One cell per paragraph, as converters other than seed 003's write it: every paragraph is
    followed by `sep_lines` blank lines, a blank cell is `empty_lines` blank lines of its own, and a
    blank line holds `blank` (NBSP, 　). ``paragraphs(s)`` is ``shape003(s)``."""
    lines: list[str] = []
    for heading, tables in sections:
        lines += [heading] + [blank] * sep_lines
        for _, rows in tables:
            for row in rows:
                for c in row:
                    lines += [c] + [blank] * sep_lines if c not in (None, "") else [blank] * empty_lines
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def split_header_cells(sections) -> list:
    """Header cells (rows without a number) of four characters or more split over two paragraphs,
    as a converter does with a cell whose text wraps into two paragraphs (法人或其 ⏎ 他组织)."""
    def split(row: Row) -> Row:
        if any(c is not None and any(ch.isdigit() for ch in c) for c in row):
            return row
        out: Row = []
        for c in row:
            out += [c[:len(c) // 2], c[len(c) // 2:]] if c and len(c) >= 4 else [c]
        return out
    return [(h, [(w, [split(r) for r in rows]) for w, rows in tables]) for h, tables in sections]


def shape004(sections) -> list[str]:
    text = ""
    for heading, tables in sections:
        text += heading + "\n\n\n"
        for _, rows in tables:
            for row in rows:
                for c in row:
                    text += f"{c or ''}\n\n"
                text += "\n"
            text += "\u00a0\n\n"
    return text.rstrip("\n").split("\n")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _grid(width: int, rows: list[Row]) -> list[list[str]]:
    """Rows padded to the table's width (blank = empty string)."""
    return [["" if c is None else c for c in row] + [""] * (width - len(row)) for row in rows]


def _column_widths(grid: list[list[str]]) -> list[int]:
    return [max(_width(r[i]) for r in grid) for i in range(len(grid[0]))]


def ascii_art(sections) -> list[str]:
    out: list[str] = []
    for heading, tables in sections:
        out.append(heading)
        for width, rows in tables:
            grid = _grid(width, rows)
            widths = _column_widths(grid)
            border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
            out.append(border)
            for r in grid:
                out.append("|" + "|".join(f" {c}{' ' * (w - _width(c))} " for c, w in zip(r, widths, strict=True)) + "|")
                out.append(border)
    return out


def spaces(sections) -> list[str]:
    """One row per line; cells left-aligned in columns, separated by at least two spaces."""
    out: list[str] = []
    for heading, tables in sections:
        out.append(heading)
        for width, rows in tables:
            grid = _grid(width, rows)
            widths = _column_widths(grid)
            for r in grid:
                line = "".join(f"{c}{' ' * (w - _width(c) + 3)}" for c, w in zip(r, widths, strict=True))
                out.append(line.rstrip())
    return out


def report(sections, render, head=SYN_HEAD, tail=SYN_TAIL) -> str:
    return "\n".join([*head, *render(sections), *tail])


def pre_page(sections, render=ascii_art, title: str = SYN_HEAD[0]) -> str:
    """An HTML page whose prose is in <p> and whose tables are a <pre> block of `render`'s text."""
    body = "\n".join(render(sections))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<p>{SYN_HEAD[2]}</p><p>一、总体情况</p><p>{SYN_HEAD[4]}</p><pre>{body}</pre>"
            "<p>五、存在的主要问题及改进情况</p><p>一是公开内容还不够全面。</p>"
            "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></body></html>")
