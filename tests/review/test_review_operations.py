from __future__ import annotations

from pathlib import Path

import pytest

from app.review import ReviewError, ReviewService
from tests.review.fakes import RuleSet, broken_row_total, write_report

TOTAL = "requests.new_received.total"


@pytest.fixture
def broken_id(service: ReviewService, tmp_path: Path, gold) -> int:
    """A report whose row total of 一 is off by one: one error finding with a suggestion."""
    record = gold[1]
    summary = service.import_paths([write_report(tmp_path, record.source, record, **broken_row_total(record))])
    return summary.report_ids[0]


def test_editing_a_cell_saves_value_history_provenance_and_counts(service: ReviewService, broken_id: int,
                                                                  gold) -> None:
    right = gold[1].fields[TOTAL]
    state = service.set_cells(broken_id, {TOTAL: right}, note="按原文更正")
    assert state.record.fields[TOTAL] == right and state.machine[TOTAL] == right + 1
    assert state.provenance[TOTAL].how == "edited"
    assert state.summary.status == "in_review" and state.summary.errors == 0
    [edit] = service.history(broken_id, TOTAL)
    assert (edit.old, edit.new, edit.reviewer, edit.note) == (right + 1, right, "审核员甲", "按原文更正")


def test_values_that_are_not_whole_counts_or_unknown_keys_are_refused(service: ReviewService,
                                                                      broken_id: int) -> None:
    with pytest.raises(ReviewError, match="整数"):
        service.set_cells(broken_id, {TOTAL: 2.5})
    with pytest.raises(ReviewError, match="不是数字"):
        service.set_cells(broken_id, {TOTAL: "12"})
    with pytest.raises(ReviewError, match="没有单元格"):
        service.set_cells(broken_id, {"requests.nothing.total": 1})
    assert service.history(broken_id, TOTAL) == []


def test_the_service_refuses_a_negative_count(service: ReviewService, broken_id: int) -> None:
    with pytest.raises(ReviewError, match="件数不能为负数"):
        service.set_cells(broken_id, {TOTAL: -3})
    assert service.history(broken_id, TOTAL) == []


def test_applying_a_suggestion_fixes_the_finding(service: ReviewService, broken_id: int, gold) -> None:
    [finding] = service.open(broken_id).open_errors
    state = service.apply_suggestion(broken_id, finding)
    assert state.record.fields[TOTAL] == gold[1].fields[TOTAL] and state.open_errors == []
    assert "采用建议" in service.history(broken_id, TOTAL)[0].note


def test_approval_is_refused_while_an_error_has_no_decision(service: ReviewService, broken_id: int) -> None:
    with pytest.raises(ReviewError, match="1 个错误未处理"):
        service.approve(broken_id)
    state = service.open(broken_id)
    [fid] = [i for f, i in zip(state.findings, state.finding_ids, strict=True) if f.severity == "error"]
    state = service.decide(broken_id, fid, "source_error", "原报告合计印错")
    assert state.decisions[fid].label == "原报告错误" and state.summary.errors == 0
    state = service.approve(broken_id)
    assert state.summary.status == "approved" and state.locked
    assert state.summary.decided_by == "审核员甲" and state.summary.decided_at


def test_an_approved_report_is_locked_until_reopened(service: ReviewService, tmp_path: Path, gold) -> None:
    report_id = service.import_paths([write_report(tmp_path, "a.txt", gold[1])]).report_ids[0]
    service.approve(report_id)
    with pytest.raises(ReviewError, match="已锁定"):
        service.set_cells(report_id, {TOTAL: 1})
    with pytest.raises(ReviewError, match="已批准"):
        service.approve(report_id)
    state = service.reopen(report_id)
    assert state.summary.status == "in_review" and not state.locked
    assert service.set_cells(report_id, {TOTAL: 1}).record.fields[TOTAL] == 1


def test_rejecting_needs_a_reason_and_can_be_reopened(service: ReviewService, broken_id: int) -> None:
    with pytest.raises(ReviewError, match="原因"):
        service.reject(broken_id, "  ")
    state = service.reject(broken_id, "不是年度报告")
    assert (state.summary.status, state.summary.status_reason) == ("rejected", "不是年度报告")
    with pytest.raises(ReviewError, match="重新打开"):
        service.approve(broken_id)
    assert service.reopen(broken_id).summary.status == "in_review"
    with pytest.raises(ReviewError, match="无需重新打开"):
        service.reopen(broken_id)


def test_decisions_can_be_withdrawn_and_unknown_ones_are_refused(service: ReviewService, broken_id: int) -> None:
    state = service.open(broken_id)
    fid = state.finding_ids[0]
    with pytest.raises(ReviewError, match="未知"):
        service.decide(broken_id, fid, "ignored")
    with pytest.raises(ReviewError, match="不存在"):
        service.decide(broken_id, "row_total@nothing", "dismissed")
    service.decide(broken_id, fid, "dismissed", "看过原文")
    assert service.decide(broken_id, fid, None).decisions == {}
    assert service.open(broken_id).summary.errors == 1


def test_approve_clean_approves_only_reports_without_open_errors(service: ReviewService, reports_dir: Path,
                                                                 gold) -> None:
    write_report(reports_dir, gold[1].source, gold[1], **broken_row_total(gold[1]))
    service.import_paths([reports_dir])
    assert service.approve_clean() == len(gold) - 1
    [left] = service.reports(("new", "in_review"))
    assert left.source == gold[1].source
    approved = service.reports("approved")
    assert all(s.decided_by == "审核员甲" and s.decided_at for s in approved)
    assert service.approve_clean() == 0


def test_the_cross_year_check_gets_last_years_record(service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    this_year = service.import_paths([write_report(tmp_path, "this.txt", record)]).report_ids[0]
    assert "cross_year" not in [f.rule for f in service.open(this_year).findings]
    last = {"year": record.year - 1, "fields": {"requests.carried_forward.total": 999}}
    service.import_paths([write_report(tmp_path, "last.txt", record, **last)])
    assert "cross_year" in [f.rule for f in service.open(this_year).findings]


def test_reviewer_defaults_to_the_login_name(store) -> None:
    assert ReviewService(store, validation=RuleSet).reviewer
