"""Working through a batch: approving opens the next report, F8 wraps round the queue, progress is
shown, empty cells are confirmed before approval, and the next start picks up where the last ended."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.gui.queue_model import ERRORS, YEAR

from .conftest import MISREAD_SOURCE
from .test_review_window import open_misread


def open_clean_report(window, empty: bool) -> None:
    """A report without errors, with or without empty cells."""
    model = window.queue.model
    for row in range(model.rowCount()):
        window.queue.select_row(row)
        state = window.session.state
        if not state.open_errors and bool(window.service.empty_cells(state)) == empty:
            return
    raise AssertionError("no such report in the test store")


def test_approving_opens_the_next_report_that_needs_work_and_counts_progress(window):
    open_clean_report(window, empty=False)
    approved = window.session.report_id
    total = window.queue.model.rowCount()
    window.act_approve.trigger()
    assert window.session.report_id != approved
    assert window.session.state.summary.status in ("new", "in_review")
    assert window.queue.progress.text() == f"已批准 1 / {total}"


def test_approving_a_report_with_empty_cells_asks_and_records_the_confirmation(window, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answer[0])
    open_clean_report(window, empty=True)
    report = window.session.report_id
    empty = window.service.empty_cells(window.session.state)
    window.act_approve.trigger()
    assert window.service.open(report).summary.status != "approved"  # the reviewer said no
    assert str(sum(empty.values())) in asked[0] and all(table in asked[0] for table in empty)
    answer[0] = QMessageBox.StandardButton.Yes
    window.queue.select_row(window.queue.model.row_of(report))
    window.act_approve.trigger()
    assert window.service.open(report).summary.status == "approved"
    [entry] = [e for e in window.service.history(report) if e.action == "status" and e.new == "approved"]
    assert "确认空单元格" in entry.note and "共" in entry.note


def test_f8_wraps_round_to_the_top_of_the_queue(window):
    window.queue.view.sortByColumn(ERRORS, Qt.SortOrder.DescendingOrder)
    assert window.queue.model.summary_at(0).source == MISREAD_SOURCE  # the only report with errors
    window.queue.select_row(window.queue.model.rowCount() - 1)
    window.act_next_error.trigger()
    assert window.session.state.summary.source == MISREAD_SOURCE
    assert window.findings.current_line().open_error


def test_the_last_report_table_and_queue_order_come_back_at_the_next_start(open_window, review_db):
    window = open_window(review_db)
    open_misread(window)
    window.tables.show_table("appeals")
    window.queue.view.sortByColumn(YEAR, Qt.SortOrder.DescendingOrder)
    window.close()
    again = open_window(review_db)
    assert again.session.state.summary.source == MISREAD_SOURCE
    assert again.tables.current_table_id() == "appeals"
    assert again.queue.sort_state() == (YEAR, Qt.SortOrder.DescendingOrder)


def choose_problem(window, key: str) -> None:
    combo = window.queue.problem
    combo.setCurrentIndex(combo.findData(key))


def queue_sources(window) -> list[str]:
    model = window.queue.model
    return [model.summary_at(r).source for r in range(model.rowCount())]


def test_the_queue_filters_by_kind_of_problem_and_by_decision(window):
    total = window.queue.model.rowCount()
    choose_problem(window, "arithmetic")
    assert queue_sources(window) == [MISREAD_SOURCE]
    choose_problem(window, "source_error")
    assert queue_sources(window) == []
    choose_problem(window, None)
    assert window.queue.model.rowCount() == total
    open_misread(window)
    window.session.next_open_error()
    assert window.findings.select_same_rule() >= 1
    window.findings.note.setText("原报告如此")
    window.act_source_error.trigger()
    choose_problem(window, "source_error")
    assert queue_sources(window) == [MISREAD_SOURCE]
    assert "原报告错误" in window.queue.problem.currentText()
