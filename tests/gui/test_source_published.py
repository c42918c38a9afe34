"""The source as published: PDF pages with the cell's number boxed, HTML tables with its cell marked,
clicks on either picking the record cell, and F6 switching views (remembered)."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.documents import GridCell
from app.gui.source_grid import placed_cells
from app.gui.source_pages import BOX_PEN, ZOOM_STEP
from app.gui.source_switcher import PUBLISHED_SETTING
from app.gui.source_view import CURRENT_BG
from app.review import ReviewService
from app.review.source_document import source_document
from app.store import Store
from app.template import TEMPLATE_2021
from tests.locate.test_structured_sources import TITLE, WANT, national_html
from tools.bench_source_view import FONT_SIZE, PrintedReport, report_pdf

from .conftest import MISREAD_SOURCE, REVIEWER

PROSE_LINES = 25  # the page breaks inside table 三: tables 二 and most of 三 on page 1, 四 on page 2
ON_FIRST_PAGE = "active.licensing.decisions"  # printed as 43177
ON_SECOND_PAGE = TEMPLATE_2021.table("appeals").cells[0].key
GRANTED_TOTAL = "requests.granted.total"  # printed as 38


@pytest.fixture(scope="module")
def printed_pdf() -> PrintedReport:
    try:
        report = report_pdf(WANT, PROSE_LINES)
    except FileNotFoundError as error:
        pytest.skip(str(error))
    assert report.pages == 2
    return report


def import_files(folder: Path, files: dict[str, bytes]) -> Path:
    """A review store in `folder` holding `files`, imported as a reviewer would."""
    db = folder / "published.sqlite3"
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with Store(db) as store:
        summary = ReviewService(store, REVIEWER, workers=0).import_paths([folder / n for n in files])
    assert not summary.failed
    return db


@pytest.fixture
def pdf_window(open_window, settings, tmp_path, printed_pdf):
    settings.setValue(PUBLISHED_SETTING, True)
    window = open_window(import_files(tmp_path, {"report.pdf": printed_pdf.data}))
    assert window.source_pane.current_view() is window.source_pane.pages
    return window


@pytest.fixture
def html_window(open_window, settings, tmp_path):
    settings.setValue(PUBLISHED_SETTING, True)
    window = open_window(import_files(tmp_path, {"page.html": national_html().encode("utf-8")}))
    assert window.source_pane.current_view() is window.source_pane.grids
    return window


def box_pixels_in_view(pages):
    """The drawn box in the page view's viewport pixels."""
    rect = pages.canvas.box_rect()
    return rect.translated(QPointF(pages.canvas.mapTo(pages.viewport(), QPoint(0, 0))))


# --- PDF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [ON_FIRST_PAGE, GRANTED_TOTAL, ON_SECOND_PAGE])
def test_selecting_a_cell_boxes_its_number_where_it_was_printed(pdf_window, printed_pdf, key):
    pages = pdf_window.source_pane.pages
    origin = pdf_window.session.state.provenance[key]
    drawn = printed_pdf.drawn[key]
    assert pdf_window.tables.select_key(key)
    page, box = pages.canvas.box()
    assert (page, box.getCoords()) == (origin.page, pytest.approx(origin.box))
    assert page == drawn.page
    assert box.left() == pytest.approx(drawn.x0, abs=0.5) and box.right() == pytest.approx(drawn.x1, abs=0.5)
    assert box.top() < drawn.baseline - 0.6 * FONT_SIZE and drawn.baseline <= box.bottom() < drawn.baseline + FONT_SIZE / 2
    assert pages.current_page() == drawn.page  # scrolled to the number's page

    pages.set_zoom(2.0)  # where 7-point digits are legible
    QApplication.processEvents()
    shown = box_pixels_in_view(pages)
    assert pages.viewport().rect().contains(shown.toRect())
    image = pages.viewport().grab().toImage()
    left, top, right, bottom = (round(v) for v in shown.getCoords())
    assert image.pixelColor(left, (top + bottom) // 2) == BOX_PEN
    inside = [image.pixelColor(x, y).lightness() for x in range(left + 3, right - 2) for y in range(top + 3, bottom - 2)]
    assert min(inside) < 100  # the printed digits are inside the box


def test_clicking_a_number_on_the_page_selects_its_cell_and_the_text_follows(qtbot, pdf_window, printed_pdf):
    pages = pdf_window.source_pane.pages
    pdf_window.tables.select_key(ON_SECOND_PAGE)
    drawn = printed_pdf.drawn[GRANTED_TOTAL]
    spot = pages.canvas.point_to_pixel(
        drawn.page, QPointF((drawn.x0 + drawn.x1) / 2, drawn.baseline - FONT_SIZE * 0.35)).toPoint()
    qtbot.mouseClick(pages.canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert pdf_window.tables.current_key() == GRANTED_TOTAL
    origin = pdf_window.session.state.provenance[GRANTED_TOTAL]
    assert pdf_window.source.highlighted_span() == (origin.start, origin.end)
    assert pages.canvas.box()[0] == drawn.page

    prose = pages.canvas.point_to_pixel(0, QPointF(100, 80)).toPoint()  # the title line: no cell
    qtbot.mouseClick(pages.canvas, Qt.MouseButton.LeftButton, pos=prose)
    assert pdf_window.tables.current_key() == GRANTED_TOTAL


def test_at_1366_the_page_fits_the_width_at_a_readable_scale(pdf_window):
    pages = pdf_window.source_pane.pages
    assert pages.fits_width()
    assert pages.zoom() >= 0.66  # 0.57 in the 380 px pane it had before
    assert pages.horizontalScrollBar().maximum() == 0


def test_zooming_keeps_the_box_on_the_number(qtbot, pdf_window):
    pages = pdf_window.source_pane.pages
    pdf_window.tables.select_key(GRANTED_TOTAL)
    before = pages.zoom()
    qtbot.keyClick(pages, Qt.Key.Key_Plus)
    assert pages.zoom() == pytest.approx(before * ZOOM_STEP)
    ctrl_wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
                             Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(pages.viewport(), ctrl_wheel)
    assert pages.zoom() == pytest.approx(before * ZOOM_STEP ** 3)
    _, box = pages.canvas.box()
    assert pages.canvas.box_rect().width() == pytest.approx(box.width() * pages.zoom() + 4)
    pdf_window.source_pane.act_fit_width.trigger()
    assert pages.zoom() == pytest.approx(before)


def test_a_cell_the_page_leaves_blank_clears_the_box(open_window, settings, tmp_path, printed_pdf):
    settings.setValue(PUBLISHED_SETTING, True)  # (printed_pdf: skipped like the others without the font)
    window = open_window(import_files(tmp_path, {"blank.pdf": report_pdf({**WANT, GRANTED_TOTAL: None}, 0).data}))
    assert GRANTED_TOTAL not in window.session.state.provenance
    window.tables.select_key(ON_FIRST_PAGE)
    assert window.source_pane.pages.canvas.box() is not None
    window.tables.select_key(GRANTED_TOTAL)
    assert window.source_pane.pages.canvas.box() is None
    assert "没有可标出的位置" in window.source_pane.note_text()


# --- HTML ----------------------------------------------------------------------------------------

REQUESTS = TEMPLATE_2021.table("requests")
HEAD_ROWS, LABEL_COLUMNS = 3, 3  # national_html's table 三: three heading rows, three label columns


def printed_place(key: str) -> tuple[int, int, int]:
    """Where national_html prints a cell of table 三: (grid, row, column)."""
    row_id, column_id = key.removeprefix("requests.").rsplit(".", 1)
    row = [r.id for r in REQUESTS.rows].index(row_id)
    column = [c.id for c in REQUESTS.columns].index(column_id)
    return 1, HEAD_ROWS + row, LABEL_COLUMNS + column


def test_html_tables_keep_their_merged_cells(html_window):
    table = html_window.source_pane.grids.tables[1]
    assert (table.rowSpan(0, 0), table.columnSpan(0, 0)) == (3, 3)  # the 勾稽关系 note
    assert table.columnSpan(0, 3) == 7  # 申请人情况
    outcome_rows = sum(r.role in ("outcome", "outcome_total") for r in REQUESTS.rows)
    first_outcome = next(i for i, r in enumerate(REQUESTS.rows) if r.role == "outcome")
    assert table.rowSpan(HEAD_ROWS + first_outcome, 0) == outcome_rows
    assert "办理结果" in table.model().index(HEAD_ROWS + first_outcome, 0).data()


@pytest.mark.parametrize("key", [GRANTED_TOTAL, "requests.new_received.natural_person"])
def test_selecting_a_cell_marks_the_table_cell_it_came_from(html_window, key):
    grids = html_window.source_pane.grids
    assert html_window.tables.select_key(key)
    g, row, column = printed_place(key)
    assert grids.marked() == (g, row, column)
    index = grids.tables[g].model().index(row, column)
    assert index.data() == str(WANT[key])
    assert index.data(Qt.ItemDataRole.BackgroundRole) == CURRENT_BG


def test_clicking_a_table_cell_selects_its_record_cell(qtbot, html_window):
    grids = html_window.source_pane.grids
    html_window.tables.select_key("requests.new_received.natural_person")
    g, row, column = printed_place(GRANTED_TOTAL)
    table = grids.tables[g]
    centre = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert html_window.tables.current_key() == GRANTED_TOTAL
    assert grids.marked() == (g, row, column)
    label = table.visualRect(table.model().index(row, 1)).center()  # （一）予以公开: no record cell
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=label)
    assert html_window.tables.current_key() == GRANTED_TOTAL


def test_the_marked_cell_is_scrolled_into_view_in_the_next_report(open_window, settings, tmp_path):
    settings.setValue(PUBLISHED_SETTING, True)
    blank = frozenset({"requests.granted.commercial"})  # other bytes, same layout
    window = open_window(import_files(tmp_path, {"a.html": national_html().encode("utf-8"),
                                                 "b.html": national_html(blank).encode("utf-8")}))
    grids = window.source_pane.grids
    window.tables.select_key(GRANTED_TOTAL)
    for name in ("a.html", "b.html"):
        assert window.select_source(name)
        g, row, column = grids.marked()
        assert (g, row, column) == printed_place(GRANTED_TOTAL)
        table = grids.tables[g]
        rect = table.visualRect(table.model().index(row, column))
        shown = rect.translated(table.viewport().mapTo(grids.viewport(), QPoint(0, 0)))
        assert grids.viewport().rect().contains(shown)


def test_merged_grid_positions_become_spans():
    a, b, hole = GridCell(0, 3), GridCell(6, 8), GridCell(9, 9)
    a_copy, b_copy = GridCell(0, 3, copy=True), GridCell(6, 8, copy=True)
    grid = [[a, a_copy, b], [a_copy, a_copy, b_copy], [hole, GridCell(10, 12), GridCell(15, 16)]]
    spans = {(c.row, c.column): (c.rowspan, c.colspan) for c in placed_cells(grid)}
    assert spans == {(0, 0): (2, 2), (0, 2): (2, 1), (2, 0): (1, 1), (2, 1): (1, 1), (2, 2): (1, 1)}


# --- Word ----------------------------------------------------------------------------------------

DOCX_HEAD_ROWS, DOCX_LABEL_COLUMNS = 2, 3  # national_docx's table 三: two heading rows, three label columns
DOCX_OUTCOMES = [i for i, r in enumerate(REQUESTS.rows) if r.role in ("outcome", "outcome_total")]


@cache
def national_docx(blanks: frozenset[str] = frozenset()) -> bytes:
    """Tables 二, 三 and 四 as a Word file, 三 with merged cells as the national template prints it:
    the 勾稽关系 note over two rows and three columns, 申请人情况 across seven, 三、本年度办理结果 down
    every outcome row, and each row label across two or three label columns."""
    docx = pytest.importorskip("docx")
    active = TEMPLATE_2021.table("active")
    appeals = TEMPLATE_2021.table("appeals")

    def value(key: str) -> str:
        return "" if key in blanks else str(WANT[key])

    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph("二、主动公开政府信息情况")
    t2 = doc.add_table(rows=1, cols=4)
    for i, heading in enumerate(("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")):
        t2.cell(0, i).text = heading
    for row in active.rows:
        cells = t2.add_row().cells
        cells[0].text = row.label
        for i, column in enumerate(row.columns):
            cells[i + 1].text = value(f"active.{row.id}.{column.id}")
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    t3 = doc.add_table(rows=DOCX_HEAD_ROWS + len(REQUESTS.rows), cols=DOCX_LABEL_COLUMNS + len(REQUESTS.columns))
    t3.cell(0, 0).merge(t3.cell(1, 2)).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    t3.cell(0, 3).merge(t3.cell(0, 9)).text = "申请人情况"
    for j, column in enumerate(REQUESTS.columns):
        t3.cell(1, DOCX_LABEL_COLUMNS + j).text = column.label
    top, bottom = DOCX_HEAD_ROWS + DOCX_OUTCOMES[0], DOCX_HEAD_ROWS + DOCX_OUTCOMES[-1]
    t3.cell(top, 0).merge(t3.cell(bottom, 0)).text = "三、本年度办理结果"
    for i, row in enumerate(REQUESTS.rows):
        r = DOCX_HEAD_ROWS + i
        first = 0 if row.role in ("in", "carried_forward") else 1
        t3.cell(r, first).merge(t3.cell(r, 2)).text = row.label
        for j, column in enumerate(REQUESTS.columns):
            t3.cell(r, DOCX_LABEL_COLUMNS + j).text = value(f"requests.{row.id}.{column.id}")
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    t4 = doc.add_table(rows=2, cols=len(appeals.cells))
    for i, cell in enumerate(appeals.cells):
        t4.cell(0, i).text = cell.column.label
        t4.cell(1, i).text = value(cell.key)
    doc.add_paragraph("五、存在的主要问题及改进情况")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_place(key: str) -> tuple[int, int, int]:
    """Where national_docx prints a cell of table 三: (grid, row, column)."""
    row_id, column_id = key.removeprefix("requests.").rsplit(".", 1)
    row = [r.id for r in REQUESTS.rows].index(row_id)
    column = [c.id for c in REQUESTS.columns].index(column_id)
    return 1, DOCX_HEAD_ROWS + row, DOCX_LABEL_COLUMNS + column


@pytest.fixture
def docx_window(open_window, settings, tmp_path):
    settings.setValue(PUBLISHED_SETTING, True)
    window = open_window(import_files(tmp_path, {"report.docx": national_docx()}))
    assert window.session.state.summary.kind == "docx"
    assert window.source_pane.current_view() is window.source_pane.grids
    return window


def test_word_tables_keep_their_merged_cells(docx_window):
    grids = docx_window.source_pane.grids
    assert len(grids.tables) == 3
    table = grids.tables[1]
    assert (table.rowSpan(0, 0), table.columnSpan(0, 0)) == (2, 3)  # the 勾稽关系 note
    assert table.columnSpan(0, 3) == len(REQUESTS.columns)  # 申请人情况
    top = DOCX_HEAD_ROWS + DOCX_OUTCOMES[0]
    assert table.rowSpan(top, 0) == len(DOCX_OUTCOMES)  # 三、本年度办理结果
    assert table.model().index(top, 0).data() == "三、本年度办理结果"
    assert table.columnSpan(DOCX_HEAD_ROWS, 0) == 3  # 一、本年新收… across the three label columns
    assert table.columnSpan(top, 1) == 2  # （一）予以公开 across two


@pytest.mark.parametrize("key", [GRANTED_TOTAL, "requests.new_received.natural_person",
                                 "requests.carried_forward.total"])
def test_selecting_a_cell_marks_the_word_table_cell_it_came_from(docx_window, key):
    grids = docx_window.source_pane.grids
    assert docx_window.tables.select_key(key)
    g, row, column = docx_place(key)
    assert grids.marked() == (g, row, column)
    index = grids.tables[g].model().index(row, column)
    assert index.data() == str(WANT[key])
    assert index.data(Qt.ItemDataRole.BackgroundRole) == CURRENT_BG
    assert "表格" in docx_window.source_pane.note_text()


def test_clicking_a_word_table_cell_selects_its_record_cell(qtbot, docx_window):
    grids = docx_window.source_pane.grids
    docx_window.tables.select_key("requests.new_received.natural_person")
    g, row, column = docx_place(GRANTED_TOTAL)
    table = grids.tables[g]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, column)).center())
    assert docx_window.tables.current_key() == GRANTED_TOTAL
    assert grids.marked() == (g, row, column)
    origin = docx_window.session.state.provenance[GRANTED_TOTAL]
    assert docx_window.source.highlighted_span() == (origin.start, origin.end)  # the text view follows
    label = table.visualRect(table.model().index(row, 1)).center()  # （一）予以公开: no record cell
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=label)
    assert docx_window.tables.current_key() == GRANTED_TOTAL
    active = TEMPLATE_2021.table("active").cells[0].key  # 表二, the Word file's first table
    first = grids.tables[0]
    spot = next(first.visualRect(first.model().index(r, c)).center()
                for r in range(first.model().rowCount()) for c in range(first.model().columnCount())
                if grids.key_at((0, r, c)) == active)
    qtbot.mouseClick(first.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert docx_window.tables.current_key() == active
    assert docx_window.tables.current_view().record_model().table.id == "active"  # its tab is shown


def test_a_word_cell_left_blank_has_no_mark(open_window, settings, tmp_path):
    settings.setValue(PUBLISHED_SETTING, True)
    blank = "requests.granted.commercial"
    window = open_window(import_files(tmp_path, {"blank.docx": national_docx(frozenset({blank}))}))
    assert window.session.state.record.fields[blank] is None
    window.tables.select_key(GRANTED_TOTAL)
    assert window.source_pane.grids.marked() == docx_place(GRANTED_TOTAL)
    window.tables.select_key(blank)
    assert window.source_pane.grids.marked() is None
    assert "没有可标出的位置" in window.source_pane.note_text()


# --- switching ---------------------------------------------------------------------------------


def test_f6_switches_views_and_the_choice_outlives_the_window(qtbot, open_window, settings, tmp_path, printed_pdf):
    db = import_files(tmp_path, {"report.pdf": printed_pdf.data})
    window = open_window(db)
    pane = window.source_pane
    assert pane.current_view() is window.source
    window.tables.select_key(GRANTED_TOTAL)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.tables.current_view(), Qt.Key.Key_F6)
    assert pane.current_view() is pane.pages
    assert pane.pages.canvas.box()[0] == printed_pdf.drawn[GRANTED_TOTAL].page  # follows the selected cell
    window.close()

    again = open_window(db)
    assert again.source_pane.published()
    assert again.source_pane.current_view() is again.source_pane.pages
    again.source_pane.act_published.trigger()
    assert again.source_pane.current_view() is again.source
    assert settings.value(PUBLISHED_SETTING, type=bool) is False


def test_a_text_report_keeps_its_plain_text(window):
    window.source_pane.act_published.setChecked(True)
    assert window.select_source(MISREAD_SOURCE)
    assert window.source_pane.current_view() is window.source
    assert "纯文本" in window.source_pane.note_text()
    assert source_document(window.service.store, window.session.report_id) is None


def test_the_source_document_is_read_once_per_version(tmp_path):
    db = import_files(tmp_path, {"page.html": national_html().encode("utf-8")})
    with Store(db) as store:
        report_id = store.list_reports()[0].id
        first = source_document(store, report_id)
        assert first is not None and first.kind == "html" and len(first.grids) == 3
        assert source_document(store, report_id) is first


def test_shortcut_sheet_lists_the_view_switch(window, monkeypatch):
    from app.gui import dialogs

    shown = []
    monkeypatch.setattr(dialogs.TwoColumnDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_shortcuts.trigger()
    sheet = shown[-1].table
    rows = {sheet.item(r, 0).text(): sheet.item(r, 1).text() for r in range(sheet.rowCount())}
    assert rows["F6"] == window.source_pane.act_published.text()
    keys = [k for a in window.actions() for k in {k.toString() for k in a.shortcuts()}]
    assert len(keys) == len(set(keys))  # no key does two things


def test_ctrl_f_boxes_text_found_on_the_pdf_page(pdf_window):
    pages = pdf_window.source_pane.pages
    bar = pdf_window.source_pane.find_bar
    pdf_window.source_pane.act_find.trigger()
    bar.field.setText("行政许可")  # a row label: text, not a number that became a cell
    assert bar.match_count() >= 1
    page, box = pages.canvas.box()
    assert box.width() > 0 and box.height() > 0
    assert "找到的文字无法" not in pdf_window.source_pane.note_text()


def test_ctrl_f_marks_text_found_in_a_word_or_html_table(html_window):
    bar = html_window.source_pane.find_bar
    html_window.source_pane.act_find.trigger()
    bar.field.setText("予以公开")
    assert bar.match_count() >= 1
    assert html_window.source_pane.grids.marked() is not None
