"""Opening the database file: pragmas, schema migrations, and the clear refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import StoreError, store_error
from .schema import MIGRATIONS, SCHEMA_VERSION


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
        _configure(con, read_only=read_only, busy_timeout=busy_timeout)
        _migrate(con, path, read_only=read_only)
    except sqlite3.Error as e:
        con.close()
        raise store_error(e, path) from e
    except StoreError:
        con.close()
        raise
    return con


def _configure(con: sqlite3.Connection, *, read_only: bool, busy_timeout: float) -> None:
    con.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    con.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # WAL lets a second window read while one writes; FULL sync makes every committed
        # reviewer action survive a power cut, at one fsync per transaction.
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")


def _migrate(con: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"数据库由更新版本的程序创建（结构版本 {version}），请升级本程序后再打开：{path}")
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
                for statement in split_statements(MIGRATIONS[target - 1]):
                    con.execute(statement)
                con.execute(f"PRAGMA user_version = {target}")
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
