"""The window as first laid out on a 1366×768 screen and a wider one: nothing cut off, a source pane
wide enough to read, the reviewer's own splitter sizes kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.gui.main_window import default_main_sizes
from app.gui.queue_model import AGENCY
from app.gui.record_table_view import table_width

from .conftest import MISREAD_SOURCE

GRANTED_TOTAL = "requests.granted.total"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def show_requests(window):
    assert window.tables.select_key(GRANTED_TOTAL)
    settle()
    view = window.tables.current_view()
    assert view.record_model().table.id == "requests"
    return view


def test_at_1366_the_tables_fit_and_the_source_gets_the_rest(window):
    settle()
    queue, source, tables = window.main_split.sizes()
    assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
    assert source >= 440  # a PDF page at fit width: about 70 %
    assert source >= queue + 150
    view = show_requests(window)
    assert view.horizontalScrollBar().maximum() == 0  # all seven columns of table 三 in view
    assert view.viewport().width() >= view.horizontalHeader().length()
    tabs = window.tables.current_view().parentWidget().parentWidget()
    bar = tabs.tabBar()
    for i in range(bar.count()):  # every tab's title whole
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i))
    assert window.right_split.sizes()[1] >= 150  # the findings, their buttons and the note field


def test_queue_names_elide_in_the_middle_with_the_whole_name_in_the_tooltip(window):
    settle()
    view = window.queue.view
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    metrics = view.fontMetrics()
    assert view.columnWidth(AGENCY) >= metrics.horizontalAdvance("鼎城区工信局")
    model = window.queue.model
    for row in range(model.rowCount()):
        summary = model.summary_at(row)
        if summary.agency:
            assert summary.agency in model.index(row, AGENCY).data(Qt.ItemDataRole.ToolTipRole)
    header = view.horizontalHeader()
    for column in range(1, model.columnCount()):  # year, status, counts (and format, when shown): titles whole
        if header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 4


def test_a_wider_screen_widens_the_source_most(open_window, review_db):
    small = default_main_sizes(1358, 260, 640)
    wide = open_window(review_db, (1920, 1080))
    settle()
    queue, source, tables = wide.main_split.sizes()
    assert source >= 700
    assert tables >= table_width(wide.fontMetrics(), 7)
    assert source - small[1] > queue - small[0]
    table_three = show_requests(wide)
    assert table_three.verticalScrollBar().maximum() == 0  # the whole of table 三 at 1080 px


def drag(splitter, sizes: list[int]) -> None:
    """As the reviewer's mouse does: new sizes, and the signal a dragged handle sends."""
    splitter.setSizes(sizes)
    splitter.splitterMoved.emit(sizes[0], 1)


def test_the_default_layout_follows_the_window_until_a_splitter_is_dragged(window):
    settle()
    at_1366 = window.main_split.sizes()
    window.resize(1920, 1080)  # maximized after the first show, as a window manager does
    settle()
    queue, source, tables = window.main_split.sizes()
    assert source >= 700 and queue > at_1366[0] and tables > at_1366[2]
    drag(window.main_split, [300, source + queue - 300, tables])
    window.resize(1600, 900)
    settle()
    assert window.main_split.sizes()[0] == 300  # the reviewer's queue width stays


def test_the_reviewers_own_sizes_win(open_window, review_db, settings):
    first = open_window(review_db)
    settle()
    drag(first.main_split, [400, 300, 658])
    drag(first.right_split, [300, 370])
    wanted = first.main_split.sizes(), first.right_split.sizes()
    first.close()
    again = open_window(review_db)
    settle()
    assert (again.main_split.sizes(), again.right_split.sizes()) == wanted


def test_sizes_never_dragged_are_not_stored(open_window, review_db, settings):
    first = open_window(review_db)
    settle()
    first.close()
    assert settings.value("window/main_split") is None and settings.value("window/right_split") is None
    wide = open_window(review_db, (1920, 1080))
    settle()
    assert wide.main_split.sizes()[1] >= 700  # laid out for its own width, not the last window's


def test_a_long_title_never_widens_the_window(window, monkeypatch):
    assert window.select_source(MISREAD_SOURCE)
    settle()
    sizes = window.main_split.sizes()
    reason = "表格缺页，" * 40
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (reason, True))
    window.act_reject.trigger()
    settle()
    assert window.main_split.sizes() == sizes
    assert window.minimumSizeHint().width() <= 1366
    assert window.report_title.is_elided()
    assert reason in window.report_title.toolTip() and MISREAD_SOURCE in window.report_title.toolTip()
    assert reason in window.report_title.text()


def test_default_sizes_share_out_the_width():
    assert default_main_sizes(1358, 260, 640) == [261, 456, 641]  # 1366 px: hardly anything to share
    queue, source, tables = default_main_sizes(1912, 260, 640)
    assert queue + source + tables == 1912 and source > 700 and 260 < queue <= 380 and 640 < tables <= 760
    assert sum(default_main_sizes(1000, 260, 640)) == 1000  # a small window: the source gives way first
