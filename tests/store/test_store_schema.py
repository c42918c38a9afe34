from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from app.store import Store, StoreError
from app.store.paths import default_db_path
from app.store.schema import MIGRATIONS, SCHEMA_VERSION
from app.store.sqlite_engine import split_statements


def test_new_database_is_migrated_to_the_current_schema_in_wal_mode(db_path: Path) -> None:
    Store(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"reports", "sources", "records", "history", "decisions"} <= tables


def test_reopening_keeps_data_and_does_not_migrate_again(db_path: Path, gold) -> None:
    from tests.review.fakes import report_input

    with Store(db_path) as s:
        s.add_report(report_input(gold[0]), "甲")
    with Store(db_path) as s:
        assert s.count() == 1


def test_database_from_a_newer_program_is_refused_with_a_clear_message(db_path: Path) -> None:
    Store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="更新版本"):
        Store(db_path)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_another_programs_sqlite_file_is_refused_without_writing_a_byte(tmp_path: Path) -> None:
    other = tmp_path / "contacts.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('张三')")
    con.commit()
    con.close()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="其他程序的数据库.*contacts.db"):
        Store(other)
    assert _snapshot(tmp_path) == before  # no tables added, not switched to WAL, no -wal/-shm left


def test_a_file_marked_by_another_application_is_refused_even_with_a_reports_table(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE reports (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="其他程序的数据库"):
        Store(other)


def test_a_newer_store_is_refused_before_it_is_switched_to_wal(db_path: Path) -> None:
    Store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = _snapshot(db_path.parent)
    with pytest.raises(StoreError, match="更新版本.*未做任何改动"):
        Store(db_path)
    assert _snapshot(db_path.parent) == before
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="其他程序.*contacts.sqlite3"):
        Store(foreign)
    con = sqlite3.connect(foreign)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["people"]
    con.close()


def test_a_newer_schema_is_refused_before_the_file_is_switched_to_wal(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE reports (id INTEGER)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="更新版本"):
        Store(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_a_new_store_carries_our_application_id(db_path: Path) -> None:
    from app.store.schema import APPLICATION_ID

    Store(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_file_that_is_not_a_database_is_refused_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.sqlite3"):
        Store(bad)


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="(?i)foreign key"):
        store.set_decision(999, "row_total@x", "fixed", "甲")


def test_every_migration_splits_into_complete_statements() -> None:
    for migration in MIGRATIONS:
        statements = split_statements(migration.sqlite)
        assert statements and all(sqlite3.complete_statement(s) for s in statements)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG folders of Linux and other Unixes")
@pytest.mark.parametrize(("xdg", "expected"), [
    ("/home/li/.data", Path("/home/li/.data/GovReportReview/reviews.sqlite3")),
    ("relative/ignored", Path.home() / ".local" / "share" / "GovReportReview" / "reviews.sqlite3"),
    (None, Path.home() / ".local" / "share" / "GovReportReview" / "reviews.sqlite3"),
])
def test_default_path_is_in_the_users_data_folder(monkeypatch: pytest.MonkeyPatch, xdg: str | None,
                                                  expected: Path) -> None:
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert default_db_path() == expected


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' own folders")
def test_default_path_on_windows_is_in_local_app_data() -> None:
    assert default_db_path() == Path(os.environ["LOCALAPPDATA"]) / "GovReportReview" / "reviews.sqlite3"

