"""已更正 chosen while no cell the finding names was corrected: the window asks for the corrected
values (saved with the decision as one undo step), offers the other decisions, and a cancel
changes nothing. Whether a cell counts as corrected is the review service's judgement."""

from __future__ import annotations

from app.gui.correction_dialog import CorrectionDialog

from .conftest import MISREAD_KEY, MISREAD_VALUE
from .test_bulk_decisions import error_rows, select_rows
from .test_review_window import open_misread


def answer(monkeypatch, reply) -> list[CorrectionDialog]:
    """Stands in for the reviewer at the dialog: `reply(dialog)` types and clicks; exec returns
    what the click made of it (no nested event loop runs offscreen)."""
    shown: list[CorrectionDialog] = []

    def run(dialog: CorrectionDialog) -> int:
        shown.append(dialog)
        reply(dialog)
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", run)
    return shown


def undo_steps(window) -> int:
    return window.session.undo_group.activeStack().count()


def test_fixed_without_a_correction_asks_for_the_value_and_saves_both_as_one_undo_step(window, monkeypatch, refusals):
    open_misread(window)
    window.findings.select_row(error_rows(window)[0])
    steps = undo_steps(window)

    def correct(dialog: CorrectionDialog) -> None:
        assert dialog.editors[MISREAD_KEY].text() == str(MISREAD_VALUE)  # today's value, ready to type over
        assert not dialog.fixed_button.isEnabled()  # nothing corrected yet
        dialog.set_text(MISREAD_KEY, "38")
        dialog.fixed_button.click()

    shown = answer(monkeypatch, correct)
    window.act_fixed.trigger()
    assert len(shown) == 1 and not refusals
    state = window.session.state
    assert state.record.fields[MISREAD_KEY] == 38 and state.provenance[MISREAD_KEY].how == "edited"
    assert state.summary.errors == 0  # 38 satisfies both sums: nothing left to decide
    assert undo_steps(window) == steps + 1
    window.act_undo.trigger()
    state = window.session.state
    assert state.record.fields[MISREAD_KEY] == MISREAD_VALUE and state.summary.errors == 2
    assert state.decisions == {}
    window.act_redo.trigger()
    assert window.session.state.record.fields[MISREAD_KEY] == 38


def test_a_correction_that_leaves_the_rule_failing_is_recorded_as_fixed_with_the_note(window, monkeypatch):
    open_misread(window)
    select_rows(window, error_rows(window))  # both sums name the misread total
    window.findings.note.setText("合计看错了一位")
    listed: list[list[str]] = []

    def correct(dialog: CorrectionDialog) -> None:
        listed.append(list(dialog.editors))
        assert dialog.note_text() == "合计看错了一位"  # the note under the list comes along
        dialog.set_text(MISREAD_KEY, "40")  # still wrong: both findings stay, now corrected
        dialog.fixed_button.click()

    answer(monkeypatch, correct)
    window.act_fixed.trigger()
    assert MISREAD_KEY in listed[0] and len(listed[0]) == len(set(listed[0]))  # each cell once
    decisions = window.session.state.decisions
    assert {(d.decision, d.note) for d in decisions.values()} == {("fixed", "合计看错了一位")}
    assert len(decisions) == 2
    assert window.findings.note.text() == ""
    window.act_undo.trigger()  # one step takes back the value and both decisions
    state = window.session.state
    assert state.decisions == {} and state.record.fields[MISREAD_KEY] == MISREAD_VALUE


def test_cancelling_the_question_changes_nothing(window, monkeypatch, refusals):
    before = open_misread(window)
    window.findings.select_row(error_rows(window)[0])
    steps = undo_steps(window)

    def cancel(dialog: CorrectionDialog) -> None:
        dialog.set_text(MISREAD_KEY, "38")
        dialog.reject()

    answer(monkeypatch, cancel)
    window.act_fixed.trigger()
    state = window.session.state
    assert state.record.fields == before.record.fields and state.decisions == {}
    assert undo_steps(window) == steps and not refusals


def test_another_decision_can_be_taken_from_the_question(window, monkeypatch):
    open_misread(window)
    window.findings.select_row(error_rows(window)[0])

    def source_error(dialog: CorrectionDialog) -> None:
        dialog.source_error_button.click()  # without a reason: the dialog stays and says so
        assert dialog.choice is None and "理由" in dialog.message.text()
        dialog.note.setText("原报告合计印错")
        dialog.source_error_button.click()

    answer(monkeypatch, source_error)
    window.act_fixed.trigger()
    [decision] = window.session.state.decisions.values()
    assert (decision.decision, decision.note) == ("source_error", "原报告合计印错")
    assert window.session.state.record.fields[MISREAD_KEY] == MISREAD_VALUE


def test_the_question_checks_what_is_typed_and_shows_the_suggestion(window, monkeypatch):
    open_misread(window)
    window.findings.select_row(error_rows(window)[0])
    seen: list[str] = []

    def typed(dialog: CorrectionDialog) -> None:
        texts = [label.text() for label in dialog.findChildren(type(dialog.message))]
        seen.extend(texts)
        dialog.set_text(MISREAD_KEY, "-1")
        assert not dialog.fixed_button.isEnabled() and "负数" in dialog.message.text()
        dialog.set_text(MISREAD_KEY, "３８")  # full-width digits from a Chinese input method
        assert dialog.fixed_button.isEnabled() and dialog.changes() == {MISREAD_KEY: 38}
        dialog.reject()

    answer(monkeypatch, typed)
    window.act_fixed.trigger()
    assert any("建议 38" in text for text in seen)


def test_fixed_after_a_correction_is_recorded_without_asking(window, monkeypatch):
    open_misread(window)
    line = window.findings.model.line(error_rows(window)[0])
    part = next(k for k in line.finding.cells if k != MISREAD_KEY)
    window.session.set_cells({part: (window.session.state.record.fields[part] or 0) + 2})  # still no sum
    assert line.finding_id in window.session.state.finding_ids
    window.findings.select_row(window.findings.model.row_of(line.finding_id))
    shown = answer(monkeypatch, lambda dialog: dialog.reject())
    window.act_fixed.trigger()
    assert not shown
    assert {fid: d.decision for fid, d in window.session.state.decisions.items()} == {line.finding_id: "fixed"}
