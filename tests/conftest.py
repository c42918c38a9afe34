"""Shared test setup: Qt renders offscreen, hypothesis keeps its files out of the work tree and
loads its profile (tests/fuzzing.py), and the seed reports and their expected records are the
repository's own copies."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A PostgreSQL server the tests may create schemas on (see tools/pg_cluster.py)."""
    from tools.pg_cluster import URL_VARIABLE, in_ci, server_url

    with server_url(durable=False) as url:
        if url is None:
            reason = (f"没有 PostgreSQL 服务器：未设置 {URL_VARIABLE}，也找不到 initdb"
                      "（apt-get install postgresql 后可在本机自动启动临时服务器）")
            if in_ci():
                pytest.fail(reason)
            pytest.skip(reason)
        yield url


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """The URL of a fresh, empty schema on the server, dropped after the test."""
    from tools.pg_cluster import fresh_schema

    with fresh_schema(pg_server_url) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store on each engine: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "reviews.sqlite3")
    return request.getfixturevalue("pg_url")
