"""Searching inside the source, text zoom, the window's font size, and a saved geometry that no
longer fits not being restored."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.gui.main_window import usable_geometry

from .test_keyboard import activate, focused
from .test_review_window import open_misread

NEEDLE = "予以公开"


def test_ctrl_f_finds_in_the_source_with_next_and_previous(qtbot, window):
    state = open_misread(window)
    expected = state.text.count(NEEDLE)
    assert expected >= 2
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.source_pane.find_bar
    assert bar.isVisible() and focused() is bar.field
    bar.field.setText(NEEDLE)
    assert bar.count.text() == f"第 1 / {expected} 处"
    cursor = window.source.textCursor()
    first = cursor.selectionStart()
    assert cursor.selectedText() == NEEDLE and first == state.text.index(NEEDLE)
    window.source_pane.act_find_next.trigger()
    assert window.source.textCursor().selectionStart() > first
    assert bar.count.text() == f"第 2 / {expected} 处"
    window.source_pane.act_find_previous.trigger()
    window.source_pane.act_find_previous.trigger()  # before the first: wraps round to the last
    assert bar.count.text() == f"第 {expected} / {expected} 处"
    bar.field.setText("不会出现的文字")
    assert bar.count.text() == "没有找到"


def test_text_zoom_grows_the_source_text_and_is_remembered(window, settings: QSettings):
    open_misread(window)
    before = window.source.font().pointSizeF()
    window.source_pane.act_zoom_in.trigger()
    window.source_pane.act_zoom_in.trigger()
    assert window.source.font().pointSizeF() == before + 2
    window.source_pane.act_zoom_out.trigger()
    assert window.source.font().pointSizeF() == before + 1
    assert settings.value("source/text_zoom", type=int) == 1


def test_the_font_size_setting_changes_the_whole_window(window, settings: QSettings, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    original = QApplication.font()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (16, True))
    try:
        window.act_font_size.trigger()
        QApplication.processEvents()
        assert QApplication.font().pointSize() == 16
        assert window.queue.view.font().pointSize() == 16 and window.source.font().pointSize() == 16
        assert settings.value("font/size", type=int) == 16
    finally:
        QApplication.setFont(original)


def test_a_tiny_or_off_screen_geometry_is_not_used():
    screen = [QRect(0, 0, 1920, 1080)]
    assert usable_geometry(QRect(100, 100, 1366, 768), screen)
    assert not usable_geometry(QRect(100, 100, 858, 339), screen)  # shrunk to a strip
    assert not usable_geometry(QRect(3000, 100, 1366, 768), screen)  # on a monitor no longer there
    assert not usable_geometry(QRect(1500, 100, 1366, 768), screen)  # mostly off the screen


def test_a_saved_tiny_window_comes_back_at_a_usable_size(open_window, review_db, settings: QSettings):
    window = open_window(review_db)
    window.resize(858, 339)
    window.close()
    again = open_window(review_db)
    assert not again.has_stored_geometry()
