"""Shared test setup: Qt renders offscreen, the hypothesis profile is loaded (tests/fuzzing.py), and the
shared seeds/gold folders are found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fuzzing import load_profile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
load_profile()

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip(f"没有找到种子报告：{SEEDS}")
    return paths
