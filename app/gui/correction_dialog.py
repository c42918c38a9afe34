"""Asked when 已更正 is chosen while no cell the findings name has been corrected: the reviewer
types the corrected values here (applied with the decision as one undo step), or takes another
decision, or cancels and nothing changes. Whether a cell counts as corrected is the review
service's to judge; this dialog only shows the cells it names and reads what is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.record import Value
from app.review import CellValueError, typed_value
from app.review.service import NOTE_REQUIRED
from app.template import Cell

from .cell_input import format_value
from .labels import decision_text

MAX_MESSAGES = 3  # findings listed by their message; more are counted


@dataclass(frozen=True)
class CorrectionCell:
    """One cell offered for correction: its template cell, its value now, a finding's suggestion."""

    cell: Cell
    current: Value
    suggested: bool = False  # a finding suggests `suggestion` for this cell
    suggestion: Value = None

    @property
    def key(self) -> str:
        return self.cell.key


class CorrectionDialog(QDialog):
    """`choice` after it closes: "fixed" (with changes() and note()), another decision (with
    note()), or None when cancelled."""

    def __init__(self, cells: Sequence[CorrectionCell], messages: Sequence[str], note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("已更正：请先改正数值"))
        self.choice: str | None = None
        self._cells = list(cells)
        intro = QLabel(self.tr(
            "“已更正”表示提取的数值有错、已经改正，但这条问题涉及的单元格都还没有改过。"
            "请在“改为”中填入改正后的数值，改正和“已更正”一起保存，可一次撤销。\n"
            "如果原报告本身如此，请选“原报告错误”；如果数值没有问题，请选“不是错误”（这两种都要写明理由）。"), self)
        intro.setWordWrap(True)
        shown = [f"• {m}" for m in messages[:MAX_MESSAGES]]
        if len(messages) > MAX_MESSAGES:
            shown.append(self.tr("……另有 {0} 条问题").format(len(messages) - MAX_MESSAGES))
        problems = QLabel("\n".join(shown), self)
        problems.setWordWrap(True)

        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        for column, title in enumerate((self.tr("单元格"), self.tr("现值"), self.tr("改为"))):
            heading = QLabel(f"<b>{title}</b>", grid_box)
            grid.addWidget(heading, 0, column)
        self.editors: dict[str, QLineEdit] = {}
        for row, item in enumerate(self._cells, start=1):
            label = QLabel(item.cell.label, grid_box)
            now = format_value(item.current) or self.tr("空")
            if item.suggested:
                now = self.tr("{0}（建议 {1}）").format(now, format_value(item.suggestion) or self.tr("空"))
            editor = QLineEdit(format_value(item.current), grid_box)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.setAccessibleName(item.cell.label)
            editor.textChanged.connect(self._check)
            label.setBuddy(editor)
            grid.addWidget(label, row, 0)
            value_now = QLabel(now, grid_box)
            value_now.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value_now, row, 1)
            grid.addWidget(editor, row, 2)
            self.editors[item.key] = editor
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_box)

        self.note = QLineEdit(note, self)
        self.note.setPlaceholderText(self.tr("处理说明（“原报告错误”和“不是错误”必须写明理由）"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")

        buttons = QDialogButtonBox(self)
        self.fixed_button = buttons.addButton(self.tr("改正并记为“已更正”"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.source_error_button = buttons.addButton(decision_text("source_error"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.dismissed_button = buttons.addButton(decision_text("dismissed"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        assert isinstance(self.fixed_button, QPushButton)
        self.fixed_button.setDefault(True)
        self.fixed_button.clicked.connect(lambda: self.choose("fixed"))
        self.source_error_button.clicked.connect(lambda: self.choose("source_error"))
        self.dismissed_button.clicked.connect(lambda: self.choose("dismissed"))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(problems)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("处理说明："), self))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if self.editors:
            first = next(iter(self.editors.values()))
            first.setFocus()
            first.selectAll()
        self._check()

    def set_text(self, key: str, text: str) -> None:
        """Types `text` into the cell's field (as the reviewer does)."""
        self.editors[key].setText(text)

    def changes(self) -> dict[str, Value]:
        """The cells whose typed value differs from their value now (all typed text is valid)."""
        values, _ = self._read()
        return values

    def note_text(self) -> str:
        return self.note.text().strip()

    def choose(self, decision: str) -> None:
        """Closes with `decision` when what it needs is there; else says what is missing."""
        if decision == "fixed":
            values, error = self._read()
            if error or not values:
                self._check()
                return
        elif decision in NOTE_REQUIRED and not self.note_text():
            self.message.setText(self.tr("选择“{0}”需要在处理说明中写明理由（供日后核查）").format(
                decision_text(decision)))
            self.note.setFocus()
            return
        self.choice = decision
        self.accept()

    def _read(self) -> tuple[dict[str, Value], str]:
        """(changed values, the first input error or "")."""
        values: dict[str, Value] = {}
        for item in self._cells:
            text = self.editors[item.key].text()
            try:
                value = typed_value(item.cell, text)
            except CellValueError as exc:
                return {}, self.tr("{0}：{1}").format(item.cell.label, exc)
            if value != item.current:
                values[item.key] = value
        return values, ""

    def _check(self) -> None:
        values, error = self._read()
        self.fixed_button.setEnabled(not error and bool(values))
        if error:
            self.message.setText(error)
        elif not values:
            self.message.setText(self.tr("改正至少一个单元格后才能记为“已更正”"))
        else:
            self.message.setText("")
