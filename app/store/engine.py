"""What the store needs from a database engine: plain DB-API calls plus the few dialect bits.

The store writes its SQL once, in the subset SQLite and PostgreSQL share (qmark placeholders,
ON CONFLICT, RETURNING, SAVEPOINT); an engine translates placeholders, opens and migrates its
database, and supplies what differs: how a transaction takes its locks, how a window learns of
other reviewers' commits, and how a driver's failure reads in Chinese.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from .errors import StoreError


class Engine(Protocol):
    dialect: str  # "sqlite" or "postgresql"
    location: str  # the file path or the URL without password, for messages
    errors: tuple[type[Exception], ...]  # the driver's exceptions, turned into StoreError by error()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def begin(self) -> None: ...

    def commit(self) -> None: ...

    def in_transaction(self) -> bool: ...

    def lock_report(self, report_id: int) -> None: ...

    def changed(self) -> bool: ...

    def error(self, exc: Exception) -> StoreError: ...

    def close(self) -> None: ...
