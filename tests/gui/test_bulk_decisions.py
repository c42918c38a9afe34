"""Deciding in the window: several findings at once with one note and one undo step, the service's
rules for each decision shown to the reviewer, and typing into a locked report answered."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog

from .conftest import MISREAD_KEY
from .test_keyboard import activate
from .test_review_window import cell, open_misread


def error_rows(window) -> list[int]:
    model = window.findings.model
    return [r for r in range(model.rowCount()) if model.line(r).finding.severity == "error"]


def select_rows(window, rows: list[int]) -> None:
    """What Ctrl+click on each row does."""
    selection = window.findings.view.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(window.findings.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_selected_findings_are_decided_together_and_undone_in_one_step(window):
    open_misread(window)
    rows = error_rows(window)
    assert len(rows) == 2
    select_rows(window, rows)
    window.findings.note.setText("原报告合计印错")
    window.act_source_error.trigger()
    decisions = window.session.state.decisions
    assert len(decisions) == 2 and {(d.decision, d.note) for d in decisions.values()} == {
        ("source_error", "原报告合计印错")}
    assert window.session.state.summary.errors == 0
    assert window.findings.note.text() == ""  # the note went with the decision
    window.act_undo.trigger()
    assert window.session.state.decisions == {}
    window.act_redo.trigger()
    assert len(window.session.state.decisions) == 2


def test_all_findings_of_a_rule_can_be_selected_at_once(window):
    open_misread(window)
    model = window.findings.model
    window.findings.select_row(error_rows(window)[0])
    rule = window.findings.current_line().finding.rule
    count = window.findings.select_same_rule()
    assert count == sum(1 for r in range(model.rowCount()) if model.line(r).finding.rule == rule) >= 1
    assert {line.finding.rule for line in window.findings.selected_lines()} == {rule}


def test_a_reason_is_asked_for_when_a_failing_number_is_kept(window, monkeypatch):
    open_misread(window)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, _t, label, *a, **k: asked.append(label) or ("看过原表", True))
    window.findings.select_row(error_rows(window)[0])
    window.act_dismissed.trigger()
    assert asked and "理由" in asked[0]
    [decision] = window.session.state.decisions.values()
    assert (decision.decision, decision.note) == ("dismissed", "看过原表")


def test_typing_into_an_approved_report_says_it_is_locked(qtbot, window, refusals):
    open_misread(window)
    select_rows(window, error_rows(window))
    window.findings.note.setText("原表如此")
    window.act_source_error.trigger()
    window.session.approve()
    assert window.session.state.summary.status == "approved"
    activate(qtbot, window)
    view, _ = cell(window, MISREAD_KEY)
    window.tables.select_key(MISREAD_KEY, focus=True)
    qtbot.keyClick(view, Qt.Key.Key_7)
    assert "已锁定" in window.statusBar().currentMessage()
    assert "重新打开" in window.statusBar().currentMessage()
