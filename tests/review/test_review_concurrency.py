"""Twenty reviewer processes correcting the same reports at once, on each engine: nothing is lost,
and every change has exactly one history row."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

from app.review import ConflictError, ReviewService
from app.store import Store, StoreError
from app.template import get_template
from tests.review.fakes import RuleSet, json_extractor, write_report

REVIEWERS = 20
OWN_EDITS = 3  # per reviewer and report, each on the reviewer's own cell
INCREMENTS = 5  # per reviewer, read-then-write on the one cell everybody changes
SHARED = "active.regulations.issued"
# Each reviewer's own cell: counts of table 三 rows the test rule set reads nowhere else.
OWN = [c.key for c in get_template("2021").cells if c.kind == "count" and c.key != SHARED][-REVIEWERS:]


def _reviewer(target: str, number: int, report_ids: list[int], start: multiprocessing.synchronize.Event) -> None:
    with Store(target, busy_timeout=30) as store:
        service = ReviewService(store, f"审核员{number:02d}", validation=RuleSet)
        start.wait(60)
        key = OWN[number]
        for edit in range(OWN_EDITS):
            for report_id in report_ids:
                seen = service.open(report_id).record.fields.get(key)
                value = 1000 * (number + 1) + edit
                _retry(lambda rid=report_id, s=seen, v=value: service.set_cells(rid, {key: v}, expected={key: s}))
        done = 0
        while done < INCREMENTS:
            seen = service.open(report_ids[0]).record.fields[SHARED]
            try:
                service.set_cells(report_ids[0], {SHARED: seen + 1}, expected={SHARED: seen})
                done += 1
            except ConflictError:
                continue  # someone was faster: read again, as a reviewer would


def _retry(call) -> None:
    for _ in range(100):
        try:
            call()
            return
        except StoreError:  # the other reviewers held the lock past the timeout: try again
            time.sleep(0.05)
    raise AssertionError("never got the lock")


def test_twenty_reviewers_at_once_lose_nothing(db_target: str, tmp_path: Path) -> None:
    from tests.review.fakes import gold_records

    gold = gold_records()
    with Store(db_target) as store:
        service = ReviewService(store, "导入员", validation=RuleSet, extractor=json_extractor, workers=1)
        report_ids = service.import_paths([write_report(tmp_path, r.source, r) for r in gold[:2]]).report_ids
        service.set_cells(report_ids[0], {SHARED: 0})
        start_value = 0
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    start = context.Event()
    workers = [context.Process(target=_reviewer, args=(db_target, n, report_ids, start)) for n in range(REVIEWERS)]
    for w in workers:
        w.start()
    start.set()
    for w in workers:
        w.join(240)
    assert [w.exitcode for w in workers] == [0] * REVIEWERS

    with Store(db_target) as store:
        shared = [e for e in store.history(report_ids[0], SHARED) if e.reviewer != "导入员"]
        assert store.load(report_ids[0]).record.fields[SHARED] == start_value + REVIEWERS * INCREMENTS
        assert len(shared) == REVIEWERS * INCREMENTS
        assert [(e.old, e.new) for e in shared] == [(n, n + 1) for n in range(REVIEWERS * INCREMENTS)]
        for number, key in enumerate(OWN):
            for report_id in report_ids:
                assert store.load(report_id).record.fields[key] == 1000 * (number + 1) + OWN_EDITS - 1
                entries = store.history(report_id, key)
                assert [e.new for e in entries] == [1000 * (number + 1) + k for k in range(OWN_EDITS)]
                assert {e.reviewer for e in entries} == {f"审核员{number:02d}"}
