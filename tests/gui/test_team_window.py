"""The window among other reviewers: claimed reports read-only, refused stale edits, live refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.cli.main import main
from app.review import ReviewService
from app.store import Store

from .conftest import MISREAD_KEY, MISREAD_SOURCE, REVIEWER
from .test_flow import open_clean_report
from .test_review_window import cell, open_misread, stored_value, type_into


def _other(review_db, name: str = "乙") -> tuple[Store, ReviewService]:
    store = Store(review_db)
    return store, ReviewService(store, name)


def test_a_report_another_reviewer_has_open_is_read_only_and_named_in_the_queue(window, review_db) -> None:
    store, other = _other(review_db)
    with store:
        other.claim(store.id_by_name(MISREAD_SOURCE))
        window.refresh_from_store()
        state = open_misread(window)
        assert state.claimed_by == "乙" and state.read_only
        _, index = cell(window, MISREAD_KEY)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not window.act_approve.isEnabled()
        assert "由 乙 审核中" in window.report_title.text()
        row = window.queue.model.row_of(state.summary.id)
        status = window.queue.model.index(row, 2)
        assert status.data() == "乙"
        assert status.data(Qt.ItemDataRole.ToolTipRole).startswith("由 乙 审核中")
        window.queue.claim.setCurrentIndex(window.queue.claim.findData("unclaimed"))
        assert window.queue.model.row_of(state.summary.id) == -1


def test_opening_a_report_claims_it_for_the_windows_reviewer(window, review_db) -> None:
    state = open_misread(window)
    with Store(review_db) as store:
        assert store.claim_of(state.summary.id).reviewer == REVIEWER


def test_an_edit_on_a_value_changed_meanwhile_is_refused_and_the_new_value_shown(qtbot, window, review_db,
                                                                               refusals) -> None:
    window._watch.stop()  # the other reviewer saves between two of the window's looks at the store
    state = open_misread(window)
    store, other = _other(review_db)
    with store:
        other.release(state.summary.id)  # no lead list: anyone may release (the window's claim)
        other.set_cells(state.summary.id, {MISREAD_KEY: 38})
    type_into(qtbot, window, MISREAD_KEY, "37")
    qtbot.waitUntil(lambda: bool(refusals))  # the typed value is saved once the editor has closed
    assert refusals and "乙" in refusals[-1] and "改为 38" in refusals[-1]
    _, index = cell(window, MISREAD_KEY)
    assert index.data() == "38" and stored_value(window, MISREAD_KEY) == 38


def test_undo_does_not_overwrite_another_reviewers_newer_value(qtbot, window, review_db, refusals) -> None:
    window._watch.stop()
    state = open_misread(window)
    type_into(qtbot, window, MISREAD_KEY, "38")
    qtbot.waitUntil(lambda: window.session.state.record.fields[MISREAD_KEY] == 38)
    store, other = _other(review_db)
    with store:
        other.release(state.summary.id)
        other.set_cells(state.summary.id, {MISREAD_KEY: 40})
    window.act_undo.trigger()
    assert refusals and "改为 40" in refusals[-1]
    assert stored_value(window, MISREAD_KEY) == 40
    _, index = cell(window, MISREAD_KEY)
    assert index.data() == "40"


def test_the_window_shows_a_command_line_approval_within_seconds(qtbot, window, review_db) -> None:
    assert main(["approve", "--db", str(review_db), "--clean", "--reviewer", "组长"]) == 0
    with Store(review_db) as store:
        approved = {s.id for s in store.list_reports("approved")}
    assert approved
    model = window.queue.model

    def shown() -> bool:
        return all(model.summary_at(model.row_of(i)).status == "approved" for i in approved)

    qtbot.waitUntil(shown, timeout=5000)  # the window's own timer, not a call from the test


def test_under_four_eyes_the_windows_first_approval_is_the_first_review(window, review_db) -> None:
    from app.review import TeamSettings

    store, lead = _other(review_db, "组长")
    with store:
        lead.set_settings(TeamSettings(four_eyes=True))
    window.refresh_from_store()
    open_clean_report(window, empty=False)  # no empty cells to confirm first
    window.approve()
    state = window.session.state
    assert (state.summary.status, state.summary.first_reviewer) == ("in_review", REVIEWER)
    assert window.statusBar().currentMessage() == "初审完成，待另一位审核人复核"
    assert "测试员 已初审，待复核" in window.report_title.text()


def test_a_lead_releases_another_reviewers_claim_from_the_window(window, review_db, refusals) -> None:
    store, other = _other(review_db)
    with store:
        other.claim(store.id_by_name(MISREAD_SOURCE))
        window.refresh_from_store()
        state = open_misread(window)
        assert window.act_release.isEnabled()
        window.act_release.trigger()  # no leads listed: every reviewer may release
        assert window.session.state.claimed_by is None and not window.session.state.read_only
        assert store.claim_of(state.summary.id).reviewer == REVIEWER


def test_the_queue_count_tooltip_shows_each_reviewers_progress(window, review_db) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    store, other = _other(review_db)
    with store:
        other.claim(store.id_by_name(MISREAD_SOURCE))
    window.queue.eventFilter(window.queue.count, QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), QPoint(1, 1)))
    assert "乙：修改 0 份，待复核 0 份，已批准 0 份，正在审核 1 份" in window.queue.count.toolTip()


def test_the_window_stops_looking_for_others_changes_during_its_own_import(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from app.gui import transfer
    from tests.conftest import SEEDS

    during: list[bool] = []
    after: list[bool] = []
    monkeypatch.setattr(transfer, "show_import_summary", lambda summary, parent: None)
    monkeypatch.setattr(QProgressDialog, "setValue", lambda _dialog, _value: during.append(window._watch.isActive()))
    window.queue.reload = lambda: after.append(window._watch.isActive())  # the import's own reload
    summary = transfer.run_import(window, sorted(SEEDS.glob("*.txt"))[:2])
    assert summary is not None and summary.unchanged == 2
    assert during and not any(during)  # no reload every 2 s vying with the import thread
    assert after == [True]  # looking again once it ended
