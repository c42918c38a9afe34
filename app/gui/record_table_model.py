"""One generic grid model for any template table: rows, columns and headers come from app.template.

The grid is laid out like the printed table. Besides one line per template row it holds two kinds
of heading lines, derived from the data and never from the table's name:
- a "group" line where a row group starts (（三）不予公开, 行政诉讼 …), spanning the grid;
- a "columns" line where the rows of a "rows" table change their column set (表二 prints a small
  header before 规章, 行政许可, 行政事业性收费 …), showing those columns' labels.
Setting data never changes the model: it emits `editRequested` and the owner routes the edit
through the review service; the new state comes back through `show()`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from app.record import Finding, Origin, Value
from app.record.status import is_open_error
from app.review import CellValueError, check_value, typed_value
from app.template import Cell, Column, Table

from . import roles
from .cell_input import format_value
from .labels import severity_text, status_text
from .roles import AnyIndex

LineKind = Literal["value", "group", "columns"]


@dataclass(frozen=True)
class Line:
    """One visual row of the grid."""

    kind: LineKind
    label: str  # the vertical header: a row label or a group label
    cells: tuple[Cell | None, ...] = ()  # value lines: the cell at each column position
    column_labels: tuple[str, ...] = ()  # columns lines: the labels printed at each position


@dataclass(frozen=True)
class GridState:
    """What the grid shows of one report; built by the editor from the service's ReportState."""

    values: Mapping[str, Value]
    machine: Mapping[str, Value] = field(default_factory=dict)
    provenance: Mapping[str, Origin] = field(default_factory=dict)
    findings: Sequence[Finding] = ()
    decided: frozenset[int] = frozenset()  # positions in `findings` that carry a reviewer decision
    locked: bool = False  # decided, or open by another reviewer: nothing typed is saved
    status: str = ""  # the report's status, named when an edit of a locked report is refused
    claimed_by: str = ""  # another reviewer who has the report open, named likewise


def layout_lines(table: Table) -> tuple[tuple[Line, ...], tuple[Column | None, ...]]:
    """The grid's lines and, where every row shares a column at a position, that column."""
    rows: dict[int, list[Cell]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row_index, []).append(cell)
    width = max((len(cells) for cells in rows.values()), default=0)
    column_sets = {tuple(c.column for c in cells) for cells in rows.values()}
    shared: tuple[Column | None, ...] = (
        next(iter(column_sets)) if len(column_sets) == 1 else (None,) * width
    )
    lines: list[Line] = []
    seen_groups: set[str] = set()
    previous_columns: tuple[Column, ...] | None = None
    for row_index in sorted(rows):
        cells = sorted(rows[row_index], key=lambda c: c.column_index)
        row = cells[0].row
        columns = tuple(c.column for c in cells)
        new_group = bool(row.group) and row.group not in seen_groups
        if len(column_sets) > 1 and columns != previous_columns:
            # A printed sub-header: its group label on the left, the columns' labels across.
            labels = tuple(c.label for c in columns) + ("",) * (width - len(columns))
            lines.append(Line("columns", row.group if new_group else "", column_labels=labels))
        elif new_group:
            lines.append(Line("group", row.group))
        seen_groups.add(row.group)
        previous_columns = columns
        lines.append(Line("value", row.label, tuple(cells) + (None,) * (width - len(cells))))
    return tuple(lines), shared


class RecordTableModel(QAbstractTableModel):
    """The cells of one template table for one report, with findings and provenance as roles."""

    editRequested = Signal(dict)  # key -> new value: one reviewer edit (a cell, a paste, a delete)
    inputRejected = Signal(str)  # a Chinese message for text that is not a value of the cell's kind

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._lines, self._shared_columns = layout_lines(table)
        self._position = {
            cell.key: (r, c)
            for r, line in enumerate(self._lines)
            for c, cell in enumerate(line.cells)
            if cell is not None
        }
        self._state = GridState(values={})
        self._findings_by_key: dict[str, list[tuple[Finding, bool]]] = {}
        self._show_machine = False

    # --- what the owner calls ------------------------------------------------------------------

    def show(self, state: GridState) -> None:
        """Shows a report (or its new state after an edit); the layout stays, every cell refreshes."""
        self._state = state
        self._findings_by_key = {}
        for i, finding in enumerate(state.findings):
            for key in finding.cells:
                if key in self._position:
                    self._findings_by_key.setdefault(key, []).append((finding, i in state.decided))
        self._refresh_all()

    def set_show_machine(self, on: bool) -> None:
        """Shows the extracted value beside every corrected one."""
        self._show_machine = on
        self._refresh_all()

    @property
    def has_shared_columns(self) -> bool:
        """True when one header row can name every column (表三, 表四); 表二 prints sub-headers."""
        return all(c is not None for c in self._shared_columns)

    def line(self, row: int) -> Line:
        return self._lines[row]

    def index_for_key(self, key: str) -> QModelIndex:
        row, column = self._position.get(key, (-1, -1))
        return self.index(row, column) if row >= 0 else QModelIndex()

    def key_at(self, index: AnyIndex) -> str | None:
        cell = self._cell(index)
        return cell.key if cell else None

    def cell_at(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._lines) and 0 <= column < self.columnCount():
            line = self._lines[row]
            return line.cells[column] if line.kind == "value" else None
        return None

    @property
    def locked(self) -> bool:
        return self._state.locked

    def keys(self) -> tuple[str, ...]:
        return tuple(self._position)

    def request_edit(self, changes: dict[str, Value]) -> bool:
        """Asks for one edit of several cells (Delete on a selection); nothing happens when locked."""
        if self._state.locked:
            self.refuse_locked()
            return False
        changes = {k: v for k, v in changes.items() if k in self._position and self._state.values.get(k) != v}
        if not changes:
            return False
        self.editRequested.emit(changes)
        return True

    def refuse_locked(self) -> None:
        """Says why typing into this report does nothing: it is approved or rejected, and locked, or
        another reviewer has it open."""
        if self._state.claimed_by:
            self.inputRejected.emit(self.tr("本报告由 {0} 审核中，您只能查看，输入没有保存")
                                    .format(self._state.claimed_by))
            return
        self.inputRejected.emit(self.tr("本报告{0}，已锁定，输入没有保存；如需修改请先“重新打开审核”（Ctrl+Shift+R）")
                                .format(status_text(self._state.status) or self.tr("已审定")))

    def paste_block(self, row: int, column: int, text: str) -> bool:
        """Pastes tab-separated lines (as Excel and WPS copy them) from (row, column) as one edit.

        Positions outside the grid or on headings are skipped; any text that is not a value of
        its cell's kind refuses the whole paste, so a half-applied block never happens.
        """
        changes: dict[str, Value] = {}
        for r, line in enumerate(text.rstrip("\r\n").split("\n")):
            for c, piece in enumerate(line.rstrip("\r").split("\t")):
                cell = self.cell_at(row + r, column + c)
                if cell is None:
                    continue
                try:
                    changes[cell.key] = typed_value(cell, piece)
                except CellValueError as exc:
                    self.inputRejected.emit(self.tr("{0}：{1}").format(cell.label, exc))
                    return False
        return self.request_edit(changes)

    def copy_block(self, indexes: list[QModelIndex]) -> str:
        """The selected cells as tab-separated lines, the shape spreadsheets paste."""
        if not indexes:
            return ""
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        chosen = {(i.row(), i.column()) for i in indexes}
        return "\n".join(
            "\t".join((self.index(r, c).data(Qt.ItemDataRole.EditRole) or "") if (r, c) in chosen else ""
                      for c in columns)
            for r in rows
        )

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shared_columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self._cell(index) is None:
            return Qt.ItemFlag.NoItemFlags  # headings and gaps: the cursor skips them
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._state.locked else flags | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self._shared_columns[section] if 0 <= section < len(self._shared_columns) else None
            if column is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return column.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{column.group} · {column.label}" if column.group else column.label
            return None
        if not 0 <= section < len(self._lines):
            return None
        line = self._lines[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.label
        if role == Qt.ItemDataRole.FontRole and line.kind != "value":
            return _bold()
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if line.kind != "value":
            return self._heading_data(line, index.column(), role)
        cell = line.cells[index.column()]
        if cell is None:
            return None
        key = cell.key
        value = self._state.values.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = format_value(value)
            if self._show_machine and self._is_corrected(key):
                original = format_value(self._state.machine.get(key)) or self.tr("空")
                shown = self.tr("{0}（原 {1}）").format(shown, original)
            return shown
        if role == Qt.ItemDataRole.EditRole:
            return format_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(key)
        if role == Qt.ItemDataRole.FontRole:
            how = self._how(key)
            return _italic() if how == "inferred" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == roles.KEY_ROLE:
            return key
        if role == roles.FINDINGS_ROLE:
            return [f for f, _ in self._findings_by_key.get(key, ())]
        if role == roles.ORIGIN_ROLE:
            return self._state.provenance.get(key)
        if role == roles.MACHINE_VALUE_ROLE:
            return self._state.machine.get(key)
        if role == roles.ROW_KIND_ROLE:
            return line.kind
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self._cell(index)
        if cell is None or role != Qt.ItemDataRole.EditRole or self._state.locked:
            return False
        try:
            parsed = typed_value(cell, value) if isinstance(value, str) else check_value(cell, value)
        except CellValueError as exc:
            self.inputRejected.emit(self.tr("{0}：{1}").format(cell.label, exc))
            return False
        if parsed == self._state.values.get(cell.key):
            return True  # nothing changed: no edit, no history entry
        self.editRequested.emit({cell.key: parsed})
        return True

    # --- helpers -------------------------------------------------------------------------------

    def _cell(self, index: AnyIndex) -> Cell | None:
        return self.cell_at(index.row(), index.column()) if index.isValid() else None

    def _refresh_all(self) -> None:
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self.columnCount() - 1))

    def _heading_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and line.kind == "columns":
            return line.column_labels[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(roles.HEADING_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(roles.HEADING_FG)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == roles.ROW_KIND_ROLE:
            return line.kind
        return None

    def _how(self, key: str) -> str | None:
        origin = self._state.provenance.get(key)
        return origin.how if origin else None

    def _is_corrected(self, key: str) -> bool:
        return key in self._state.machine and self._state.values.get(key) != self._state.machine.get(key)

    def _background(self, key: str) -> QBrush | None:
        marks = self._findings_by_key.get(key, ())
        open_marks = [f for f, decided in marks if not decided]
        if any(is_open_error(f.severity, decided) for f, decided in marks):
            return QBrush(roles.ERROR_BG)
        if any(f.severity == "warning" for f in open_marks):
            return QBrush(roles.WARNING_BG)
        if any(f.severity == "error" for f, _ in marks):
            return QBrush(roles.ERROR_DECIDED_BG)
        if self._is_corrected(key) or self._how(key) == "edited":
            return QBrush(roles.EDITED_BG)
        if any(f.severity == "warning" for f, _ in marks):
            return QBrush(roles.WARNING_DECIDED_BG)
        if self._how(key) == "unplaced":
            return QBrush(roles.UNPLACED_BG)
        return None

    def _foreground(self, key: str) -> QBrush | None:
        how = self._how(key)
        if how == "inferred":
            return QBrush(roles.INFERRED_FG)
        if how == "unplaced":
            return QBrush(roles.UNPLACED_FG)
        return None

    def _tooltip(self, cell: Cell) -> str:
        key = cell.key
        parts = [cell.label]
        for finding, decided in self._findings_by_key.get(key, ()):
            severity = severity_text(finding.severity)
            note = self.tr("（已处理）") if decided else ""
            parts.append(f"{severity}{note}：{finding.message}")
        origin = self._state.provenance.get(key)
        if origin is not None:
            parts.append(self.tr("来源：“{0}”（{1}）").format(origin.raw, self._how_label(origin.how)))
            if origin.note:
                parts.append(origin.note)
        if self._is_corrected(key):
            machine = format_value(self._state.machine.get(key)) or self.tr("空")
            parts.append(self.tr("机器提取值：{0}").format(machine))
        return "\n".join(parts)

    def _how_label(self, how: str) -> str:
        return {
            "read": self.tr("按原文读取"),
            "inferred": self.tr("由勾稽关系推断"),
            "unplaced": self.tr("原文有数字但位置不确定"),
            "edited": self.tr("审核人修改"),
        }.get(how, how)


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
