"""Small dialogs: the shortcut sheet, a cell's history, an import's outcome."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.record.times import local_time
from app.review.state import ImportSummary
from app.store import HistoryEntry

from .labels import action_text, decision_text, status_text

MAX_LISTED_FAILURES = 200  # the detail box of a huge failed import stays readable



def grid_keys() -> list[tuple[str, str]]:
    """Keys the grids handle themselves (not menu actions)."""
    return [
        (QCoreApplication.translate("Dialogs", "数字键"), QCoreApplication.translate("Dialogs", "覆盖输入当前单元格")),
        ("F2", QCoreApplication.translate("Dialogs", "编辑当前单元格")),
        ("Enter", QCoreApplication.translate("Dialogs", "确认并移到下一行")),
        ("Tab / Shift+Tab", QCoreApplication.translate("Dialogs", "确认并移到右边 / 左边")),
        ("Ctrl+Tab / Ctrl+Shift+Tab", QCoreApplication.translate("Dialogs", "显示下一张 / 上一张表")),
        ("Delete", QCoreApplication.translate("Dialogs", "清空所选单元格")),
        (QKeySequence(QKeySequence.StandardKey.Copy).toString(QKeySequence.SequenceFormat.NativeText),
         QCoreApplication.translate("Dialogs", "复制所选单元格（制表符分隔）")),
        (QKeySequence(QKeySequence.StandardKey.Paste).toString(QKeySequence.SequenceFormat.NativeText),
         QCoreApplication.translate("Dialogs", "粘贴从 Excel / WPS 复制的区域（一次撤销）")),
        ("Esc", QCoreApplication.translate("Dialogs", "放弃正在输入的内容")),
    ]


class TwoColumnDialog(QDialog):
    """A read-only table in a dialog with a close button."""

    def __init__(self, title: str, headers: list[str], rows: list[list[str]], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 480)


def shortcut_sheet(actions: Iterable[QAction], parent: QWidget | None) -> TwoColumnDialog:
    """Every menu action that has a shortcut, then the grid's own keys."""
    rows = [[" / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()),
             a.text().replace("&", "")]
            for a in actions if not a.shortcut().isEmpty()]
    rows += [[key, what] for key, what in grid_keys()]
    return TwoColumnDialog(QCoreApplication.translate("Dialogs", "快捷键"), [QCoreApplication.translate("Dialogs", "按键"), QCoreApplication.translate("Dialogs", "作用")], rows, parent)


def _shown(action: str, value: object) -> str:
    if value is None:
        return QCoreApplication.translate("Dialogs", "空")
    if action == "status" and isinstance(value, str):
        return status_text(value)
    if action == "decision" and isinstance(value, str):
        return decision_text(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def history_dialog(title: str, entries: list[HistoryEntry], parent: QWidget | None) -> TwoColumnDialog:
    """Who changed what, when, from what to what; newest first."""
    rows = [[local_time(e.at), e.reviewer or QCoreApplication.translate("Dialogs", "（未署名）"), action_text(e.action),
             f"{_shown(e.action, e.old)} → {_shown(e.action, e.new)}", e.note]
            for e in reversed(entries)]
    return TwoColumnDialog(title, [QCoreApplication.translate("Dialogs", "时间"), QCoreApplication.translate("Dialogs", "审核人"), QCoreApplication.translate("Dialogs", "操作"), QCoreApplication.translate("Dialogs", "改动"), QCoreApplication.translate("Dialogs", "说明")], rows, parent)


def show_import_summary(summary: ImportSummary, parent: QWidget | None) -> QMessageBox:
    """Opens (without blocking) a box with the counts and, on request, every failed file's reason."""
    text = QCoreApplication.translate("Dialogs", "新导入 {0} 份，更新 {1} 份，未变 {2} 份，失败 {3} 份。").format(
        summary.imported, summary.updated, summary.unchanged, len(summary.failed))
    if summary.cancelled:
        text = QCoreApplication.translate("Dialogs", "导入已取消。") + text
    box = QMessageBox(QMessageBox.Icon.Warning if summary.failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("Dialogs", "导入结果"), text, QMessageBox.StandardButton.Ok, parent)
    if summary.failed:
        lines = [f"{path}：{reason}" for path, reason in summary.failed[:MAX_LISTED_FAILURES]]
        if len(summary.failed) > MAX_LISTED_FAILURES:
            lines.append(QCoreApplication.translate("Dialogs", "……另有 {0} 个失败的文件").format(len(summary.failed) - MAX_LISTED_FAILURES))
        box.setInformativeText(QCoreApplication.translate("Dialogs", "以下文件没有导入（点“显示详细信息”查看原因）。"))
        box.setDetailedText("\n".join(lines))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ReportInfoDialog(QDialog):
    """The agency and year of a report, for when extraction missed or misread them."""

    NO_YEAR = 1989  # the spin box's "unknown" position, shown as its special-value text

    def __init__(self, agency: str | None, year: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "机关和年度"))
        self.agency = QLineEdit(agency or "", self)
        self.year = QSpinBox(self)
        self.year.setRange(self.NO_YEAR, 2100)
        self.year.setSpecialValueText(QCoreApplication.translate("Dialogs", "未识别"))
        self.year.setValue(year or self.NO_YEAR)
        self.note = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Dialogs", "机关名称："), self.agency)
        form.addRow(QCoreApplication.translate("Dialogs", "报告年度："), self.year)
        form.addRow(QCoreApplication.translate("Dialogs", "说明（可选）："), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int | None, str]:
        year = self.year.value()
        return self.agency.text().strip(), None if year == self.NO_YEAR else year, self.note.text().strip()
