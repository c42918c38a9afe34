"""Ctrl+F inside the source: a search field with next/previous over the report's text, the match
shown in the text, in an HTML/Word report's tables, or boxed on a PDF page when it is a number
that became a cell."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def find_all(text: str, needle: str) -> list[int]:
    """Start indexes of every occurrence of `needle` in `text`, ignoring case (Latin letters)."""
    if not needle:
        return []
    haystack, needle = text.casefold(), needle.casefold()
    found, start = [], haystack.find(needle)
    while start >= 0:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


class FindBar(QWidget):
    """Emits matchChosen(start, end) (Python string indexes) for the match to show."""

    matchChosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matches: list[int] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("在原文中查找"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        previous = QToolButton(self)
        previous.setText(self.tr("上一个"))
        previous.setToolTip(self.tr("上一个（Shift+F3）"))
        previous.clicked.connect(self.previous)
        following = QToolButton(self)
        following.setText(self.tr("下一个"))
        following.setToolTip(self.tr("下一个（F3 或 Enter）"))
        following.clicked.connect(self.next)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("关闭查找（Esc）"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def set_text(self, text: str) -> None:
        """The report's text changed (another report): search it again."""
        if text != self._text:
            self._text = text
            self._search(self.field.text(), emit=False)

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def match_count(self) -> int:
        return len(self._matches)

    def _search(self, needle: str, emit: bool = True) -> None:
        self._matches = find_all(self._text, needle)
        self._current = -1
        if emit and self._matches:
            self._step(+1)
        else:
            self._show_count()

    def _step(self, delta: int) -> None:
        if not self._matches:
            self._show_count()
            return
        self._current = (self._current + delta) % len(self._matches)  # wraps round
        start = self._matches[self._current]
        self._show_count()
        self.matchChosen.emit(start, start + len(self.field.text()))

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("没有找到"))
        else:
            self.count.setText(self.tr("第 {0} / {1} 处").format(max(self._current, 0) + 1, len(self._matches)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
            if event.key() == Qt.Key.Key_Return and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
                return True
        return super().eventFilter(watched, event)
