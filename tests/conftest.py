"""Shared test setup: Qt renders offscreen, hypothesis keeps its files out of the work tree and
loads its profile (tests/fuzzing.py), and the seed reports and their expected records are the
repository's own copies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fuzzing import load_profile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis writes its example database and caches under ./.hypothesis unless told otherwise; a
# test run must leave the checkout as it found it.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gov-report-review" / "hypothesis"))
load_profile()

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "resources" / "samples"  # the five seed reports, also the program's bundled samples
GOLD = REPO / "tests" / "data" / "gold"  # their expected records, one JSON file per seed


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"没有找到种子报告：{SEEDS}"
    return paths
