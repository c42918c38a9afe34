"""The main workflow by keyboard alone: every key goes to the widget that has the focus, as it would
from a real keyboard, and no widget keeps the focus from the rest of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.gui.record_table_view import RecordTableView
from app.store import Store

from .conftest import MISREAD_KEY, MISREAD_SOURCE, MISREAD_VALUE

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
K = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus went nowhere"
    return widget


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> QWidget:
    """One key press where the focus is; returns the widget that has the focus afterwards."""
    qtbot.keyClick(focused(), key, modifiers)
    return focused()


def type_text(qtbot, text: str) -> None:
    """Digits and Latin letters key by key, where the focus is at each key."""
    for character in text:
        qtbot.keyClicks(focused(), character)


def type_chinese(text: str) -> None:
    """What an input method (fcitx, IBus, 微软拼音) sends when the reviewer picks the characters."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def grid_with_focus(window) -> RecordTableView:
    widget = focused()
    assert isinstance(widget, RecordTableView) and widget is window.tables.current_view()
    return widget


def stored(window, key):
    with Store(window.service.store.path, read_only=True) as store:
        return store.load(window.session.report_id).record.fields[key]


def test_review_a_report_without_the_mouse(qtbot, window):
    activate(qtbot, window)
    assert press(qtbot, K.Key_1, ALT) is window.queue.view  # 转到报告队列
    first = window.session.state.summary.source
    press(qtbot, K.Key_Down, ALT)  # the next report
    assert window.session.state.summary.source == MISREAD_SOURCE != first
    assert focused() is window.queue.view

    # To the grid, on to table 三 (Ctrl+Tab), down to (一)予以公开 and along to its 总计.
    assert press(qtbot, K.Key_3, ALT) is window.tables.current_view()
    for _ in range(len(window.tables.views())):
        if window.tables.current_view().record_model().table.id == "requests":
            break
        press(qtbot, K.Key_Tab, CTRL)
    grid = grid_with_focus(window)
    assert grid.record_model().table.id == "requests"
    press(qtbot, K.Key_Home, CTRL)
    target = grid.record_model().index_for_key(MISREAD_KEY)
    for _ in range(grid.record_model().rowCount()):
        if grid.currentIndex().row() == target.row():
            break
        press(qtbot, K.Key_Down)
    press(qtbot, K.Key_End)
    assert window.tables.current_key() == MISREAD_KEY

    # Type the right total over the misread one; Enter saves it and moves down.
    type_text(qtbot, "38")
    assert isinstance(focused(), QLineEdit)
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    assert stored(window, MISREAD_KEY) == 38
    assert grid_with_focus(window).currentIndex().row() > target.row()

    press(qtbot, K.Key_Z, CTRL)  # undo: the misread value is back, in the store too
    assert window.session.state.record.fields[MISREAD_KEY] == MISREAD_VALUE
    assert stored(window, MISREAD_KEY) == MISREAD_VALUE
    assert window.session.state.findings and any(f.severity == "error" for f in window.session.state.findings)

    # F8 to each undecided error, a note, and the decision by its shortcut.
    decided = 0
    while window.findings.model.next_open_error(-1) >= 0:
        assert press(qtbot, K.Key_F8) is window.tables.current_view()  # on the error's cell, ready to type
        line = window.findings.current_line()
        assert line.open_error and window.tables.current_key() in line.finding.cells
        assert press(qtbot, K.Key_5, ALT) is window.findings.note  # 填写处理说明
        type_chinese("原表如此")
        press(qtbot, K.Key_2, CTRL)  # 原报告错误
        assert window.session.state.decisions[line.finding_id].decision == "source_error"
        assert window.session.state.decisions[line.finding_id].note == "原表如此"
        decided += 1
        assert decided <= 10
    assert decided == 2

    press(qtbot, K.Key_3, ALT)
    approved, row = window.session.report_id, window.queue.view.currentIndex().row()
    press(qtbot, K.Key_Return, CTRL)  # approve, and on to the next report that needs work
    assert window.service.open(approved).summary.status == "approved"
    assert window.queue.model.summary_at(row).status == "approved"
    assert window.session.report_id != approved


def test_tab_leaves_every_list_and_grid(qtbot, window):
    activate(qtbot, window)
    window.select_source(MISREAD_SOURCE)

    # The queue: Tab goes on to the next pane, it does not walk the cells into the next report.
    assert press(qtbot, K.Key_1, ALT) is window.queue.view
    report = window.session.report_id
    assert press(qtbot, K.Key_Tab) is not window.queue.view
    assert window.session.report_id == report

    # A grid: Tab walks its cells, and past the last one leaves it; Shift+Tab likewise from the first.
    grid = press(qtbot, K.Key_3, ALT)
    assert isinstance(grid, RecordTableView)
    keys = grid.record_model().keys()
    for _ in range(len(keys) + 1):
        if press(qtbot, K.Key_Tab) is not grid:
            break
    assert focused() is not grid
    assert grid.record_model().key_at(grid.currentIndex()) == keys[-1]  # it got there first
    press(qtbot, K.Key_3, ALT)
    for _ in range(len(keys) + 1):
        if press(qtbot, K.Key_Backtab, SHIFT) is not grid:
            break
    assert focused() is not grid
    assert grid.record_model().key_at(grid.currentIndex()) == keys[0]

    # The findings list: the arrow keys walk the findings and the focus stays in the list.
    assert press(qtbot, K.Key_4, ALT) is window.findings.view
    first = window.findings.current_line()
    assert press(qtbot, K.Key_Down) is window.findings.view
    assert window.findings.current_line() != first
    assert window.tables.current_key() in window.findings.current_line().finding.cells  # its cell is shown
    assert press(qtbot, K.Key_Tab) is not window.findings.view


def test_arrow_keys_in_the_text_select_cells_and_keep_the_text_cursor(qtbot, window):
    activate(qtbot, window)
    window.select_source(MISREAD_SOURCE)
    state = window.session.state
    origin = state.provenance[MISREAD_KEY]
    assert press(qtbot, K.Key_2, ALT) is window.source  # 转到原文
    cursor = window.source.textCursor()
    cursor.setPosition(origin.start - 1)
    window.source.setTextCursor(cursor)  # just before the printed total
    assert press(qtbot, K.Key_Right) is window.source
    assert window.tables.current_key() == MISREAD_KEY
    assert press(qtbot, K.Key_Right) is window.source  # still in the text, moving on
