"""The report's decoded text, read-only, with the numbers that became cells marked and linked.

Provenance offsets index Python strings (code points); Qt positions count UTF-16 units, so a
character beyond the Basic Multilingual Plane (rare CJK extensions) shifts them: TextPositions
converts both ways.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.record import Origin

LINKED_UNDERLINE = QColor("#7f9cc9")
CURRENT_BG = QColor("#ffe066")


class TextPositions:
    """Python string index <-> Qt document position for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_qt = [a + k for k, a in enumerate(self._astral)]  # their Qt positions

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        return position - bisect_left(self._astral_qt, position)


class SourceView(QPlainTextEdit):
    """Emits keyClicked(key) when the reviewer puts the cursor on a number that became a cell."""

    keyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only text still takes a cursor, so a click or arrow keys can pick a number.
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._positions = TextPositions("")
        self._spans: list[tuple[int, int, str]] = []  # (start, end, key), sorted, Python indexes
        self._starts: list[int] = []
        self._linked: list[QTextEdit.ExtraSelection] = []
        self._current: tuple[int, int] | None = None
        self._moving = False
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    def show_source(self, text: str, provenance: Mapping[str, Origin]) -> None:
        """Shows a report's text and links its numbers; the same text again keeps the reader's place."""
        if text != self.toPlainText() or self.document().isEmpty():
            self._moving = True
            self.setPlainText(text)
            self._moving = False
        self._positions = TextPositions(text)
        self._spans = sorted((o.start, o.end, k) for k, o in provenance.items()
                             if 0 <= o.start < o.end <= len(text))
        self._starts = [s for s, _, _ in self._spans]
        self._current = None
        self._linked = [self._selection(s, e, underline=True) for s, e, _ in self._spans]
        self._paint()

    def show_span(self, origin: Origin | None) -> None:
        """Highlights a cell's source span and scrolls to it; None clears the highlight."""
        if origin is None or not 0 <= origin.start < origin.end:
            self._current = None
            self._paint()
            return
        self._current = (origin.start, origin.end)
        self._paint()
        cursor = self.textCursor()
        self._moving = True
        cursor.setPosition(self._positions.to_qt(origin.start))
        self.setTextCursor(cursor)
        self._moving = False
        self.centerCursor()

    def show_match(self, start: int, end: int) -> None:
        """Selects a search match (Python indexes) and scrolls to it, without picking a cell."""
        cursor = self.textCursor()
        self._moving = True
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._moving = False
        self.centerCursor()

    def key_at(self, index: int) -> str | None:
        """The cell whose source span holds (or ends at) a Python string index."""
        i = bisect_right(self._starts, index) - 1
        if i >= 0 and self._spans[i][0] <= index <= self._spans[i][1]:
            return self._spans[i][2]
        return None

    def highlighted_span(self) -> tuple[int, int] | None:
        return self._current

    def _on_cursor_moved(self) -> None:
        if self._moving:
            return
        key = self.key_at(self._positions.from_qt(self.textCursor().position()))
        if key:
            self.keyClicked.emit(key)

    def _selection(self, start: int, end: int, *, underline: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(LINKED_UNDERLINE)
        else:
            fmt.setBackground(CURRENT_BG)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        return selection

    def _paint(self) -> None:
        current = [self._selection(*self._current, underline=False)] if self._current else []
        self.setExtraSelections(self._linked + current)
