from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.record import Record
from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, gold_records, json_extractor, write_report


@pytest.fixture
def gold() -> list[Record]:
    return gold_records()


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    """The service's store on each engine (SQLite file, PostgreSQL schema)."""
    with Store(db_target) as s:
        yield s


@pytest.fixture
def service(store: Store) -> ReviewService:
    return ReviewService(store, "审核员甲", validation=RuleSet, extractor=json_extractor, workers=0)


@pytest.fixture
def reports_dir(tmp_path: Path, gold: list[Record]) -> Path:
    """The five gold records as report files json_extractor reads."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for record in gold:
        write_report(folder, record.source, record)
    return folder

