from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.record import Record
from app.store import Store
from tests.review.fakes import gold_records


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reviews.sqlite3"


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    """A store on each engine (SQLite file, PostgreSQL schema)."""
    with Store(db_target) as s:
        yield s


@pytest.fixture(scope="session")
def gold() -> list[Record]:
    return gold_records()
