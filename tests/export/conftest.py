from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.record import Record
from app.store import Store
from tests.review.fakes import gold_records, report_input


@pytest.fixture
def gold() -> list[Record]:
    return gold_records()


@pytest.fixture
def store(tmp_path: Path, gold: list[Record]) -> Iterator[Store]:
    """The gold records: all approved but the last, which stays new; one carries a decision."""
    with Store(tmp_path / "reviews.sqlite3") as s:
        for record in gold:
            report_id = s.add_report(report_input(record), "甲")
            if record is not gold[-1]:
                s.set_status(report_id, "approved", "审核员乙")
        s.set_decision(1, "row_total@requests.granted.natural_person", "source_error", "乙", "原报告合计印错")
        yield s
