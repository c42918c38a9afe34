"""The same agency and year imported twice: marked, explained, and settled by the reviewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.review import ReviewError, ReviewService
from tests.review.fakes import write_report


@pytest.fixture
def two_copies(service: ReviewService, tmp_path: Path, gold) -> tuple[int, int]:
    record = gold[1]
    paths = [write_report(tmp_path, "庆元县年报.htm", record), write_report(tmp_path, "庆元县年报.docx", record)]
    paths[1].write_text(paths[1].read_text(encoding="utf-8") + "\n", encoding="utf-8")  # other bytes, same report
    ids = service.import_paths(paths).report_ids
    assert len(ids) == 2
    return ids[0], ids[1]


def duplicate_findings(service: ReviewService, report_id: int):
    state = service.open(report_id)
    return [(f, fid) for f, fid in zip(state.findings, state.finding_ids, strict=True) if f.rule == "duplicate"]


def test_both_copies_are_marked_and_each_names_the_other(service: ReviewService, two_copies) -> None:
    first, second = two_copies
    assert service.duplicate_ids() == {first, second}
    [(finding, _)] = duplicate_findings(service, first)
    assert finding.severity == "warning" and "庆元县年报.docx" in finding.message
    assert "只保留这一份" in finding.message and "不是错误" in finding.message


def test_keeping_one_sends_the_other_back_and_clears_the_mark(service: ReviewService, two_copies) -> None:
    first, second = two_copies
    service.keep_only(first)
    other = service.open(second).summary
    assert other.status == "rejected" and "庆元县年报.htm" in other.status_reason
    assert service.duplicate_ids() == set() and duplicate_findings(service, first) == []
    with pytest.raises(ReviewError, match="没有重复"):
        service.keep_only(first)


def test_keeping_both_is_a_decision_with_its_reason(service: ReviewService, two_copies) -> None:
    first, _ = two_copies
    [(_, fid)] = duplicate_findings(service, first)
    state = service.decide(first, fid, "dismissed", "一份是正式版，一份是修订版")
    assert state.decisions[fid].note == "一份是正式版，一份是修订版"
