"""Fixtures: the gold records the validation tests corrupt on purpose."""

from __future__ import annotations

import pytest

from app.record import Record

from .helpers import load_gold


@pytest.fixture(scope="session")
def gold_001() -> Record:
    """庆元县 2022: every cell filled, non-trivial numbers, prose that states the totals."""
    return load_gold("001")


@pytest.fixture(scope="session")
def gold_004() -> Record:
    """衢州 2022: every count 0 except one 规章."""
    return load_gold("004")


@pytest.fixture(scope="session")
def gold_000() -> Record:
    """辽宁 2023: only 自然人 and 总计 filled in 三, the other applicant cells blank."""
    return load_gold("000")
