"""The store under conditions a reviewer's machine produces: two windows, read-only files, full disks."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from app.store import Store, StoreError
from app.store.errors import store_error
from tests.review.fakes import report_input

RUNNING_AS_ROOT = getattr(os, "geteuid", lambda: -1)() == 0


def test_two_stores_on_one_file_both_read_and_write(db_path: Path, gold) -> None:
    with Store(db_path) as first, Store(db_path) as second:
        a = first.add_report(report_input(gold[0]), "甲")
        b = second.add_report(report_input(gold[1]), "乙")
        assert {s.id for s in first.list_reports()} == {s.id for s in second.list_reports()} == {a, b}
        second.set_status(a, "approved", "乙")
        assert first.summary(a).status == "approved"


def test_a_write_blocked_by_another_window_gives_a_clear_message(db_path: Path, gold) -> None:
    with Store(db_path) as first, Store(db_path, busy_timeout=0.2) as second:
        with first.transaction():
            first.add_report(report_input(gold[0]), "甲")
            with pytest.raises(StoreError, match="数据库正被另一个程序使用"):
                second.add_report(report_input(gold[1]), "乙")
            assert second.count() == 0  # reading still works while the other window writes
        assert second.count() == 1


def test_a_read_only_store_refuses_writes_but_reads(db_path: Path, gold) -> None:
    with Store(db_path) as s:
        s.add_report(report_input(gold[0]), "甲")
    with Store(db_path, read_only=True) as ro:
        assert ro.count() == 1
        with pytest.raises(StoreError, match="只读"):
            ro.set_status(1, "approved", "乙")


def test_opening_a_missing_file_read_only_names_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="不存在.*missing.sqlite3"):
        Store(tmp_path / "missing.sqlite3", read_only=True)


def test_sqlite_refusing_to_write_is_reported_as_read_only(db_path: Path) -> None:
    # What SQLite answers for a file it may not write (a mode=ro open), whoever runs the test:
    # root ignores chmod, so the permission bits cannot be relied on to produce it.
    Store(db_path).close()
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        con.execute("INSERT INTO history (report_id, at, reviewer, action) VALUES (1, 'now', 'x', 'edit')")
    con.close()
    message = str(store_error(caught.value, db_path))
    assert "只读" in message and str(db_path) in message


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root can write whatever the permission bits say")
@pytest.mark.skipif(sys.platform == "win32", reason="Windows ignores POSIX permission bits on folders")
def test_a_write_protected_folder_gives_a_clear_message(tmp_path: Path, gold) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with Store(folder / "reviews.sqlite3") as s:
        s.add_report(report_input(gold[0]), "甲")
    os.chmod(folder / "reviews.sqlite3", 0o444)
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(StoreError, match="只读|无法打开|没有权限"):
            with Store(folder / "reviews.sqlite3") as s:
                s.add_report(report_input(gold[1]), "乙")
        with pytest.raises(StoreError, match="无法创建|无法打开|只读"):
            Store(folder / "sub" / "new.sqlite3")
    finally:
        os.chmod(folder, 0o755)
        os.chmod(folder / "reviews.sqlite3", 0o644)


def test_a_full_disk_is_reported_and_the_transaction_undone(db_path: Path, gold) -> None:
    with Store(db_path) as store:
        store.add_report(report_input(gold[0]), "甲")
        # SQLite's page limit stands in for a full disk (SQLITE_FULL either way).
        pages = store._execute("PRAGMA page_count").fetchone()[0]
        store._execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is full after two more pages
        big = report_input(gold[1], text="大" * 200_000)
        with pytest.raises(StoreError, match="磁盘已满"):
            store.add_report(big, "甲")
        assert store.count() == 1
        assert store._execute("PRAGMA integrity_check").fetchone()[0] == "ok"
