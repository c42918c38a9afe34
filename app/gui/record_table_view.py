"""The grid a reviewer types into: spreadsheet keys (Enter down, Tab right, Delete, copy, paste)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
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
# A narrow grid (a small screen at 150 % or 200 %) gives way rather than scroll sideways: row labels
# down to this many characters (elided, the tooltip holds the whole label), columns down to their
# widest number (at least COMPACT_NUMBER) with headers wrapped two characters a line (社会/公益/组织).
ROW_LABEL_MIN_CHARACTERS = 7
COMPACT_NUMBER = "8888"
SHORTEST_NUMBER = "888"
COMPACT_HEADER_LINE = "商业"


def value_column_width(metrics: QFontMetrics) -> int:
    """A value column of 表三/表四: a six-digit number, or a header line of four characters."""
    return max(metrics.horizontalAdvance(WIDEST_NUMBER) + CELL_PADDING,
               metrics.horizontalAdvance(HEADER_LINE) + HEADER_PADDING)


def compact_column_width(metrics: QFontMetrics, number: str = COMPACT_NUMBER) -> int:
    """A value column at its narrowest: `number`, or a header line of two characters."""
    return max(metrics.horizontalAdvance(number) + CELL_PADDING,
               metrics.horizontalAdvance(COMPACT_HEADER_LINE) + HEADER_PADDING)


def row_label_min_width(metrics: QFontMetrics) -> int:
    return metrics.horizontalAdvance("国" * ROW_LABEL_MIN_CHARACTERS) + CELL_PADDING


def _scroll_bar() -> int:
    return QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)


def table_width(metrics: QFontMetrics, columns: int) -> int:
    """The width a grid of `columns` value columns needs beside its row labels, with its scroll bar."""
    return ROW_LABEL_MAX_WIDTH + columns * value_column_width(metrics) + _scroll_bar() + 2 * CELL_PADDING


def compact_table_width(metrics: QFontMetrics, columns: int) -> int:
    """The narrowest width at which such a grid still shows every column without scrolling
    sideways (numbers of up to four digits; wider ones widen their column)."""
    return row_label_min_width(metrics) + columns * compact_column_width(metrics) + _scroll_bar() + 2 * CELL_PADDING


WORD_JOINER = "\u2060"  # invisible; no line break on either side


def in_pairs(text: str) -> str:
    """`text` that wraps only between pairs of characters: 社会/公益/组织 and 商业/企业, never 社会公/益组织."""
    return "".join(ch + WORD_JOINER if i % 2 == 0 and i + 1 < len(text) else ch for i, ch in enumerate(text))


class ColumnHeader(QHeaderView):
    """The column titles of a grid, wrapped between pairs of characters in a narrow column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:  # noqa: N803 (Qt's name)
        super().initStyleOptionForIndex(option, logicalIndex)
        option.text = in_pairs(option.text)


def fit_widths(available: int, parts: list[tuple[int, int]]) -> list[int]:
    """Widths for parts given as (minimum, comfortable) within `available` px: comfortable when
    they fit; else each gives way in proportion to how much it can (row labels elide, headers
    wrap); the minimums when even those do not fit (the grid then scrolls)."""
    comfortable = sum(pref for _, pref in parts)
    least = sum(low for low, _ in parts)
    if comfortable <= available:
        return [pref for _, pref in parts]
    if least >= available:
        return [low for low, _ in parts]
    give = comfortable - least
    widths = [low + (pref - low) * (available - least) // give for low, pref in parts]
    widths[0] += available - sum(widths)  # what rounding left over
    return widths


class RecordTableView(QTableView):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(ColumnHeader(self))
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
        self._comfortable_column = columns.defaultSectionSize()
        self._header_height = columns.minimumHeight()
        for row in range(model.rowCount()):
            line = model.line(row)
            if line.kind == "group":
                self.setSpan(row, 0, 1, model.columnCount())
            elif line.kind == "columns":
                self.resizeRowToContents(row)
        model.dataChanged.connect(self._values_changed)
        self._fitted: tuple[int, tuple[int, ...]] | None = None  # (label width, column widths) last set

    def fit_columns(self) -> None:
        """Sizes row labels and columns to the grid's width so that it does not scroll sideways:
        comfortable widths when there is room; on a narrow pane (high display scaling) row labels
        elide and column headers wrap; columns never get narrower than their widest value."""
        model = self.record_model()
        metrics = self.fontMetrics()
        labels = self.verticalHeader()
        label_comfortable = min(ROW_LABEL_MAX_WIDTH, max(labels.sizeHint().width(), row_label_min_width(metrics)))
        parts = [(min(row_label_min_width(metrics), label_comfortable), label_comfortable)]
        for column in range(model.columnCount()):
            least = max(compact_column_width(metrics, SHORTEST_NUMBER), self._widest_value(column))
            parts.append((least, max(least, self._comfortable_column)))
        available = self.width() - 2 * self.frameWidth() - _scroll_bar()  # room kept for a vertical scroll bar
        label, *widths = fit_widths(available, parts)
        if self._fitted == (label, tuple(widths)):
            return
        self._fitted = (label, tuple(widths))
        labels.setMinimumWidth(label)
        labels.setMaximumWidth(label)
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._fit_header_height(widths)
        for row in range(model.rowCount()):
            if model.line(row).kind == "columns":
                self.resizeRowToContents(row)  # 表二's sub-headers wrap at the new widths
        self.updateGeometries()

    def _widest_value(self, column: int) -> int:
        """The widest text shown in a value cell of `column`, with its padding."""
        model = self.record_model()
        metrics = self.fontMetrics()
        widest = 0
        for row in range(model.rowCount()):
            if model.line(row).kind == "value":
                text = model.index(row, column).data()
                if text:
                    widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest + CELL_PADDING if widest else 0

    def _fit_header_height(self, widths: list[int]) -> None:
        """The column header as tall as its most wrapped title (two lines at least)."""
        header = self.horizontalHeader()
        if not header.isVisible() and not self.record_model().has_shared_columns:
            return
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        tallest = 0
        for column, width in enumerate(widths):
            title = self.record_model().headerData(column, Qt.Orientation.Horizontal)
            if title:
                tallest = max(tallest, metrics.boundingRect(QRect(0, 0, max(1, width - HEADER_PADDING), 10_000),
                                                            flags, in_pairs(str(title))).height())
        header.setMinimumHeight(max(self._header_height, tallest + 10))

    def _values_changed(self) -> None:
        if self.isVisible():
            self.fit_columns()  # a wider number (or 38（原 39）) widens its column

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()

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
