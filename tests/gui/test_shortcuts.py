"""Every shortcut of the main window does one thing: no key bound twice, F1 and Ctrl+Y work."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from .test_keyboard import activate


def window_shortcuts(window) -> dict[str, list[str]]:
    """Each key (portable text) -> the names of the window-wide actions and shortcuts bound to it."""
    bound: dict[str, list[str]] = defaultdict(list)
    actions = {id(a): a for a in [*window.actions(), *window.findChildren(QAction)]}
    for action in actions.values():
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            bound[key.toString(QKeySequence.SequenceFormat.PortableText)].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() != Qt.ShortcutContext.WidgetShortcut:
            bound[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)].append(shortcut.objectName())
    return bound


def test_no_key_is_bound_to_two_actions(window):
    bound = window_shortcuts(window)
    clashes = {key: names for key, names in bound.items() if len(names) > 1}
    assert not clashes, clashes
    assert bound, "the window has no shortcuts at all"


def test_f1_opens_the_shortcut_sheet(qtbot, window, monkeypatch):
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    assert len(shown) == 1
    texts = _texts(shown[0])
    assert any("F8" in text for text in texts)
    assert any("Ctrl+Y" in text and "Ctrl+Shift+Z" in text for text in texts)  # every key of an action


def test_ctrl_y_and_ctrl_shift_z_both_redo(window):
    keys = {k.toString(QKeySequence.SequenceFormat.PortableText) for k in window.act_redo.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys


def _texts(dialog: QDialog) -> list[str]:
    from PySide6.QtWidgets import QTableWidget

    texts = []
    for table in dialog.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                texts.append(item.text() if item else "")
    return texts
