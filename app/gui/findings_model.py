"""The findings of the open report, each with the reviewer's decision (if any)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.record import Finding
from app.record.status import is_open_error
from app.record.times import local_time
from app.store.models import Decision
from app.template import Template

from . import roles
from .cell_input import format_value
from .labels import decision_text, severity_text
from .roles import AnyIndex

SEVERITY, MESSAGE, DECISION = range(3)
MAX_CELLS_NAMED = 6  # a tooltip names this many cells, then says how many more
_DECIDED_FG = QColor("#6b6b6b")


@dataclass(frozen=True)
class FindingLine:
    finding: Finding
    finding_id: str
    decision: Decision | None

    @property
    def open_error(self) -> bool:
        return is_open_error(self.finding.severity, self.decision is not None)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[FindingLine] = []
        self._template: Template | None = None
        self._headers = (self.tr("类别"), self.tr("问题"), self.tr("处理"))

    def set_lines(self, lines: Sequence[FindingLine], template: Template | None = None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._template = template
        self.endResetModel()

    def line(self, row: int) -> FindingLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, finding_id: str) -> int:
        return next((r for r, line in enumerate(self._lines) if line.finding_id == finding_id), -1)

    def next_open_error(self, after: int) -> int:
        """The row of the next error without a decision after `after`, wrapping round; -1 if none."""
        count = len(self._lines)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._lines[row].open_error:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        finding, column = line.finding, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEVERITY:
                return severity_text(finding.severity)
            if column == MESSAGE:
                return finding.message
            return decision_text(line.decision.decision) if line.decision else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == Qt.ItemDataRole.BackgroundRole and column == SEVERITY and line.decision is None:
            if finding.severity == "error":
                return QBrush(roles.ERROR_BG)
            if finding.severity == "warning":
                return QBrush(roles.WARNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and line.decision is not None:
            return QBrush(_DECIDED_FG)
        if role == roles.KEY_ROLE:
            return line.finding_id
        return None

    def _tooltip(self, line: FindingLine) -> str:
        """The finding as sentences for the reviewer: what is wrong, which cells, what they can do."""
        finding = line.finding
        parts = [finding.message]
        if finding.cells:
            shown = "、".join(self._cell_label(k) for k in finding.cells[:MAX_CELLS_NAMED])
            more = self.tr(" 等 {0} 格").format(len(finding.cells)) if len(finding.cells) > MAX_CELLS_NAMED else ""
            parts.append(self.tr("涉及单元格：{0}{1}").format(shown, more))
        if finding.suggestion:
            parts.append(self.tr("建议改为：") + "，".join(
                f"{self._cell_label(k)} → {format_value(v) or self.tr('空')}"
                for k, v in finding.suggestion.items()) + self.tr("（Ctrl+Shift+Enter 采用）"))
        if finding.alternatives and not finding.suggestion:
            parts.append(self.tr("有 {0} 种可能的读法：对照原文后按 Ctrl+Shift+Enter 选择一种采用").format(
                len(finding.alternatives)))
        if line.decision:
            note = self.tr("，说明：{0}").format(line.decision.note) if line.decision.note else ""
            parts.append(self.tr("已处理为“{0}”（{1}，{2}）{3}").format(
                decision_text(line.decision.decision), line.decision.reviewer, local_time(line.decision.at), note))
        else:
            parts.append(self.tr("可以：改正单元格后选“已更正”；原报告本身如此选“原报告错误”；"
                                 "数值没有问题选“不是错误”（后两种须写明理由）。"))
        return "\n".join(parts)

    def _cell_label(self, key: str) -> str:
        cell = self._template.cell_by_key.get(key) if self._template else None
        return cell.label if cell else key
