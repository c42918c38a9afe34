"""HTML pages: visible text in reading order, leaf tables as grids with merged cells expanded."""

from __future__ import annotations

import time

import pytest

from app.documents import ReadError, read_document
from app.documents.limits import MAX_COLSPAN, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS

from .builders import grid_texts


def read(html: str):
    return read_document("report.html", html.encode("utf-8"))


MERGED = """<html><body><table>
<tr><td rowspan="2">项目</td><td colspan="3">申请人情况</td></tr>
<tr><td>自然人</td><td colspan="2">法人或其他组织</td></tr>
<tr><td>一、本年新收</td><td>6</td><td></td><td>1</td></tr>
</table></body></html>"""


def test_rowspan_and_colspan_fill_every_position_with_copies_of_the_merged_cell() -> None:
    document = read(MERGED)
    assert grid_texts(document) == [
        [("项目", False), ("申请人情况", False), ("申请人情况", True), ("申请人情况", True)],
        [("项目", True), ("自然人", False), ("法人或其他组织", False), ("法人或其他组织", True)],
        [("一、本年新收", False), ("6", False), ("", False), ("1", False)],
    ]


def test_table_rows_are_lines_with_cells_joined_by_bars() -> None:
    assert read(MERGED).text == "项目 | 申请人情况\n自然人 | 法人或其他组织\n一、本年新收 | 6 |  | 1\n"


def test_copies_share_the_span_of_the_original_cell() -> None:
    grid = read(MERGED).grids[0]
    assert grid[1][0] == type(grid[1][0])(grid[0][0].start, grid[0][0].end, copy=True)
    assert (grid[0][2].start, grid[0][2].end) == (grid[0][1].start, grid[0][1].end)


def test_empty_cell_is_an_empty_span_between_its_neighbours() -> None:
    document = read(MERGED)
    before, empty, after = document.grids[0][2][1:4]
    assert empty.start == empty.end
    assert document.text[before.end:empty.start] == document.text[empty.end:after.start] == " | "


def test_several_tables_are_listed_in_document_order_between_their_paragraphs() -> None:
    document = read("<body><p>二、主动公开</p><table><tr><td>规章</td><td>0</td></tr></table>"
                    "<p>三、申请情况</p><table><tr><td>自然人</td><td>6</td></tr></table>"
                    "<p>四、复议诉讼</p><table><tr><td>维持</td><td>1</td></tr></table></body>")
    assert document.text == ("二、主动公开\n规章 | 0\n三、申请情况\n自然人 | 6\n四、复议诉讼\n维持 | 1\n")
    assert [grid_texts(document, i)[0][0][0] for i in range(3)] == ["规章", "自然人", "维持"]


def test_layout_table_is_flowing_text_around_the_data_table_inside_it() -> None:
    document = read("<body><table><tr><td>站点导航</td><td><p>报告正文</p>"
                    "<table><tr><td>自然人</td><td>6</td></tr></table><p>落款</p></td></tr></table></body>")
    assert document.text == "站点导航\n报告正文\n自然人 | 6\n落款\n"
    assert len(document.grids) == 1
    assert grid_texts(document) == [[("自然人", False), ("6", False)]]


def test_scripts_styles_comments_templates_and_head_are_not_text() -> None:
    document = read("""<!DOCTYPE html><html><head><title>年度报告</title><meta name="k" content="元数据">
        <style>p { color: red }</style><script>var s = "<table><tr><td>9</td></tr></table>";</script>
        <link rel="stylesheet" href="x.css"></head><body><!-- 注释 --><noscript>请启用脚本</noscript>
        <template><p>模板</p></template><p>正文</p><script>document.write("脚本")</script></body></html>""")
    assert document.text == "年度报告\n正文\n"
    assert document.grids == []


def test_block_elements_and_br_start_lines_and_inline_elements_do_not() -> None:
    document = read("<body><div>一、<b>总体</b>情况<br>第二行</div><ul><li>甲</li><li>乙</li></ul>"
                    "<h2>标题</h2>尾部 <span>文字</span></body>")
    assert document.text == "一、总体情况\n第二行\n甲\n乙\n标题\n尾部 文字\n"


def test_source_line_wrapping_between_chinese_characters_is_not_a_space() -> None:
    assert read("<p>根据《条例》\n  要求，编制本报告 of the year</p>").text == "根据《条例》要求，编制本报告 of the year\n"


def test_cell_text_drops_breaks_between_chinese_characters_and_keeps_numbers_apart() -> None:
    document = read("<table><tr><td>自<br>然<br>人</td><td>12&nbsp;34</td><td>&nbsp;</td>"
                    "<td><p>商业</p>\n<p>企业</p></td><td>１２ ３４</td><td>共 6 件</td></tr></table>")
    assert [text for text, _ in grid_texts(document)[0]] == ["自然人", "12 34", "", "商业企业", "１２ ３４", "共 6 件"]


def test_caption_is_a_line_before_its_table() -> None:
    document = read("<table><caption>表一 申请情况</caption><tr><td>自然人</td></tr></table>")
    assert document.text == "表一 申请情况\n自然人\n"


def test_preformatted_text_keeps_its_lines() -> None:
    assert read("<pre>自然人 | 6\n法人 | 1</pre>").text == "自然人 | 6\n法人 | 1\n"


def test_huge_spans_are_clamped_without_slowing_down() -> None:
    start = time.perf_counter()
    document = read('<table><tr><td colspan="999999999" rowspan="999999999">合计</td></tr>'
                    "<tr><td>1</td></tr><tr><td>2</td></tr></table>")
    assert time.perf_counter() - start < 0.5
    grid = document.grids[0]
    assert [len(row) for row in grid] == [MAX_COLSPAN + 1] * 3
    assert all(cell.copy for row in grid for cell in row[:MAX_COLSPAN] if cell is not grid[0][0])
    assert [document.text[row[-1].start:row[-1].end] for row in grid] == ["", "1", "2"]


def test_rowspan_zero_reaches_the_last_row() -> None:
    document = read('<table><tr><td rowspan="0">左</td><td>a</td></tr><tr><td>b</td></tr>'
                    "<tr><td>c</td></tr></table>")
    assert [row[0] for row in grid_texts(document)] == [("左", False), ("左", True), ("左", True)]


def test_tables_beyond_the_row_and_column_limits_are_cut_with_a_note() -> None:
    rows = "<tr><td>1</td></tr>" * (MAX_TABLE_ROWS + 3)
    wide = "<tr>" + "<td>2</td>" * (MAX_TABLE_COLUMNS + 3) + "</tr>"
    document = read(f"<table>{rows}</table><table>{wide}</table>")
    assert len(document.grids[0]) == MAX_TABLE_ROWS
    assert len(document.grids[1][0]) == MAX_TABLE_COLUMNS
    assert any(str(MAX_TABLE_ROWS) in note for note in document.notes)
    assert any(str(MAX_TABLE_COLUMNS) in note for note in document.notes)


def test_nested_tables_a_hundred_deep_give_the_innermost_as_the_only_grid() -> None:
    depth = 100
    document = read("<body>" + "<table><tr><td>层" * depth + "<table><tr><td>最内</td><td>7</td></tr></table>"
                    + "</td></tr></table>" * depth + "</body>")
    assert grid_texts(document) == [[("最内", False), ("7", False)]]
    assert document.text.count("层") == depth


def test_nesting_3000_deep_is_refused_quickly_without_exhausting_the_stack() -> None:
    depth = 3000
    page = "<body>" + "<table><tr><td>x" * depth + "</td></tr></table>" * depth + "</body>"
    start = time.perf_counter()
    with pytest.raises(ReadError, match="嵌套过深"):
        read(page)
    assert time.perf_counter() - start < 1.0


def test_page_with_only_scripts_is_refused_with_a_hint() -> None:
    with pytest.raises(ReadError, match="没有可见的文字"):
        read("<html><head><script>load()</script></head><body><div id='app'></div></body></html>")


def test_html_is_recognised_by_content_whatever_the_extension() -> None:
    document = read_document("报告.doc", "<html><body><p>正文</p></body></html>".encode("gb18030"))
    assert (document.kind, document.text, document.encoding) == ("html", "正文\n", "gb18030")


def test_character_references_to_internal_markers_and_control_characters_are_harmless() -> None:
    document = read("<table><tr><td>&#xfdd3;1&#xfdd1;0&#xfdd2;</td><td><b>&#1;2&#xfffe;</b></td></tr></table>"
                    "<p>&#64976;尾</p>")
    grid = grid_texts(document)
    assert len(grid) == 1 and len(grid[0]) == 2
    assert grid[0][0] == ("10", False)
    assert document.text.endswith("尾\n")
