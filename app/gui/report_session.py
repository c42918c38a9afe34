"""The open report: what the grids, findings list and source text show, and every change to it.

All changes go through the review service, which saves before it answers; cell edits and decisions
are QUndoCommands on the report's own undo stack, so undo also goes through the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoGroup, QUndoStack

from app.record import Finding, Value
from app.review import ReportState, ReviewService
from app.store import HistoryEntry

from .commands import (
    USER_ERRORS,
    ApplyReadingCommand,
    ApplySuggestionCommand,
    CorrectCommand,
    DecideCommand,
    SetCellsCommand,
)
from .findings_model import FindingLine
from .findings_pane import FindingsPane
from .labels import decision_text
from .record_table_model import GridState
from .source_view import SourceView
from .tables_pane import TablesPane


def grid_state(state: ReportState) -> GridState:
    decided = frozenset(i for i, fid in enumerate(state.finding_ids) if fid in state.decisions)
    return GridState(values=state.record.fields, machine=state.machine, provenance=state.provenance,
                     findings=state.findings, decided=decided, locked=state.read_only, status=state.summary.status,
                     claimed_by=state.claimed_by or "")


def finding_lines(state: ReportState) -> list[FindingLine]:
    return [FindingLine(f, fid, state.decisions.get(fid)) for f, fid in zip(state.findings, state.finding_ids, strict=True)]


class ReportSession(QObject):
    stateChanged = Signal(object)  # ReportState, after opening a report or any change to it
    refused = Signal(str)  # the service said no (locked report, open errors …): shown in a dialog
    message = Signal(str)  # passing information for the status bar

    def __init__(self, service: ReviewService, tables: TablesPane, findings: FindingsPane, source: SourceView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tables, self.findings, self.source = tables, findings, source
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.state: ReportState | None = None
        tables.editRequested.connect(self.set_cells)
        tables.inputRejected.connect(self.message)
        tables.cellSelected.connect(self._on_cell_selected)
        source.keyClicked.connect(self._on_source_clicked)
        findings.findingSelected.connect(self._on_finding_selected)

    # --- opening and showing -----------------------------------------------------------------

    @property
    def report_id(self) -> int | None:
        return self.state.summary.id if self.state else None

    def open(self, report_id: int) -> bool:
        """Shows the report and claims it for this reviewer; one another reviewer has open is shown
        read-only (由 X 审核中)."""
        previous = self.report_id
        try:
            if previous is not None and previous != report_id:
                self.release_claim()
            if not self.service.store.read_only:
                self.service.claim(report_id)
            state = self.service.open(report_id)
        except USER_ERRORS as exc:
            self.refused.emit(str(exc))
            return False
        self.undo_group.setActiveStack(self._stack(report_id))
        self._show(state)
        return True

    def refresh(self) -> bool:
        """Shows what other reviewers changed in the open report (called when the store changed);
        False while the reviewer is typing in a cell (the caller tries again later)."""
        if self.state is None:
            return True
        if self.tables.is_editing():
            return False  # the typed value's save is checked against the others' values anyway
        try:
            state = self.service.open(self.state.summary.id)
        except USER_ERRORS as exc:
            self.message.emit(str(exc))
            return True
        old = self.state
        if (state.record, state.decisions, state.summary.status, state.claimed_by, state.summary.first_reviewer) != \
                (old.record, old.decisions, old.summary.status, old.claimed_by, old.summary.first_reviewer):
            self._show(state)
        return True

    def release_claim(self) -> None:
        """Gives up this reviewer's claim on the open report (leaving it, or closing the window)."""
        if self.state is None or self.service.store.read_only:
            return
        try:
            held = self.service.store.claim_of(self.state.summary.id)
            if held is not None and held.reviewer == self.service.reviewer:
                self.service.release(self.state.summary.id)
        except USER_ERRORS as exc:
            self.message.emit(str(exc))

    def _stack(self, report_id: int) -> QUndoStack:
        if report_id not in self._stacks:
            self._stacks[report_id] = QUndoStack(self.undo_group)
        return self._stacks[report_id]

    def _show(self, state: ReportState) -> None:
        self.state = state
        self.tables.show_report(state.record.tmpl, grid_state(state))
        self.findings.set_lines(finding_lines(state), state.record.tmpl)
        self.source.show_source(state.text, state.provenance)
        self._on_cell_selected(self.tables.current_key() or "")
        self.stateChanged.emit(state)

    # --- changes -----------------------------------------------------------------------------

    def set_cells(self, changes: dict[str, Value]) -> None:
        if self.state is None or not changes:
            return
        before = {k: self.state.record.fields.get(k) for k in changes}
        labels = [self.state.record.tmpl.cell_by_key[k].label for k in changes]
        text = self.tr("修改 {0}").format(labels[0]) if len(labels) == 1 \
            else self.tr("修改 {0} 个单元格").format(len(labels))
        self._push(SetCellsCommand(self.service, self.state.summary.id, changes, before, text,
                                   self._show, self.refused.emit))

    def apply_suggestion(self, finding: Finding) -> None:
        if self.state is None or not finding.suggestion:
            self.message.emit(self.tr("这条问题没有建议的修正"))
            return
        before = {k: self.state.record.fields.get(k) for k in finding.suggestion}
        self._push(ApplySuggestionCommand(self.service, self.state.summary.id, finding, before,
                                          self.tr("应用建议：{0}").format(finding.message),
                                          self._show, self.refused.emit))

    def apply_reading(self, finding: Finding, index: int) -> None:
        """Applies candidate reading `index` of a finding (an unplaced row), undoable."""
        if self.state is None or not 0 <= index < len(finding.alternatives):
            return
        before = {k: self.state.record.fields.get(k) for k in finding.alternatives[index]}
        self._push(ApplyReadingCommand(self.service, self.state.summary.id, finding, index, before,
                                       self.tr("采用读法 {0}").format(index + 1), self._show,
                                       self.refused.emit))

    def decide(self, lines: Sequence[FindingLine], decision: str | None, note: str = "") -> bool:
        """One decision and note for the given findings, one undo step; False if the service refused."""
        if self.state is None or not lines:
            return False
        before = {line.finding_id: (line.decision.decision, line.decision.note) if line.decision else (None, "")
                  for line in lines}
        what = decision_text(decision) if decision else self.tr("撤回处理")
        text = self.tr("{0}：{1}").format(what, lines[0].finding.message) if len(lines) == 1 \
            else self.tr("{0}：{1} 条问题").format(what, len(lines))
        return self._push(DecideCommand(self.service, self.state.summary.id, list(before), decision, note,
                                        before, text, self._show, self.refused.emit))

    def cells_to_correct(self, lines: Sequence[FindingLine]) -> list[str]:
        """The cells 已更正 on these findings still needs corrected (the service judges); empty
        when it can be recorded as it is."""
        if self.state is None:
            return []
        return self.service.cells_to_correct(self.state, [line.finding_id for line in lines])

    def correct(self, lines: Sequence[FindingLine], changes: dict[str, Value], note: str = "") -> bool:
        """The corrected values and 已更正 on the findings, one undo step; False if refused."""
        if self.state is None or not lines:
            return False
        values = {k: self.state.record.fields.get(k) for k in changes}
        decisions = {line.finding_id: (line.decision.decision, line.decision.note) if line.decision else (None, "")
                     for line in lines}
        what = decision_text("fixed")
        text = self.tr("{0}：{1}").format(what, lines[0].finding.message) if len(lines) == 1 \
            else self.tr("{0}：{1} 条问题").format(what, len(lines))
        return self._push(CorrectCommand(self.service, self.state.summary.id, list(decisions), changes, note,
                                         values, decisions, text, self._show, self.refused.emit))

    def approve(self, empty_confirmed: bool = False) -> bool:
        return self._status_call(lambda rid: self.service.approve(rid, empty_confirmed))

    def empty_cells(self) -> dict[str, int]:
        return self.service.empty_cells(self.state) if self.state is not None else {}

    def reject(self, reason: str) -> bool:
        return self._status_call(lambda rid: self.service.reject(rid, reason))

    def keep_only(self) -> bool:
        return self._status_call(lambda rid: self.service.keep_only(rid))

    def reopen(self) -> bool:
        return self._status_call(lambda rid: self.service.reopen(rid))

    def set_info(self, agency: str, year: int | None, note: str = "") -> bool:
        """Corrects the report's agency and year (recorded in its history, not undoable)."""
        return self._status_call(lambda rid: self.service.set_info(rid, agency=agency, year=year, note=note))

    def history(self, key: str | None) -> list[HistoryEntry]:
        return self.service.history(self.report_id, key) if self.report_id is not None else []

    def _push(self, command: QUndoCommand) -> bool:
        """Runs the command; True when the service accepted it (a refused command leaves the stack)."""
        assert self.state is not None, "edits are made only while a report is open"
        stack = self._stack(self.state.summary.id)
        before = stack.index()
        stack.push(command)
        return stack.index() > before

    def _status_call(self, call: Callable[[int], ReportState]) -> bool:
        if self.state is None:
            return False
        try:
            state = call(self.state.summary.id)
        except USER_ERRORS as exc:
            self.refused.emit(str(exc))
            return False
        self._show(state)
        return True

    # --- moving around -----------------------------------------------------------------------

    def next_open_error(self) -> bool:
        """Selects the next error without a decision, and its first cell."""
        row = self.findings.model.next_open_error(self.findings.view.currentIndex().row())
        if row < 0:
            self.message.emit(self.tr("本报告没有未处理的错误"))
            return False
        self.findings.select_row(row)
        return True

    def _on_finding_selected(self, line: FindingLine) -> None:
        # A click on a finding (or F8) puts the cursor on its cell, ready for typing; arrow keys
        # walking the list leave the focus in the list.
        focus = _mouse_pressed() or not self.findings.view.hasFocus()
        for key in line.finding.cells:
            if self.tables.select_key(key, focus=focus):
                return

    def _on_cell_selected(self, key: str) -> None:
        origin = self.state.provenance.get(key) if self.state and key else None
        self.source.show_span(origin)

    def _on_source_clicked(self, key: str) -> None:
        # A click on a number selects its cell, ready for typing; the arrow keys moving the text's
        # cursor over numbers select their cells but leave the focus in the text.
        if key != self.tables.current_key():
            self.tables.select_key(key, focus=_mouse_pressed())


def _mouse_pressed() -> bool:
    return QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
