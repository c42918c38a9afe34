"""The findings list beside the tables, with the decision buttons and a note field under it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.template import Template

from .findings_model import DECISION, MESSAGE, SEVERITY, FindingLine, FindingsModel


class FindingsPane(QWidget):
    findingSelected = Signal(object)  # FindingLine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self._quiet = False  # True while the pane restores its selection after new findings
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Shift/Ctrl: decide several at once
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons and the note
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        # Rows grow to their wrapped message as the column width changes (the list is short).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("处理说明（“原报告错误”和“不是错误”必须写明理由）"))
        self.title = QLabel(self.tr("发现的问题"), self)
        # A tool bar rather than a row of buttons: in a narrow pane (high display scaling) the
        # buttons that do not fit go behind its » menu instead of widening the pane.
        self._buttons = QToolBar(self)
        self._buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._buttons)
        layout.addWidget(self.note)

    def add_buttons(self, actions: Iterable[QAction]) -> None:
        """Buttons under the list for actions the window owns (so their shortcuts work anywhere)."""
        for action in actions:
            self._buttons.addAction(action)
            button = self._buttons.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAutoRaise(False)  # framed, so they read as the buttons they are

    def set_lines(self, lines: list[FindingLine], template: Template | None = None) -> None:
        """Shows new findings, keeping the selected finding selected when it is still there."""
        current = self.current_line()
        self.model.set_lines(lines, template)
        open_count = sum(1 for line in lines if line.decision is None)
        self.title.setText(self.tr("发现的问题：{0} 条，未处理 {1} 条").format(len(lines), open_count))
        if current is not None:
            row = self.model.row_of(current.finding_id)
            if row >= 0:
                self.select_row(row, notify=False)

    def current_line(self) -> FindingLine | None:
        return self.model.line(self.view.currentIndex().row())

    def selected_lines(self) -> list[FindingLine]:
        """The selected findings in list order, else the current one: what a decision applies to."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        lines = [line for line in (self.model.line(r) for r in rows) if line is not None]
        if lines:
            return lines
        current = self.current_line()
        return [current] if current is not None else []

    def select_same_rule(self) -> int:
        """Selects every finding of the current finding's rule (e.g. all 12 rows of a blank 总计
        column); returns how many."""
        current = self.current_line()
        if current is None:
            return 0
        selection = QItemSelection()
        rows = [r for r in range(self.model.rowCount())
                if (line := self.model.line(r)) is not None and line.finding.rule == current.finding.rule]
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return len(rows)

    def select_row(self, row: int, *, notify: bool = True) -> None:
        self._quiet = not notify
        try:
            self.view.setCurrentIndex(self.model.index(row, MESSAGE))
        finally:
            self._quiet = False
        self.view.scrollTo(self.model.index(row, MESSAGE))

    def take_note(self) -> str:
        note = self.note.text().strip()
        self.note.clear()
        return note

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.line(current.row())
        if line is not None and not self._quiet:
            self.findingSelected.emit(line)
