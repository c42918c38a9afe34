"""Several reviewers on one store (each engine): no lost update, claims, four-eyes approval."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.export import export_approved
from app.review import ClaimedError, ConflictError, ReviewError, ReviewService, TeamSettings
from app.store import Store
from tests.review.fakes import RuleSet, json_extractor, write_report

TOTAL = "requests.new_received.total"
FREE = "active.regulations.issued"  # no rule of the test RuleSet reads it


class Clock:
    """Unix time the test moves forward (claims lapse after idle minutes)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def team(db_target: str, clock: Clock) -> Iterator[dict[str, ReviewService]]:
    """Three reviewers, each with their own connection to the same store."""
    stores = [Store(db_target, timer=clock) for _ in range(3)]
    yield {name: ReviewService(s, name, validation=RuleSet, extractor=json_extractor, workers=1)
           for name, s in zip(("甲", "乙", "组长"), stores, strict=True)}
    for s in stores:
        s.close()


@pytest.fixture
def report_id(team: dict[str, ReviewService], tmp_path: Path, gold) -> int:
    record = gold[1]
    return team["甲"].import_paths([write_report(tmp_path, record.source, record)]).report_ids[0]


def test_an_edit_on_a_value_another_reviewer_changed_is_refused_and_shows_the_new_value(team, report_id) -> None:
    seen = team["甲"].open(report_id).record.fields[TOTAL]
    team["乙"].set_cells(report_id, {TOTAL: seen + 5}, expected={TOTAL: seen})
    with pytest.raises(ConflictError, match="乙.*改为 .*没有保存") as refused:
        team["甲"].set_cells(report_id, {TOTAL: seen + 1}, expected={TOTAL: seen})
    assert refused.value.state.record.fields[TOTAL] == seen + 5
    assert [(e.reviewer, e.new) for e in team["甲"].history(report_id, TOTAL)] == [("乙", seen + 5)]


def test_undo_never_overwrites_someone_elses_newer_value(team, report_id) -> None:
    seen = team["甲"].open(report_id).record.fields[TOTAL]
    team["甲"].set_cells(report_id, {TOTAL: seen + 1}, expected={TOTAL: seen})
    team["乙"].set_cells(report_id, {TOTAL: seen + 2}, expected={TOTAL: seen + 1})
    # 甲's undo: back to what was there before, on the condition that its own value is still there.
    with pytest.raises(ConflictError):
        team["甲"].set_cells(report_id, {TOTAL: seen}, note="撤销", expected={TOTAL: seen + 1})
    assert team["甲"].open(report_id).record.fields[TOTAL] == seen + 2


def test_a_decision_changed_by_another_reviewer_is_not_overwritten(team, report_id, tmp_path: Path, gold) -> None:
    record = gold[2]
    broken = write_report(tmp_path, "broken.txt", record, fields={TOTAL: (record.fields[TOTAL] or 0) + 1})
    rid = team["甲"].import_paths([broken]).report_ids[0]
    finding_id = team["甲"].open(rid).finding_ids[0]
    team["乙"].decide(rid, finding_id, "source_error", "原表如此", expected=None)
    with pytest.raises(ConflictError, match="乙"):
        team["甲"].decide(rid, finding_id, "dismissed", "看过原文", expected=None)
    assert team["甲"].open(rid).decisions[finding_id].decision == "source_error"


def test_opening_claims_and_others_read_only_until_the_claim_lapses(team, report_id, clock: Clock) -> None:
    team["甲"].claim(report_id)
    state = team["乙"].open(report_id)
    assert state.claimed_by == "甲" and state.read_only
    assert team["乙"].claim(report_id).reviewer == "甲"
    [queued] = team["乙"].reports()
    assert queued.claimed_by == "甲"
    with pytest.raises(ClaimedError, match="由 甲 审核中"):
        team["乙"].set_cells(report_id, {TOTAL: 1})
    with pytest.raises(ClaimedError):
        team["乙"].approve(report_id)
    assert team["甲"].open(report_id).claimed_by is None  # the claimant itself may edit
    clock.now += 31 * 60  # the default idle time is 30 minutes
    assert team["乙"].open(report_id).claimed_by is None and team["乙"].reports()[0].claimed_by is None
    assert team["乙"].claim(report_id).reviewer == "乙"


def test_activity_keeps_a_claim_alive(team, report_id, clock: Clock) -> None:
    team["甲"].claim(report_id)
    seen = team["甲"].open(report_id).record.fields[TOTAL]
    clock.now += 20 * 60
    team["甲"].set_cells(report_id, {TOTAL: seen + 1})
    clock.now += 20 * 60  # 40 minutes after opening, 20 after the last edit
    assert team["乙"].open(report_id).claimed_by == "甲"


def test_only_a_lead_releases_someone_elses_claim(team, report_id) -> None:
    team["组长"].set_settings(TeamSettings(leads=("组长",)))
    team["甲"].claim(report_id)
    with pytest.raises(ReviewError, match="组长"):
        team["乙"].release(report_id)
    assert team["组长"].release(report_id)
    assert team["乙"].open(report_id).claimed_by is None


def test_queue_filters_mine_and_unclaimed_and_each_reviewers_progress(team, report_id, tmp_path, gold) -> None:
    other = team["甲"].import_paths([write_report(tmp_path, "other.txt", gold[2])]).report_ids[0]
    team["甲"].claim(report_id)
    assert [s.id for s in team["甲"].reports(claim="mine")] == [report_id]
    assert [s.id for s in team["乙"].reports(claim="mine")] == []
    assert [s.id for s in team["乙"].reports(claim="unclaimed")] == [other]
    seen = team["甲"].open(report_id).record.fields[TOTAL]
    team["甲"].set_cells(report_id, {TOTAL: seen + 1})
    team["乙"].approve(other, empty_confirmed=True)
    work = {w.reviewer: w for w in team["组长"].progress()}
    assert (work["甲"].edited, work["甲"].claims, work["乙"].approved) == (1, (report_id,), 1)


def test_four_eyes_approval_needs_a_second_reviewer_who_did_not_edit(team, report_id, tmp_path: Path) -> None:
    team["组长"].set_settings(TeamSettings(four_eyes=True))
    seen = team["甲"].open(report_id).record.fields[FREE]
    team["甲"].set_cells(report_id, {FREE: seen})  # unchanged: no edit recorded
    team["乙"].set_cells(report_id, {FREE: seen + 1})
    state = team["甲"].approve(report_id)  # 初审
    assert (state.summary.status, state.summary.first_reviewer) == ("in_review", "甲")
    with pytest.raises(ReviewError, match="另一位审核人"):
        team["甲"].approve(report_id)
    with pytest.raises(ReviewError, match="修改过此报告"):
        team["乙"].approve(report_id)
    state = team["组长"].approve(report_id)  # 复核
    assert (state.summary.status, state.summary.decided_by, state.summary.first_reviewer) == ("approved", "组长", "甲")
    out = tmp_path / "approved.csv"
    export_approved(team["组长"].store, out)
    text = out.read_text(encoding="utf-8-sig")
    header, row = text.splitlines()[:2]
    assert "审核人,初审人,修改人" in header and "组长,甲,乙" in row


def test_an_edit_after_the_first_review_asks_for_it_again(team, report_id) -> None:
    team["组长"].set_settings(TeamSettings(four_eyes=True))
    team["甲"].approve(report_id)
    seen = team["乙"].open(report_id).record.fields[FREE]
    team["乙"].set_cells(report_id, {FREE: seen + 1})
    assert team["组长"].open(report_id).summary.first_reviewer is None
    assert team["组长"].approve(report_id).summary.status == "in_review"  # a new 初审, by 组长


def test_a_window_learns_of_other_reviewers_commits(team, report_id) -> None:
    watcher = team["组长"].store
    watcher.changed()  # what was there before the window started watching
    assert not watcher.changed()
    team["甲"].set_cells(report_id, {TOTAL: 0})
    assert _eventually(watcher.changed)
    assert not watcher.changed()
    team["组长"].set_cells(report_id, {TOTAL: 1})  # its own commits do not count
    assert not watcher.changed()


def _eventually(check, seconds: float = 3.0) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_a_server_without_listen_is_polled_instead(team, report_id, db_target: str) -> None:
    watcher = team["组长"].store
    if watcher.dialect != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    watcher._engine.listen_sql = "LISTEN"  # refused, as openGauss refuses LISTEN
    watcher.changed()
    assert not watcher.changed()
    team["甲"].set_cells(report_id, {TOTAL: 0})
    assert watcher.changed() and not watcher.changed()
    team["乙"].claim(report_id)
    assert watcher.changed()
