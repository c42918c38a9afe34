from __future__ import annotations

import time

import pytest

from app.store import Store
from tests.review.fakes import report_input

REPORTS = 10_000


@pytest.mark.slow
def test_the_queue_of_ten_thousand_reports_is_fast(store: Store, gold) -> None:
    text = "报告正文" * 2000  # 24 kB a report that the queue must never read
    with store.transaction():
        for i in range(REPORTS):
            record = gold[i % len(gold)]
            report_id = store.add_report(report_input(record, name=f"r{i:05}.txt", text=f"{i}{text}"), "甲")
            if i % 10 == 0:
                store.set_counts(report_id, 1, 0)
    timings = {}
    for label, query in {"all": lambda: store.list_reports(),
                         "errors": lambda: store.list_reports(("new", "in_review"), has_errors=True),
                         "search": lambda: store.list_reports(search="庆元")}.items():
        started = time.perf_counter()
        found = query()
        timings[label] = time.perf_counter() - started
        assert found
    assert len(store.list_reports()) == REPORTS
    assert max(timings.values()) < 0.5, timings
