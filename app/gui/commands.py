"""Undoable reviewer actions. Each command changes the report through the review service (which
saves at once) and hands the new state back; no command touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from app.record import Finding, Value
from app.review import ConflictError, ReportState, ReviewError, ReviewService
from app.store import StoreError

# Failures the reviewer can act on: refused operations, a locked or full database.
USER_ERRORS = (ReviewError, StoreError)

StateSink = Callable[[ReportState], None]
ErrorSink = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """Runs one service call per redo/undo; a refused first redo drops the command from the stack."""

    def __init__(self, text: str, on_state: StateSink, on_error: ErrorSink) -> None:
        super().__init__(text)
        self._on_state = on_state
        self._on_error = on_error

    def _run(self, call: Callable[[], ReportState]) -> None:
        try:
            state = call()
        except USER_ERRORS as exc:
            self.setObsolete(True)  # QUndoStack deletes an obsolete command instead of keeping it
            if isinstance(exc, ConflictError) and exc.state is not None:
                self._on_state(exc.state)  # the other reviewer's value, in place of the refused one
            self._on_error(str(exc))
            return
        self._on_state(state)


class SetCellsCommand(ServiceCommand):
    """Typing, Delete, or a pasted block: one edit of one or more cells."""

    def __init__(self, service: ReviewService, report_id: int, changes: dict[str, Value], before: dict[str, Value],
                 text: str, on_state: StateSink, on_error: ErrorSink) -> None:
        super().__init__(text, on_state, on_error)
        self._service, self._report_id = service, report_id
        self._changes, self._before = dict(changes), dict(before)

    # Each direction is based on the values the other left: another reviewer's newer value is
    # never overwritten (the service refuses, and the window shows it).
    def redo(self) -> None:
        self._run(lambda: self._service.set_cells(self._report_id, self._changes, expected=self._before))

    def undo(self) -> None:
        self._run(lambda: self._service.set_cells(self._report_id, self._before, note="撤销",
                                                  expected=self._changes))


class ApplySuggestionCommand(ServiceCommand):
    """A finding's suggested values, written in one step."""

    def __init__(self, service: ReviewService, report_id: int, finding: Finding, before: dict[str, Value],
                 text: str, on_state: StateSink, on_error: ErrorSink) -> None:
        super().__init__(text, on_state, on_error)
        self._service, self._report_id = service, report_id
        self._finding, self._before = finding, dict(before)

    def redo(self) -> None:
        self._run(lambda: self._service.apply_suggestion(self._report_id, self._finding, expected=self._before))

    def undo(self) -> None:
        self._run(lambda: self._service.set_cells(self._report_id, self._before, note="撤销",
                                                  expected=dict(self._finding.suggestion or {})))


class DecideCommand(ServiceCommand):
    """A reviewer's decision (or clearing it) on one or several findings with one note: one undo
    step puts back each finding's previous decision and note."""

    def __init__(self, service: ReviewService, report_id: int, finding_ids: Sequence[str], decision: str | None,
                 note: str, before: Mapping[str, tuple[str | None, str]], text: str, on_state: StateSink,
                 on_error: ErrorSink) -> None:
        super().__init__(text, on_state, on_error)
        self._service, self._report_id, self._finding_ids = service, report_id, list(finding_ids)
        self._decision, self._note, self._before = decision, note, dict(before)

    # As for cells: redo is based on the decisions undo left, undo on those redo wrote, so another
    # reviewer's newer decision is never overwritten.
    def redo(self) -> None:
        seen = {fid: self._before.get(fid, (None, ""))[0] for fid in self._finding_ids}
        self._run(lambda: self._service.decide_many(self._report_id, self._finding_ids, self._decision, self._note,
                                                    expected=seen))

    def undo(self) -> None:
        wrote = {fid: self._decision for fid in self._before}
        self._run(lambda: self._service.restore_decisions(self._report_id, self._before, expected=wrote))


class ApplyReadingCommand(ServiceCommand):
    """One candidate reading of a row that the table's arithmetic left open, written in one step."""

    def __init__(self, service: ReviewService, report_id: int, finding: Finding, index: int,
                 before: dict[str, Value], text: str, on_state: StateSink, on_error: ErrorSink) -> None:
        super().__init__(text, on_state, on_error)
        self._service, self._report_id = service, report_id
        self._finding, self._index, self._before = finding, index, dict(before)

    def redo(self) -> None:
        self._run(lambda: self._service.apply_reading(self._report_id, self._finding, self._index,
                                                      expected=self._before))

    def undo(self) -> None:
        reading = dict(self._finding.alternatives[self._index])
        self._run(lambda: self._service.set_cells(self._report_id, self._before, note="撤销", expected=reading))


class CorrectCommand(ServiceCommand):
    """已更正 with the correction typed for it: the cells' new values and the decision on the
    findings, one service call and one undo step (undo puts both back)."""

    def __init__(self, service: ReviewService, report_id: int, finding_ids: Sequence[str],
                 changes: dict[str, Value], note: str, before_values: dict[str, Value],
                 before_decisions: Mapping[str, tuple[str | None, str]], text: str, on_state: StateSink,
                 on_error: ErrorSink) -> None:
        super().__init__(text, on_state, on_error)
        self._service, self._report_id, self._finding_ids = service, report_id, list(finding_ids)
        self._changes, self._note = dict(changes), note
        self._before_values, self._before_decisions = dict(before_values), dict(before_decisions)

    def redo(self) -> None:
        self._run(lambda: self._service.correct(self._report_id, self._finding_ids, self._changes, self._note,
                                                expected=self._before_values))

    def undo(self) -> None:
        self._run(lambda: self._service.restore(self._report_id, self._before_values, self._before_decisions,
                                                expected=self._changes))
