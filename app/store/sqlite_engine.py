"""The SQLite engine: one local file (WAL, foreign keys on), opened, checked and migrated."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import StoreError, store_error
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


class SqliteEngine:
    """A DB-API connection to a review database file, in autocommit mode (transactions are
    explicit BEGIN IMMEDIATE … COMMIT, so writers queue on the file lock instead of deadlocking)."""

    dialect = "sqlite"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, path: Path, *, read_only: bool, busy_timeout: float) -> None:
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        self._con = connect(path, read_only=read_only, busy_timeout=busy_timeout)
        self._data_version = self._read_data_version()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._con.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._con.executemany(sql, rows)

    def begin(self) -> None:
        self._con.execute("BEGIN IMMEDIATE")  # the write lock now: reads inside see the latest data

    def commit(self) -> None:
        self._con.execute("COMMIT")

    def in_transaction(self) -> bool:
        return self._con.in_transaction

    def lock_report(self, report_id: int) -> None:
        """Nothing to do: BEGIN IMMEDIATE already holds the whole file's write lock."""

    def changed(self) -> bool:
        """True when another connection has committed since the last call (PRAGMA data_version)."""
        version = self._read_data_version()
        changed, self._data_version = version != self._data_version, version
        return changed

    def error(self, exc: Exception) -> StoreError:
        assert isinstance(exc, sqlite3.Error)
        return store_error(exc, self.path)

    def close(self) -> None:
        self._con.close()

    def _read_data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])


def connect(path: Path, *, read_only: bool, busy_timeout: float) -> sqlite3.Connection:
    """An open, migrated connection in autocommit mode (transactions are explicit BEGIN/COMMIT)."""
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"无法创建数据库所在的文件夹：{path.parent}（{e.strerror or e}）") from e
    elif not path.exists():
        raise StoreError(f"数据库文件不存在：{path}")
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rwc")
    try:
        con = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None,
                              check_same_thread=False)
    except sqlite3.Error as e:
        raise store_error(e, path) from e
    try:
        con.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        # Refusals come before anything that writes (WAL, tables, user_version): switching the journal
        # mode alone would change a file that is not ours, or one a newer program must migrate.
        _refuse_foreign_or_newer(con, path)
        _configure(con, read_only=read_only)
        _migrate(con, path, read_only=read_only)
    except sqlite3.Error as e:
        con.close()
        raise store_error(e, path) from e
    except StoreError:
        con.close()
        raise
    return con


def _refuse_foreign_or_newer(con: sqlite3.Connection, path: Path) -> None:
    """Refuses, before a byte is written, a file another program made or a newer version of ours.

    Ours: marked with our application_id, or (stores made before the mark) our user_version with
    our `reports` table; an empty file is a new store.
    """
    application_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id not in (0, APPLICATION_ID) or (tables or version) and "reports" not in tables:
        raise StoreError(f"该文件是其他程序的数据库，不是审核库，未做任何改动：{path}")
    if version > SCHEMA_VERSION:
        raise StoreError(f"数据库由更新版本的程序创建（结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
                         f"未做任何改动，请升级本程序后再打开：{path}")


def _configure(con: sqlite3.Connection, *, read_only: bool) -> None:
    con.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # WAL lets a second window read while one writes; FULL sync makes every committed
        # reviewer action survive a power cut, at one fsync per transaction.
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")


def _migrate(con: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if read_only:
        raise StoreError(f"数据库结构需要升级，只读方式无法打开：{path}")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        # One transaction per step: a crash leaves the file at the previous version, never between.
        con.execute("BEGIN IMMEDIATE")
        try:
            # Another window may have migrated while this one waited for the write lock.
            if con.execute("PRAGMA user_version").fetchone()[0] < target:
                for statement in split_statements(MIGRATIONS[target - 1].sqlite):
                    con.execute(statement)
                con.execute(f"PRAGMA user_version = {target}")
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def split_statements(script: str) -> list[str]:
    """The statements of a script, split where SQLite says one is complete (triggers included)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")
    return statements
