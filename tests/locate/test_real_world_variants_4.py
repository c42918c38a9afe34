"""Fourth round of real-world variants: page furniture from PDF converters, how cells write their
numbers, section headings and stray tables, HTML tables cut or widened, Word's web pages and frames.

- text as converters other than ours give a PDF: running headers, ``- 3 -``, ``第 3 页 共 8 页``,
  a bare page number or a form feed between two rows, the column header repeated on the next page,
  a row label wrapped over the page end; in the row, cell-per-line and space-aligned shapes and in
  the 2019 format; tables drawn with box-drawing characters, cells in raw reading order, and
  ``-layout`` text whose group labels stand on the middle line of their rows;
- numbers written ``1,201`` / ``1，201`` / ``１２０１`` / ``12件``, the fee as ``0.00``, ``——``,
  ``/``, ``无``, ``-`` or in 元 under a 万元 header;
- headings numbered （二）, 2. or not at all, narrative with numbers between a heading and its
  table, a year-on-year comparison table before table 三 or 四, the tables in an appendix after
  六, the three table sections in another order, item numbers in a column of their own;
- HTML: table 三 cut into several ``<table>``s (with and without its header repeated), a leading
  序号 or trailing 备注 column, a page saved by Word (``mso`` markup, ``<o:p>``, the hidden row of
  column widths), the 2019 format so;
- Word: the tables inside a one-cell layout table, number cells holding several paragraphs,
  totals as ``=SUM(LEFT)`` fields and numbers with tracked changes left in.

Builders are in ``variants4.py``; the whole pipeline runs. Where a variant prints every cell, the
record must be exact (agency, year and template too). Where information is genuinely lost, a cell
may be empty *and* flagged (provenance ``unplaced`` or an error naming it) — never a confident
wrong number.
"""

from __future__ import annotations

import pytest

from app.extract import extract_bytes

from .variants import APPEALS, REQUESTS, SYN_FIELDS, confident_wrong, extract_text, wrong_cells
from .variants2 import AG19, SYN19, docx21
from .variants3 import (
    H2,
    H3,
    H4,
    HEAD19,
    SYN_HEAD,
    SYN_TAIL,
    TAIL19,
    blank_zero_applicants,
    report,
    sections19,
    sections21,
    shape000,
    shape003,
    spaces,
)
from .variants4 import (
    RUNNING_HEAD,
    TABLE3_HEAD_LINES,
    THOUSANDS,
    bars,
    box_drawing,
    cell_lines,
    cells_with_units,
    docx_in_layout_table,
    docx_multi_paragraph_numbers,
    fields_and_tracked_changes,
    html21_split,
    insert_before,
    item_number_column,
    page_furniture,
    with_layout_table3,
    with_thousands,
    word_html,
    word_html19,
    wrap_row_over_page,
)

BLANK = blank_zero_applicants(SYN_FIELDS)
TITLE19_HEAD = HEAD19[0]
SYN_TEXT = report(sections21(), bars)
FEE = "active.fees.amount_10k_yuan"


def _meta21(result) -> None:
    assert (result.record.agency, result.record.year, result.record.template) == ("庆元县财政局", 2022, "2021")


def _meta19(result) -> None:
    assert (result.record.agency, result.record.year, result.record.template) == (AG19, 2020, "2019")
    assert len(result.record.fields) == 198


def _exact21(result, want: dict = SYN_FIELDS) -> None:
    _meta21(result)
    assert wrong_cells(result, want) == {}


def _html(page: str):
    result = extract_bytes("index.html", page.encode("utf-8"))
    assert result.document.kind == "html"
    return result


def _sub(text: str, old: str, new: str) -> str:
    assert old in text, f"variant construction: {old!r} not in text"
    return text.replace(old, new)


# ================================================================================================
# Text from other PDF converters: page furniture between the rows of a table.

@pytest.mark.parametrize("style", ["dash", "of", "both", "bare"])
def test_page_break_between_two_rows_of_table_three(style):
    """Footer (- 3 - / 第 3 页 共 5 页 / a bare 3) and the next page's running head between two rows."""
    text = insert_before(SYN_TEXT, "5.属于三类内部事务信息", page_furniture(3, style=style))
    _exact21(extract_text(text))


def test_page_break_with_the_column_header_repeated_on_the_next_page():
    text = insert_before(SYN_TEXT, "（四）无法提供", page_furniture(3, style="of") + TABLE3_HEAD_LINES)
    _exact21(extract_text(text))


def test_form_feed_page_breaks_in_tables_two_three_and_four():
    """pdftotext starts every page with a form feed."""
    text = SYN_TEXT
    for marker in ("行政处罚 |", "2.重复申请", "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持"):
        text = insert_before(text, marker, ["第 2 页 共 5 页", "\f" + RUNNING_HEAD])
    _exact21(extract_text(text))


def test_row_label_wrapped_over_the_page_end_numbers_on_the_first_page():
    label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    text = wrap_row_over_page(SYN_TEXT, "（六）其他处理 | " + label, 20, page_furniture(4), numbers_first=True)
    _exact21(extract_text(text))


def test_row_label_wrapped_over_the_page_end_numbers_on_the_next_page():
    label = "5.要求行政机关确认或重新出具已获取信息"
    text = wrap_row_over_page(SYN_TEXT, label, 9, page_furniture(4, style="of"), numbers_first=False)
    _exact21(extract_text(text))


def test_page_break_between_the_header_and_the_values_of_table_four():
    text = insert_before(SYN_TEXT, "1 | 2 | 0 | 1 | 4 |", page_furniture(4, style="both"))
    _exact21(extract_text(text))


def test_cell_per_paragraph_shape_with_a_page_break_and_repeated_header():
    text = report(sections21(), shape003)
    text = insert_before(text, "3.危及“三安全一稳定”", ["- 3 -", "", RUNNING_HEAD, "",
                                                   *[c for line in TABLE3_HEAD_LINES
                                                     for c in line.rstrip(" |").split(" | ") + [""]]])
    _exact21(extract_text(text))


def test_cell_per_line_shape_with_page_footers_between_rows():
    text = report(sections21(cut_heads=True), shape000)
    text = insert_before(text, "2.重复申请 |", ["第 3 页 共 5 页 |", RUNNING_HEAD + " |"])
    _exact21(extract_text(text))


def test_layout_mode_text_with_form_feed_and_repeated_header():
    """pdftotext -layout: columns aligned by spaces, a form feed and the page's header lines."""
    text = report(sections21(grid=True), spaces)
    text = insert_before(text, "3.要求提供公开出版物", ["", f"{'':40}- 3 -", "\f" + RUNNING_HEAD, ""])
    _exact21(extract_text(text))


def test_2019_format_row_shape_with_page_furniture_in_tables_two_and_three():
    text = report(sections19(), bars, HEAD19, TAIL19)
    text = insert_before(text, "行政强制 |", ["- 2 -", TITLE19_HEAD])
    text = insert_before(text, "3.补正后申请内容仍不明确", ["第 3 页 共 5 页", TITLE19_HEAD, *TABLE3_HEAD_LINES])
    result = extract_text(text)
    _meta19(result)
    assert wrong_cells(result, SYN19) == {}



def test_page_footer_in_a_cell_per_line_table_with_blank_cells_is_never_confidently_wrong():
    """Blank applicant cells vanished (seed-000 shape) and a footer sits between two rows."""
    text = report(sections21(BLANK, cut_heads=True), shape000)
    text = insert_before(text, "1.本机关不掌握相关政府信息 |", ["- 3 - |", RUNNING_HEAD + " |"])
    result = extract_text(text)
    _meta21(result)
    assert confident_wrong(result, BLANK) == {}


# ================================================================================================
# How cells write their numbers.

def test_counts_written_with_their_unit_in_tables_three_and_four():
    _exact21(extract_text(cells_with_units(SYN_TEXT)))


def test_thousands_separators_and_full_width_digits_in_the_cell_per_paragraph_shape():
    text = report(sections21(), shape003)
    lines = [THOUSANDS.get(int(line), line) if line.isdigit() else line for line in text.split("\n")]
    _exact21(extract_text("\n".join(lines)))


@pytest.mark.parametrize("printed", ["0", "0.00", "0.0000", "——", "—", "/", "无", "-", "０．００", "0.00万元", "0元"])
def test_a_fee_of_nothing_written_every_way_reads_zero(printed):
    want = {**SYN_FIELDS, FEE: 0}
    text = _sub(SYN_TEXT, "行政事业性收费 | 12.34 |", f"行政事业性收费 | {printed} |")
    result = extract_text(text)
    _exact21(result, want)


@pytest.mark.parametrize("printed", ["12.3400", "１２．３４", "123400元", "12.34万元", "12.34 万元"])
def test_a_fee_written_with_other_precision_width_or_unit(printed):
    text = _sub(SYN_TEXT, "行政事业性收费 | 12.34 |", f"行政事业性收费 | {printed} |")
    _exact21(extract_text(text))


# ================================================================================================
# Section headings, narrative and stray tables.

def _renumber(text: str, numbers: dict[str, str]) -> str:
    for old, new in numbers.items():
        text = _sub(text, old, new)
    return text


def test_headings_numbered_as_sub_items_in_brackets():
    text = _renumber(SYN_TEXT, {"一、总体情况": "（一）总体情况", H2: "（二）主动公开政府信息情况",
                                H3: "（三）收到和处理政府信息公开申请情况", H4: "（四）政府信息公开行政复议、行政诉讼情况",
                                SYN_TAIL[0]: "（五）存在的主要问题及改进情况", SYN_TAIL[2]: "（六）其他需要报告的事项"})
    _exact21(extract_text(text))


def test_headings_numbered_with_arabic_digits_and_a_full_stop():
    text = _renumber(SYN_TEXT, {"一、总体情况": "1.总体情况", H2: "2.主动公开政府信息情况",
                                H3: "3.收到和处理政府信息公开申请情况", H4: "4.政府信息公开行政复议、行政诉讼情况",
                                SYN_TAIL[0]: "5.存在的主要问题及改进情况", SYN_TAIL[2]: "6.其他需要报告的事项"})
    _exact21(extract_text(text))


def test_headings_without_any_number():
    text = _renumber(SYN_TEXT, {"一、总体情况": "总体情况", H2: "主动公开政府信息情况",
                                H3: "收到和处理政府信息公开申请情况", H4: "政府信息公开行政复议、行政诉讼情况",
                                SYN_TAIL[0]: "存在的主要问题及改进情况", SYN_TAIL[2]: "其他需要报告的事项"})
    _exact21(extract_text(text))


NARRATIVE = {
    H2: "2022年，本局制发规范性文件32件，废止1件，现行有效397件；作出行政许可决定43177件。具体情况如下：",
    H3: "2022年，本局共收到政府信息公开申请1468件，上年结转3件，办结1467件，结转下年度4件。具体情况如下：",
    H4: "2022年，本局发生政府信息公开行政复议4件、行政诉讼3件。具体情况如下：",
}


def test_narrative_with_numbers_between_each_heading_and_its_table():
    text = SYN_TEXT
    for heading, sentence in NARRATIVE.items():
        text = _sub(text, heading + "\n", heading + "\n" + sentence + "\n")
    _exact21(extract_text(text))


def test_a_long_narrative_between_the_heading_and_table_three():
    long = ("2022年，本局坚持以公开为常态、不公开为例外，" * 12 + "全年共收到申请1468件，办结1467件。")
    _exact21(extract_text(_sub(SYN_TEXT, H3 + "\n", H3 + "\n" + long + "\n")))


COMPARISON = ["为便于比较，现将近两年依申请公开情况列表如下：",
              "项目 | 2021年 | 2022年 | 增减 |",
              "本年新收申请数量 | 1200 | 1468 | 268 |",
              "办结数量 | 1190 | 1467 | 277 |",
              "结转下年度继续办理 | 3 | 4 | 1 |",
              "收到和处理政府信息公开申请的具体情况见下表。"]


def test_a_year_on_year_comparison_table_before_table_three_lends_it_nothing():
    text = _sub(SYN_TEXT, H3 + "\n", H3 + "\n" + "\n".join(COMPARISON) + "\n")
    _exact21(extract_text(text))


def test_an_unrelated_table_after_table_two_lends_it_nothing():
    extra = ["表：主动公开信息分类统计", "类别 | 条数 |", "机构职能 | 12 |", "政策文件 | 45 |", "财政预决算 | 30 |",
             "人事信息 | 8 |"]
    text = _sub(SYN_TEXT, H3 + "\n", "\n".join(extra) + "\n" + H3 + "\n")
    _exact21(extract_text(text))


def test_the_tables_in_an_appendix_after_the_narrative_sections():
    """Sections 一 to 六 are prose (with the tables' headings among them); the tables follow as 附表."""
    prose = [*SYN_HEAD,
             H2, "2022年，本局主动公开政府信息356条，具体数据详见附表1。",
             H3, "2022年，本局共收到政府信息公开申请1468件，具体数据详见附表2。",
             H4, "2022年，本局发生行政复议4件、行政诉讼3件，具体数据详见附表3。",
             *SYN_TAIL, "附表："]
    tables = bars([(f"附表{i}：{h[2:]}", t) for i, (h, t) in enumerate(sections21(), start=1)])
    _exact21(extract_text("\n".join(prose + tables)))


# ================================================================================================
# HTML: table 三 cut into several tables, extra columns, numbers written otherwise, Word pages.

@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "header-once"])
def test_html_table_three_cut_into_three_tables(repeat_header):
    _exact21(_html(html21_split(repeat_header=repeat_header)))


def test_html_table_three_with_a_leading_序号_column():
    _exact21(_html(html21_split(cuts=(), lead=True)))


REMARKS = {"new_received": "含网上申请1200件", "granted": "", "not_processed.duplicate": "无",
           "other.other": "撤回申请", "carried_forward": "已于次年办结"}


def test_html_table_three_with_a_trailing_备注_column():
    _exact21(_html(html21_split(cuts=(), remarks=REMARKS)))


def test_html_table_three_cut_with_序号_and_备注_columns():
    _exact21(_html(html21_split(cuts=(12,), lead=True, remarks=REMARKS)))


def test_html_cells_with_thousands_separators_and_full_width_digits():
    _exact21(_html(html21_split(cuts=(), printed=with_thousands(SYN_FIELDS))))


def test_html_cells_with_units_and_dashes_for_zero():
    shown = with_thousands(SYN_FIELDS)
    printed = {k: (("/" if k.startswith("requests.") else "—") if v == 0 else f"{shown[k]}件")
               for k, v in SYN_FIELDS.items()}
    printed[FEE] = "12.34"
    result = _html(html21_split(cuts=(), printed=printed))
    _exact21(result)
    origin = result.provenance["requests.granted.research"]
    assert (origin.raw, "按 0 记录" in origin.note) == ("/", True)


@pytest.mark.parametrize("numbering", [("（二）", "（三）", "（四）"), ("", "", "")], ids=["（二）", "bare"])
def test_html_headings_numbered_otherwise(numbering):
    heads = tuple(n + h[2:] for n, h in zip(numbering, (H2, H3, H4), strict=True))
    _exact21(_html(html21_split(cuts=(), headings=heads)))


def test_html_page_saved_by_word():
    _exact21(_html(word_html()))


def test_html_page_saved_by_word_with_blank_cells():
    _exact21(_html(word_html(BLANK)), BLANK)


def test_2019_format_html_page_saved_by_word_with_table_three_cut_at_a_page():
    result = _html(word_html19())
    _meta19(result)
    assert wrong_cells(result, SYN19) == {}


# ================================================================================================
# Word: layout frames and cells of several paragraphs.

def test_word_tables_inside_a_one_cell_layout_table():
    result = extract_bytes("年报.docx", docx_in_layout_table())
    assert result.document.kind == "docx"
    _exact21(result)


def test_word_only_table_three_inside_a_layout_table():
    _exact21(extract_bytes("年报.docx", docx_in_layout_table(everything=False)))


def test_2019_format_word_tables_inside_a_layout_table():
    result = extract_bytes("年报.docx", docx_in_layout_table(SYN19, template19=True))
    _meta19(result)
    assert wrong_cells(result, SYN19) == {}


def test_word_number_cells_holding_several_paragraphs():
    _exact21(extract_bytes("年报.docx", docx_multi_paragraph_numbers()))


def test_word_number_cells_with_full_width_digits_and_thousands_separators():
    _exact21(extract_bytes("年报.docx", docx_multi_paragraph_numbers(printed=with_thousands(SYN_FIELDS))))


# ================================================================================================
# Sections in another order; stray tables in an HTML page and before table 四.

def _reordered(order: list[int], numbers: list[str]) -> str:
    sections = sections21()
    return report([(n + sections[i][0][2:], sections[i][1]) for n, i in zip(numbers, order, strict=True)], bars)


@pytest.mark.parametrize(("order", "numbers"), [([1, 0, 2], ["二、", "三、", "四、"]), ([0, 2, 1], ["二、", "三、", "四、"]),
                                                ([1, 0, 2], ["三、", "二、", "四、"])],
                         ids=["三-before-二-renumbered", "四-before-三-renumbered", "三-before-二-numbers-kept"])
def test_the_three_tables_in_another_order_of_sections(order, numbers):
    _exact21(extract_text(_reordered(order, numbers)))


def test_html_comparison_table_before_table_three_lends_it_nothing():
    comparison = ("<p>近两年依申请公开情况对比：</p><table border=1><tr><td>项目</td><td>2021年</td><td>2022年</td></tr>"
                  "<tr><td>本年新收申请数量</td><td>1200</td><td>1468</td></tr>"
                  "<tr><td>办结数量</td><td>1190</td><td>1467</td></tr>"
                  "<tr><td>结转下年度继续办理</td><td>3</td><td>4</td></tr></table>")
    page = html21_split(cuts=())
    page = _sub(page, f"<strong>{H3}</strong></p>", f"<strong>{H3}</strong></p>{comparison}")
    _exact21(_html(page))


def test_a_comparison_table_before_table_four_lends_it_nothing():
    rows = ["项目 | 2021年 | 2022年 |", "行政复议 | 3 | 4 |", "行政诉讼 | 1 | 3 |", "具体情况如下："]
    _exact21(extract_text(_sub(SYN_TEXT, H4 + "\n", H4 + "\n" + "\n".join(rows) + "\n")))


def test_bare_page_number_between_rows_of_the_cell_per_paragraph_shape():
    text = report(sections21(), shape003)
    _exact21(extract_text(insert_before(text, "5.属于三类内部事务信息", ["3", "", RUNNING_HEAD, ""])))


def test_page_furniture_in_the_cell_per_paragraph_shape_with_blank_cells_reads_exactly():
    # The page number and running head fall between two rows: the blank paragraphs still count.
    text = report(sections21(BLANK), shape003)
    result = extract_text(insert_before(text, "5.属于三类内部事务信息", ["- 3 -", "", RUNNING_HEAD, ""]))
    _meta21(result)
    assert wrong_cells(result, BLANK) == {}


# ================================================================================================
# Other converters' tables (box drawing, raw cell order, -layout with centred group labels), item
# numbers in a column of their own, Word fields and tracked changes.

def test_box_drawing_tables_read_exactly():
    _exact21(extract_text(report(sections21(grid=True), box_drawing)))


def test_box_drawing_blank_cells_stay_blank_in_their_column():
    want = {**BLANK, **{c.key: None for c in APPEALS.cells if SYN_FIELDS[c.key] == 0 and "litigation" in c.key}}
    _exact21(extract_text(report(sections21(want, grid=True), box_drawing)), want)


def test_raw_cell_per_line_without_separators_reads_exactly():
    _exact21(extract_text(report(sections21(), cell_lines)))


def test_raw_cell_per_line_with_blank_cells_is_never_confidently_wrong():
    result = extract_text(report(sections21(BLANK), cell_lines))
    _meta21(result)
    assert confident_wrong(result, BLANK) == {}


def test_layout_mode_with_group_labels_centred_and_labels_wrapped_over_three_lines():
    text = with_layout_table3(report(sections21(grid=True), spaces))
    _exact21(extract_text(insert_before(text, "（五）不予处理", ["\f" + RUNNING_HEAD])))


def test_item_numbers_in_a_column_of_their_own():
    _exact21(extract_text(item_number_column(SYN_TEXT)))


def test_word_totals_as_sum_fields_and_numbers_with_tracked_changes():
    totals = {SYN_FIELDS[f"requests.{r.id}.total"] for r in REQUESTS.rows}
    _exact21(extract_bytes("年报.docx", fields_and_tracked_changes(docx21(), totals)))
