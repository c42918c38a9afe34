"""The grid a reviewer types into: spreadsheet keys (Enter down, Tab right, Delete, copy, paste)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from .record_table_model import RecordTableModel

# Sized so that table 三 (row labels + 7 columns) fits beside a readable source pane at 1366 px;
# long row labels (三(二), 三(六)1) elide and their tooltip holds the whole label.
ROW_LABEL_MAX_WIDTH = 230
WIDEST_NUMBER = "888888"  # six digits: more than any count a report prints in 表三 or 表四
HEADER_LINE = "商业企业"  # four characters a header line: 社会公益/组织, 法律服务/机构
LONG_HEADER = "本年处理决定数量"  # 表二's sub-headers: each column label on one line (本年收费金额（单位：万元） wraps)
CELL_PADDING = 8  # a cell's text margins and a little air
HEADER_PADDING = 6  # a header section's margins


def value_column_width(metrics: QFontMetrics) -> int:
    """A value column of 表三/表四: a six-digit number, or a header line of four characters."""
    return max(metrics.horizontalAdvance(WIDEST_NUMBER) + CELL_PADDING,
               metrics.horizontalAdvance(HEADER_LINE) + HEADER_PADDING)


def table_width(metrics: QFontMetrics, columns: int) -> int:
    """The width a grid of `columns` value columns needs beside its row labels, with its scroll bar."""
    scroll_bar = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return ROW_LABEL_MAX_WIDTH + columns * value_column_width(metrics) + scroll_bar + 2 * CELL_PADDING


class RecordTableView(QTableView):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        rows = self.verticalHeader()
        rows.setMaximumWidth(ROW_LABEL_MAX_WIDTH)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setVisible(model.has_shared_columns)
        width = value_column_width(self.fontMetrics())
        columns.setDefaultSectionSize(width)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Headers such as 社会公益组织 wrap onto two lines rather than widen the grid.
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        columns.setMinimumHeight(self.fontMetrics().height() * 2 + 10)
        if not model.has_shared_columns:
            # 表二's sub-header lines carry long column labels: wider columns, wrapped text.
            bold = QFont(self.font())
            bold.setBold(True)  # sub-header lines are bold
            long_header = QFontMetrics(bold).horizontalAdvance(LONG_HEADER) + CELL_PADDING
            columns.setDefaultSectionSize(max(width * 3 // 2, long_header))
        for row in range(model.rowCount()):
            line = model.line(row)
            if line.kind == "group":
                self.setSpan(row, 0, 1, model.columnCount())
            elif line.kind == "columns":
                self.resizeRowToContents(row)

    def record_model(self) -> RecordTableModel:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def select_key(self, key: str) -> bool:
        index = self.record_model().index_for_key(key)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def commit_open_editor(self) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # Ctrl+Tab, Ctrl+Shift+Tab: the tab widget shows the next / previous table
            return
        if self.record_model().locked and _would_edit(event):
            self.record_model().refuse_locked()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._empty_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self._paste()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self.record_model().copy_block(self.selectedIndexes()))
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The delegate ends an edit with Enter as SubmitModelCache; a spreadsheet then moves down.
        moved_by_enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moved_by_enter else hint)
        if moved_by_enter:
            self._move_down()

    def _move_down(self) -> None:
        below = self.moveCursor(QAbstractItemView.CursorAction.MoveDown, Qt.KeyboardModifier.NoModifier)
        if below.isValid() and below != self.currentIndex():
            self.setCurrentIndex(below)

    def _empty_selection(self) -> None:
        model = self.record_model()
        keys = [model.key_at(i) for i in self.selectedIndexes() or [self.currentIndex()]]
        model.request_edit({k: None for k in keys if k})

    def _paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        current: QModelIndex = self.currentIndex()
        if text and current.isValid():
            self.record_model().paste_block(current.row(), current.column(), text)


def _would_edit(event: QKeyEvent) -> bool:
    """Keys that change a cell: typing, F2, Delete, Backspace, paste."""
    if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or event.matches(
            QKeySequence.StandardKey.Paste):
        return True
    text = event.text()
    no_command = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    return no_command and bool(text) and text.isprintable() and not text.isspace()
