from __future__ import annotations

import sqlite3
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


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({"LOCALAPPDATA": r"C:\Users\li\AppData\Local"}, "win32",
     Path(r"C:\Users\li\AppData\Local") / "GovReportReview" / "reviews.sqlite3"),
    ({"XDG_DATA_HOME": "/home/li/.data"}, "linux", Path("/home/li/.data/GovReportReview/reviews.sqlite3")),
    ({"XDG_DATA_HOME": "relative/ignored"}, "linux",
     Path.home() / ".local" / "share" / "GovReportReview" / "reviews.sqlite3"),
    ({}, "linux", Path.home() / ".local" / "share" / "GovReportReview" / "reviews.sqlite3"),
])
def test_default_path_is_in_the_users_data_folder(env: dict, platform: str, expected: Path) -> None:
    assert default_db_path(env, platform) == expected


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
