"""The reviewer's window on a real store: choose, edit, undo, decide, approve, follow provenance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QInputDialog, QLineEdit

from app.gui import roles
from app.review import ReviewService
from app.store import Store

from .conftest import MISREAD_KEY, MISREAD_SOURCE, MISREAD_VALUE, REVIEWER

NATURAL_PERSON = "requests.granted.natural_person"


def open_misread(window):
    assert window.select_source(MISREAD_SOURCE)
    assert window.session.state.summary.source == MISREAD_SOURCE
    return window.session.state


def cell(window, key):
    view = next(v for v in window.tables.views() if v.record_model().index_for_key(key).isValid())
    return view, view.record_model().index_for_key(key)


def error_rules(window) -> list[str]:
    return [f.rule for f in window.session.state.findings if f.severity == "error"]


def type_into(qtbot, window, key: str, digits: str) -> None:
    """Types over a cell as a reviewer does: the first key opens the editor, Enter commits."""
    assert window.tables.select_key(key)
    view, _ = cell(window, key)
    qtbot.keyClicks(view, digits[0])
    editor = view.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, digits[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def stored_value(window, key):
    with Store(window.service.store.path, read_only=True) as store:
        return store.load(window.session.report_id).record.fields[key]


def test_queue_lists_every_report_with_chinese_status(window):
    model = window.queue.model
    assert model.rowCount() == 5
    assert {model.index(r, 2).data() for r in range(5)} == {"待审"}
    assert window.session.state is not None  # the first report opens by itself


def test_selecting_a_report_shows_its_tables_findings_and_text(window):
    state = open_misread(window)
    _, index = cell(window, MISREAD_KEY)
    assert index.data() == str(MISREAD_VALUE)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == roles.ERROR_BG
    assert set(error_rules(window)) == {"row_total", "outcome_total"}
    assert window.findings.model.rowCount() == len(state.findings)
    assert window.source.toPlainText() == state.text
    summary = window.queue.model.summary_at(window.queue.model.row_of(state.summary.id))
    assert summary.errors == 2  # the queue's counts follow the fresh findings


def test_typing_over_a_cell_saves_revalidates_and_moves_down(qtbot, window):
    open_misread(window)
    type_into(qtbot, window, MISREAD_KEY, "38")
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    view, index = cell(window, MISREAD_KEY)
    assert error_rules(window) == []
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == roles.EDITED_BG
    assert view.currentIndex().row() == index.row() + 1  # Enter moved down
    assert window.queue.model.summary_at(window.queue.view.currentIndex().row()).errors == 0
    assert stored_value(window, MISREAD_KEY) == 38  # saved at once, before anything else happens
    assert window.session.state.summary.status == "in_review"


def test_undo_and_redo_go_through_the_store(qtbot, window):
    open_misread(window)
    type_into(qtbot, window, MISREAD_KEY, "38")
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    window.act_undo.trigger()
    assert window.session.state.record.fields[MISREAD_KEY] == MISREAD_VALUE
    assert stored_value(window, MISREAD_KEY) == MISREAD_VALUE
    assert "outcome_total" in error_rules(window)
    window.act_redo.trigger()
    assert stored_value(window, MISREAD_KEY) == 38


def test_undo_stacks_are_per_report(qtbot, window):
    open_misread(window)
    type_into(qtbot, window, MISREAD_KEY, "38")
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    window.act_next.trigger()
    assert window.session.state.summary.source != MISREAD_SOURCE
    assert not window.act_undo.isEnabled()
    window.act_previous.trigger()
    assert window.act_undo.isEnabled()


def test_a_bad_entry_is_refused_with_a_message_and_nothing_saved(qtbot, window):
    open_misread(window)
    view, index = cell(window, MISREAD_KEY)
    assert not view.record_model().setData(index, "abc")
    assert "不是整数" in window.statusBar().currentMessage()
    assert stored_value(window, MISREAD_KEY) == MISREAD_VALUE


def test_suggested_fix_is_one_undoable_action(window):
    open_misread(window)
    window.findings.select_row(window.findings.model.next_open_error(-1))
    window.act_suggest.trigger()
    assert window.session.state.record.fields[MISREAD_KEY] == 38
    assert error_rules(window) == []
    window.act_undo.trigger()
    assert window.session.state.record.fields[MISREAD_KEY] == MISREAD_VALUE


def test_paste_from_a_spreadsheet_and_delete_are_single_edits(window):
    open_misread(window)
    view, _ = cell(window, NATURAL_PERSON)
    window.tables.select_key(NATURAL_PERSON)
    QGuiApplication.clipboard().setText("30\t2\r\n5\t6\r\n")
    view.keyPressEvent(_key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier))
    fields = window.session.state.record.fields
    assert (fields[NATURAL_PERSON], fields["requests.granted.commercial"]) == (30, 2)
    assert fields["requests.partially_granted.natural_person"] == 5
    window.act_undo.trigger()  # the whole block in one step
    assert window.session.state.record.fields[NATURAL_PERSON] == 37
    assert window.session.state.record.fields["requests.partially_granted.natural_person"] == 10
    window.tables.select_key(NATURAL_PERSON)
    view.keyPressEvent(_key(Qt.Key.Key_Delete))
    assert window.session.state.record.fields[NATURAL_PERSON] is None


def _key(key, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers)


def test_approval_is_refused_until_every_error_is_decided(window, refusals):
    open_misread(window)
    window.act_approve.trigger()
    assert refusals and "错误未处理" in refusals[-1]
    assert window.session.state.summary.status != "approved"
    while window.session.next_open_error():
        window.findings.note.setText("原表如此")
        window.act_source_error.trigger()
    assert window.queue.model.summary_at(window.queue.view.currentIndex().row()).errors == 0
    decided = [line for line in (window.findings.model.line(r) for r in range(window.findings.model.rowCount()))
               if line.decision]
    assert {d.decision.note for d in decided} == {"原表如此"}
    window.act_approve.trigger()
    misread = window.queue.model.summary_at(window.queue.model.row_of_source(MISREAD_SOURCE))
    assert misread.status == "approved"
    open_misread(window)  # approving moved on to the next report
    _, index = cell(window, MISREAD_KEY)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable  # approved records are read-only
    window.act_reopen.trigger()
    assert window.session.state.summary.status == "in_review"
    assert cell(window, MISREAD_KEY)[1].flags() & Qt.ItemFlag.ItemIsEditable


def test_reject_asks_for_a_reason(window, monkeypatch):
    open_misread(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("表格缺页", True))
    window.act_reject.trigger()
    assert window.session.state.summary.status == "rejected"
    assert "表格缺页" in window.report_title.text()
    assert window.queue.model.index(window.queue.view.currentIndex().row(), 2).data() == "已退回"


def test_decision_can_be_undone(window):
    open_misread(window)
    window.session.next_open_error()
    window.findings.note.setText("核对过原表")
    window.act_dismissed.trigger()
    assert window.session.state.decisions
    window.act_undo.trigger()
    assert not window.session.state.decisions


def test_provenance_cell_to_text_and_text_to_cell(window):
    state = open_misread(window)
    origin = state.provenance[NATURAL_PERSON]
    window.tables.select_key(NATURAL_PERSON)
    assert window.source.highlighted_span() == (origin.start, origin.end)
    assert state.text[origin.start:origin.end] == "37"

    total = state.provenance[MISREAD_KEY]
    cursor = window.source.textCursor()
    cursor.setPosition(total.start + 1)
    window.source.setTextCursor(cursor)  # as a click on the printed 38 does
    assert window.tables.current_key() == MISREAD_KEY
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.source.setTextCursor(cursor)  # text that became no cell changes nothing
    assert window.tables.current_key() == MISREAD_KEY


def test_f8_walks_the_open_errors_and_selects_their_cells(window):
    open_misread(window)
    assert window.session.next_open_error()
    first = window.findings.current_line()
    assert first.open_error and window.tables.current_key() in first.finding.cells
    window.session.next_open_error()
    assert window.findings.current_line() != first


def test_machine_value_shown_beside_a_correction(qtbot, window):
    open_misread(window)
    window.session.set_cells({MISREAD_KEY: 38})
    _, index = cell(window, MISREAD_KEY)
    assert str(MISREAD_VALUE) in index.data(Qt.ItemDataRole.ToolTipRole)
    window.act_machine.setChecked(True)
    assert index.data() == f"38（原 {MISREAD_VALUE}）"


def test_every_edit_survives_closing_the_window(qtbot, window, review_db):
    report_id = open_misread(window).summary.id
    type_into(qtbot, window, MISREAD_KEY, "38")
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    window.session.next_open_error()
    window.findings.select_row(0)
    window.act_fixed.trigger()
    window.close()
    with Store(review_db) as store:
        state = ReviewService(store, REVIEWER).open(report_id)
    assert state.record.fields[MISREAD_KEY] == 38
    assert state.provenance[MISREAD_KEY].how == "edited"
    assert [e.reviewer for e in store_history(review_db, report_id, MISREAD_KEY)] == [REVIEWER]


def store_history(path, report_id, key):
    with Store(path) as store:
        return [e for e in store.history(report_id, key) if e.action == "edit"]


def test_cell_history_and_shortcut_sheet(window, monkeypatch):
    from app.gui import dialogs

    open_misread(window)
    window.session.set_cells({MISREAD_KEY: 38})
    window.tables.select_key(MISREAD_KEY)
    shown = []
    monkeypatch.setattr(dialogs.TwoColumnDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_history.trigger()
    table = shown[-1].table
    assert table.rowCount() == 1 and table.item(0, 1).text() == REVIEWER
    assert table.item(0, 3).text() == f"{MISREAD_VALUE} → 38"
    window.act_shortcuts.trigger()
    sheet = shown[-1].table
    keys = {key for r in range(sheet.rowCount()) for key in sheet.item(r, 0).text().split(" / ")}
    assert {"F8", "Ctrl+Z", "Enter", "Delete"} <= keys


def test_tab_commits_and_moves_right(qtbot, window):
    open_misread(window)
    assert window.tables.select_key(NATURAL_PERSON)
    view, index = cell(window, NATURAL_PERSON)
    qtbot.keyClicks(view, "3")
    editor = view.findChild(QLineEdit)
    qtbot.keyClicks(editor, "6")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.session.state.record.fields[NATURAL_PERSON] == 36)
    assert view.currentIndex().column() == index.column() + 1


def test_agency_and_year_can_be_corrected(window, monkeypatch):
    from app.gui import dialogs

    open_misread(window)

    def fill(dialog):
        dialog.agency.setText("庆元县人民政府")
        dialog.year.setValue(2021)
        return 1

    monkeypatch.setattr(dialogs.ReportInfoDialog, "exec", fill)
    window.act_info.trigger()
    assert (window.session.state.record.agency, window.session.state.record.year) == ("庆元县人民政府", 2021)
    assert window.queue.model.index(window.queue.view.currentIndex().row(), 0).data() == "庆元县人民政府"


def test_f8_moves_on_to_the_next_report_with_errors(window):
    window.queue.select_row(0)
    assert window.session.state.summary.source != MISREAD_SOURCE
    while window.findings.model.next_open_error(-1) >= 0:  # errors of this report, if any, first
        window.session.next_open_error()
        window.findings.note.setText("核对过原表")
        window.act_dismissed.trigger()
    window.act_next_error.trigger()
    assert window.session.state.summary.source == MISREAD_SOURCE
    assert window.findings.current_line().open_error
