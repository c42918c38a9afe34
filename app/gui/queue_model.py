"""The review queue: one line per report summary; cheap enough for tens of thousands of reports.

The model holds the summaries the service listed (filtering is the service's job) and sorts them
itself with Python's sort, which is far quicker than a proxy model calling back into Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.store.models import ReportSummary

from . import roles
from .labels import status_text
from .roles import AnyIndex

AGENCY, YEAR, STATUS, ERRORS, WARNINGS, FORMAT = range(6)
_STATUS_ORDER = {"new": 0, "in_review": 1, "rejected": 2, "approved": 3}
_SORT_KEYS: dict[int, Callable[[ReportSummary], Any]] = {
    AGENCY: lambda s: (s.agency or s.source, s.year or 0),
    YEAR: lambda s: (s.year or 0, s.agency or s.source),
    STATUS: lambda s: (_STATUS_ORDER.get(s.status, 9), s.agency or s.source),
    ERRORS: lambda s: (s.errors, s.warnings),
    WARNINGS: lambda s: (s.warnings, s.errors),
    FORMAT: lambda s: (s.kind, s.agency or s.source),
}
_UNKNOWN_AGENCY_FG = QColor("#6b6b6b")
_CLAIMED_FG = QColor("#8a4b00")  # another reviewer has the report open


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, reviewer: str = "") -> None:
        super().__init__(parent)
        self._reviewer = reviewer  # this window's reviewer: others' claims read "由 X 审核中"
        self._reports: list[ReportSummary] = []
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._duplicates: set[int] = set()  # reports of an agency and year imported more than once
        self._headers = (self.tr("机关"), self.tr("年度"), self.tr("状态"), self.tr("错误"), self.tr("警告"),
                         self.tr("格式"))

    def set_reports(self, reports: Sequence[ReportSummary], duplicates: set[int] | None = None) -> None:
        self.beginResetModel()
        self._reports = list(reports)
        self._duplicates = set(duplicates or ())
        if self._sort:
            self._reports.sort(key=_SORT_KEYS[self._sort[0]],
                               reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.endResetModel()

    def update_summary(self, summary: ReportSummary) -> None:
        """A report's new counts or status, after an edit or decision; its line stays where it is."""
        row = self._row_of.get(summary.id)
        if row is not None:
            self._reports[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def summary_at(self, row: int) -> ReportSummary | None:
        return self._reports[row] if 0 <= row < len(self._reports) else None

    def row_of(self, report_id: int) -> int:
        return self._row_of.get(report_id, -1)

    def row_of_source(self, file_name: str) -> int:
        """The first report whose file name is `file_name` (or ends with it, for a path's tail)."""
        for row, summary in enumerate(self._reports):
            if summary.source == file_name or summary.source.endswith(("/" + file_name, "\\" + file_name)):
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._reports)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._reports[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [summary.agency or "", self.tr("文件：{0}（{1}）").format(summary.source, self._kind(summary.kind)),
                     status_text(summary.status), summary.status_reason]
            if self._claimed_by_other(summary):
                lines.insert(0, self.tr("由 {0} 审核中").format(summary.claimed_by))
            if summary.id in self._duplicates:
                lines.append(self.tr("同一机关同一年度还导入了另一份报告（见问题列表）"))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (YEAR, ERRORS, WARNINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AGENCY and not summary.agency:
                return QBrush(_UNKNOWN_AGENCY_FG)
            if column == ERRORS and summary.errors:
                return QBrush(roles.ERROR_FG)
            if column == STATUS and self._claimed_by_other(summary):
                return QBrush(_CLAIMED_FG)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == ERRORS and summary.errors:
                return QBrush(roles.ERROR_BG)
            if column == WARNINGS and summary.warnings:
                return QBrush(roles.WARNING_BG)
            if column == FORMAT and summary.id in self._duplicates:
                return QBrush(roles.WARNING_BG)
        if role == roles.KEY_ROLE:
            return summary.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts by a column; any other column (-1) means import order, the store's own."""
        self._sort = (column, order) if column in _SORT_KEYS else None
        self.layoutAboutToBeChanged.emit()
        old = {s.id: row for row, s in enumerate(self._reports)}
        persistent = self.persistentIndexList()
        if self._sort is None:
            self._reports.sort(key=lambda s: s.id)
        else:
            self._reports.sort(key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        new_of_old = {old[s.id]: row for row, s in enumerate(self._reports)}
        self.changePersistentIndexList(
            persistent, [self.index(new_of_old[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _display(self, summary: ReportSummary, column: int) -> str:
        if column == AGENCY:
            return summary.agency or summary.source
        if column == YEAR:
            return str(summary.year) if summary.year else ""
        if column == STATUS:
            if self._claimed_by_other(summary):
                # The column is as narrow as a status: the claimant's name, in its own colour, is
                # what must stay readable; the tooltip says 由 X 审核中.
                return summary.claimed_by or ""
            return status_text(summary.status)
        if column == ERRORS:
            return str(summary.errors)
        if column == FORMAT:
            kind = self._kind(summary.kind)
            return self.tr("{0} 重复").format(kind) if summary.id in self._duplicates else kind
        return str(summary.warnings)

    def _claimed_by_other(self, summary: ReportSummary) -> bool:
        return bool(summary.claimed_by) and summary.claimed_by != self._reviewer

    def is_duplicate(self, report_id: int) -> bool:
        return report_id in self._duplicates

    def _kind(self, kind: str) -> str:
        return {"text": self.tr("文本"), "html": self.tr("网页"), "docx": self.tr("Word"), "doc": self.tr("Word"),
                "pdf": self.tr("PDF")}.get(kind, kind)

    def _reindex(self) -> None:
        self._row_of = {s.id: row for row, s in enumerate(self._reports)}
