"""SQLite failures turned into one exception with a message a reviewer can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The review database could not do what was asked; the message is Chinese and names the file."""


# Extended result codes share their primary code's name prefix (SQLITE_READONLY_DBMOVED …).
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("SQLITE_BUSY", "数据库正被另一个程序使用，请关闭其他窗口或稍后再试：{path}"),
    ("SQLITE_LOCKED", "数据库正被另一个程序使用，请关闭其他窗口或稍后再试：{path}"),
    ("SQLITE_READONLY", "数据库文件是只读的，更改没有保存（请检查文件和文件夹的写入权限）：{path}"),
    ("SQLITE_FULL", "磁盘已满（或数据库已达到大小上限），本次更改没有保存：{path}"),
    ("SQLITE_CANTOPEN", "无法打开数据库文件（文件夹不存在或没有权限）：{path}"),
    ("SQLITE_PERM", "没有权限访问数据库文件：{path}"),
    ("SQLITE_NOTADB", "该文件不是审核数据库，或已损坏：{path}"),
    ("SQLITE_CORRUPT", "数据库文件已损坏：{path}"),
    ("SQLITE_IOERR", "读写数据库文件时出错（磁盘或网络路径问题）：{path}"),
)


def store_error(error: sqlite3.Error, path: Path | str) -> StoreError:
    """The StoreError for a sqlite3 exception; unknown codes keep SQLite's own text after ours."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, message in _MESSAGES:
        if name.startswith(prefix):
            return StoreError(message.format(path=path))
    # Some busy conditions arrive without an error code (e.g. while opening a WAL file).
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(_MESSAGES[0][1].format(path=path))
    return StoreError(f"数据库出错：{error}（{path}）")
