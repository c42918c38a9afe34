"""What a decision means: 已更正 only after an edit, a reason for the others, several at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.review import ReviewError, ReviewService
from tests.review.fakes import write_report

ROWS = ("new_received", "granted")


@pytest.fixture
def two_errors_id(service: ReviewService, tmp_path: Path, gold) -> int:
    """A report whose row totals of 一 and 三(一) are each one too high: two error findings."""
    record = gold[1]
    fields = {f"requests.{row}.total": (record.fields[f"requests.{row}.total"] or 0) + 1 for row in ROWS}
    return service.import_paths([write_report(tmp_path, record.source, record, fields=fields)]).report_ids[0]


def error_ids(service: ReviewService, report_id: int) -> list[str]:
    state = service.open(report_id)
    return [fid for f, fid in zip(state.findings, state.finding_ids, strict=True) if f.severity == "error"]


def test_several_findings_take_one_decision_and_note_together(service: ReviewService, two_errors_id: int) -> None:
    ids = error_ids(service, two_errors_id)
    assert len(ids) == 2
    state = service.decide_many(two_errors_id, ids, "source_error", "原报告两处合计都印错")
    assert {fid: (d.decision, d.note) for fid, d in state.decisions.items()} == {
        fid: ("source_error", "原报告两处合计都印错") for fid in ids}
    assert state.summary.errors == 0
    state = service.restore_decisions(two_errors_id, {fid: (None, "") for fid in ids})
    assert state.decisions == {} and state.summary.errors == 2


def test_one_refused_finding_leaves_all_of_them_undecided(service: ReviewService, two_errors_id: int) -> None:
    ids = error_ids(service, two_errors_id)
    with pytest.raises(ReviewError, match="不存在"):
        service.decide_many(two_errors_id, [ids[0], "row_total@nothing"], "dismissed", "看过了")
    assert service.open(two_errors_id).decisions == {}


@pytest.mark.parametrize("decision", ["source_error", "dismissed"])
def test_keeping_a_failing_number_needs_a_reason(service: ReviewService, two_errors_id: int, decision: str) -> None:
    fid = error_ids(service, two_errors_id)[0]
    with pytest.raises(ReviewError, match="必须填写处理说明"):
        service.decide(two_errors_id, fid, decision, "  ")
    assert service.decide(two_errors_id, fid, decision, "原文如此").decisions[fid].decision == decision


def test_fixed_needs_an_edit_of_a_cell_the_finding_names(service: ReviewService, two_errors_id: int, gold) -> None:
    state = service.open(two_errors_id)
    fid = error_ids(service, two_errors_id)[0]
    with pytest.raises(ReviewError, match="都没有修改过"):
        service.decide(two_errors_id, fid, "fixed")
    finding = state.findings[state.finding_ids.index(fid)]
    part = finding.cells[-1]  # an edit that does not satisfy the rule yet: the finding stays
    state = service.set_cells(two_errors_id, {part: (state.record.fields[part] or 0) + 1})
    assert fid in state.finding_ids
    assert service.decision_refusal(state, fid, "fixed") is None
    assert service.decide(two_errors_id, fid, "fixed").decisions[fid].decision == "fixed"


def test_an_edit_taken_back_is_no_correction(service: ReviewService, two_errors_id: int) -> None:
    state = service.open(two_errors_id)
    fid = error_ids(service, two_errors_id)[0]
    finding = state.findings[state.finding_ids.index(fid)]
    part = finding.cells[-1]
    old = state.record.fields[part]
    service.set_cells(two_errors_id, {part: (old or 0) + 1})
    state = service.set_cells(two_errors_id, {part: old}, note="撤销")  # what undo writes
    assert state.provenance[part].how == "edited"
    assert service.decision_refusal(state, fid, "fixed") is not None
    assert service.cells_to_correct(state, [fid]) == list(finding.cells)


def test_cells_to_correct_are_those_of_findings_without_a_corrected_cell(
        service: ReviewService, two_errors_id: int) -> None:
    state = service.open(two_errors_id)
    first, second = (state.findings[state.finding_ids.index(fid)] for fid in error_ids(service, two_errors_id))
    ids = error_ids(service, two_errors_id)
    assert service.cells_to_correct(state, ids) == [*first.cells, *second.cells]
    state = service.set_cells(two_errors_id, {first.cells[0]: (state.record.fields[first.cells[0]] or 0) + 5})
    assert service.cells_to_correct(state, ids) == list(second.cells)


def test_correct_writes_the_values_and_decides_in_one_step(service: ReviewService, two_errors_id: int) -> None:
    state = service.open(two_errors_id)
    fid = error_ids(service, two_errors_id)[0]
    finding = state.findings[state.finding_ids.index(fid)]
    total, old = finding.cells[-1], state.record.fields[finding.cells[-1]]
    part = finding.cells[0]
    # An edit that does not satisfy the rule: the finding stays and is recorded as corrected.
    state = service.correct(two_errors_id, [fid], {part: (state.record.fields[part] or 0) + 3}, "表格错位")
    assert (state.decisions[fid].decision, state.decisions[fid].note) == ("fixed", "表格错位")
    assert state.provenance[part].how == "edited"
    assert "已更正" in service.history(two_errors_id, part)[-1].note
    # Undo puts the value and the decision back together.
    state = service.restore(two_errors_id, {part: service.open(two_errors_id).machine[part]}, {fid: (None, "")})
    assert fid not in state.decisions and state.summary.errors == 2
    # An edit that satisfies the rule resolves the finding: nothing is left to decide for it.
    state = service.correct(two_errors_id, [fid], {total: (old or 0) - 1})
    assert fid not in state.finding_ids and state.summary.errors == 1


def test_a_refused_correction_changes_nothing(service: ReviewService, two_errors_id: int) -> None:
    state = service.open(two_errors_id)
    first, second = error_ids(service, two_errors_id)
    finding = state.findings[state.finding_ids.index(first)]
    part = finding.cells[0]
    with pytest.raises(ReviewError, match="都没有修改过"):  # the second finding got no correction
        service.correct(two_errors_id, [first, second], {part: (state.record.fields[part] or 0) + 3})
    with pytest.raises(ReviewError, match="不是这条问题涉及的单元格"):
        service.correct(two_errors_id, [first], {"appeals.review.upheld": 1})
    with pytest.raises(ReviewError, match="没有修改任何单元格"):
        service.correct(two_errors_id, [first], {})
    after = service.open(two_errors_id)
    assert after.record.fields == state.record.fields and after.decisions == {}
    assert all(origin.how != "edited" for origin in after.provenance.values())


def test_approval_of_a_report_with_empty_cells_needs_a_confirmation_kept_in_history(
        service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    blank = {"requests.granted.research": None, "appeals.review.upheld": None}
    report_id = service.import_paths([write_report(tmp_path, record.source, record, fields=blank)]).report_ids[0]
    state = service.open(report_id)
    assert service.empty_cells(state) == {"表三": 1, "表四": 1}
    with pytest.raises(ReviewError, match="空单元格（表三 1 格、表四 1 格，共 2 格）"):
        service.approve(report_id)
    assert service.approve(report_id, empty_confirmed=True).summary.status == "approved"
    assert service.history(report_id)[-1].note == "审核人确认空单元格：表三 1 格、表四 1 格，共 2 格"


def test_a_correction_typed_over_a_value_someone_changed_meanwhile_is_refused(
        service: ReviewService, two_errors_id: int) -> None:
    from app.review import ConflictError

    state = service.open(two_errors_id)
    fid = error_ids(service, two_errors_id)[0]
    finding = state.findings[state.finding_ids.index(fid)]
    part = finding.cells[0]
    seen = {part: state.record.fields[part]}
    service.set_cells(two_errors_id, {part: (seen[part] or 0) + 7})  # another reviewer, meanwhile
    with pytest.raises(ConflictError) as refused:
        service.correct(two_errors_id, [fid], {part: (seen[part] or 0) + 3}, "表格错位", expected=seen)
    assert refused.value.state is not None and refused.value.state.record.fields[part] == (seen[part] or 0) + 7
    assert fid not in service.open(two_errors_id).decisions
