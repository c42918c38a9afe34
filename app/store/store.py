"""The review database: reports, their values, reviewer decisions and the append-only history."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.record import Origin, Record, Value
from app.record.status import DECIDED, STATUSES

from .codec import dumps, loads, provenance_json
from .errors import StoreError
from .models import (
    ApprovedRecord,
    Claim,
    Decision,
    HistoryEntry,
    ReportInput,
    ReportSummary,
    ReviewerWork,
    StoredReport,
)
from .paths import default_db_path
from .target import is_server_url

if TYPE_CHECKING:
    from .engine import Engine

# The columns of a ReportSummary, in the order of its fields.
_SUMMARY = ("r.id, r.file_name, r.agency, r.year, r.template, r.kind, r.status, r.status_reason, r.errors, "
            "r.warnings, r.decided_by, r.decided_at, r.updated_at, r.version, r.content_hash, r.first_reviewer,"
            " cl.reviewer, cl.seen_at")
_REPORTS = "reports r LEFT JOIN claims cl ON cl.report_id = r.id"
_SUMMARY_WIDTH = _SUMMARY.count(",") + 1


def local_now() -> str:
    """The local time with its UTC offset, to the second (what reviewers read in history and CSV)."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _summary(row: Sequence[Any]) -> ReportSummary:
    return ReportSummary(*row[:_SUMMARY_WIDTH])


def _object(text: str) -> dict[str, Any]:
    """A stored JSON object; TypeError/ValueError when the text is damaged."""
    value = json.loads(text)
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, found {type(value).__name__}")
    return value


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """A SQLite file (WAL, foreign keys on) or a PostgreSQL database (`postgresql://user@host/db`),
    with the same schema, operations and results. Every write method is one transaction and writes
    its own history rows; wrap several calls in `transaction()` to make them one.

    Safe to share between threads (a lock serialises use of the single connection); any number of
    windows and commands may use one store at once: a write that cannot get its lock within
    `busy_timeout` seconds raises StoreError, and `changed()` tells a window to refresh.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, busy_timeout: float = 5.0,
                 clock: Callable[[], str] = local_now, timer: Callable[[], float] = time.time) -> None:
        self.read_only = read_only
        self._busy_timeout = busy_timeout
        self._clock = clock
        self._timer = timer  # unix time, for claims' idle time
        self._lock = threading.RLock()
        self._depth = 0  # nesting of transaction(): the outermost one commits
        self._engine: Engine | None
        if is_server_url(path):
            from .pg_engine import PostgresEngine

            engine: Engine = PostgresEngine(str(path).strip(), read_only=read_only, busy_timeout=busy_timeout)
            self.path: Path | str = engine.location  # the URL without any password
            self._target: Path | str = str(path).strip()  # as given, password and all: for another()
        else:
            from .sqlite_engine import SqliteEngine

            self.path = Path(path) if path is not None else default_db_path()
            engine = SqliteEngine(self.path, read_only=read_only, busy_timeout=busy_timeout)
            self._target = self.path
        self._engine = engine
        self.dialect = engine.dialect

    def another(self, *, read_only: bool | None = None) -> Store:
        """A new connection to the same database (a worker thread's own), read-only if asked or
        if this one is; `path` would not do for a server whose password is in the URL."""
        return Store(self._target, read_only=self.read_only if read_only is None else read_only,
                     busy_timeout=self._busy_timeout, clock=self._clock, timer=self._timer)

    # -- connection and transactions ---------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
                self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Runs one statement (qmark placeholders on both engines); failures become StoreError."""
        engine = self._live_engine()
        try:
            return engine.execute(sql, tuple(params))
        except engine.errors as e:
            raise engine.error(e) from e

    def _live_engine(self) -> Engine:
        if self._engine is None:
            raise StoreError(f"数据库已关闭：{self.path}")
        return self._engine

    def changed(self) -> bool:
        """True when another window or command has committed a change since the last call
        (PostgreSQL: LISTEN/NOTIFY; SQLite: PRAGMA data_version). Cheap enough to poll every second."""
        with self._lock:
            engine = self._live_engine()
            try:
                return engine.changed()
            except engine.errors as e:
                raise engine.error(e) from e

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written together or not at all (BEGIN … COMMIT).

        A nested use is a savepoint: its failure undoes only its own part, if the caller goes on.
        """
        with self._lock:
            if self.read_only:
                raise StoreError(f"数据库以只读方式打开，不能保存更改：{self.path}")
            if self._depth:
                yield from self._savepoint()
                return
            engine = self._live_engine()
            self._call(engine.begin)
            self._depth = 1
            try:
                yield
                self._call(engine.commit)
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    def _call(self, step: Callable[[], None]) -> None:
        engine = self._live_engine()
        try:
            step()
        except engine.errors as e:
            raise engine.error(e) from e

    def _rollback(self) -> None:
        engine = self._engine
        if engine is not None and engine.in_transaction():
            try:
                engine.execute("ROLLBACK")
            except engine.errors:
                pass  # already rolled back (e.g. after SQLITE_FULL, a lost connection): report the first error

    def lock_report(self, report_id: int) -> None:
        """Inside a transaction: no other connection changes this report until it ends (PostgreSQL
        row lock; SQLite's BEGIN IMMEDIATE already excludes every other writer)."""
        engine = self._live_engine()
        try:
            engine.lock_report(report_id)
        except engine.errors as e:
            raise engine.error(e) from e

    def _savepoint(self) -> Iterator[None]:
        name = f"sp{self._depth}"
        self._execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            engine = self._engine
            if engine is not None and engine.in_transaction():
                try:
                    engine.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    engine.execute(f"RELEASE SAVEPOINT {name}")
                except engine.errors:
                    pass  # e.g. SQLITE_FULL already undid the whole transaction: report the first error
            raise
        else:
            self._execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def _history(self, report_id: int, reviewer: str, action: str, key: str | None = None,
                 old: Any = None, new: Any = None, note: str = "", at: str | None = None) -> None:
        self._execute(
            "INSERT INTO history (report_id, at, reviewer, action, key, old_value, new_value, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (report_id, at or self._clock(), reviewer, action, key, dumps(old), dumps(new), note))

    # -- queries -----------------------------------------------------------------------------

    def list_reports(self, status: str | Iterable[str] | None = None, has_errors: bool | None = None,
                     search: str = "") -> list[ReportSummary]:
        """The queue, oldest import first; reads only the small columns of `reports`."""
        where: list[str] = []
        params: list[Any] = []
        if status is not None:
            wanted = [status] if isinstance(status, str) else list(status)
            where.append(f"r.status IN ({', '.join('?' * len(wanted))})")
            params += wanted
        if has_errors is not None:
            where.append("r.errors > 0" if has_errors else "r.errors = 0")
        if search.strip():
            where.append("(r.file_name LIKE ? ESCAPE '\\' OR r.agency LIKE ? ESCAPE '\\'"
                         " OR CAST(r.year AS TEXT) = ?)")
            params += [_like(search.strip()), _like(search.strip()), search.strip()]
        sql = f"SELECT {_SUMMARY} FROM {_REPORTS}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._lock:
            return [_summary(row) for row in self._execute(sql + " ORDER BY r.id", params)]

    def duplicate_ids(self, except_status: str) -> set[int]:
        """Reports sharing agency and year with another report, among those not in `except_status`
        (counted by the database: the queue asks on every reload, 10,000 summaries would take 90 ms)."""
        sql = ("SELECT id FROM (SELECT id, count(*) OVER (PARTITION BY agency, year) AS copies FROM reports"
               " WHERE status <> ? AND agency IS NOT NULL AND agency <> '' AND year IS NOT NULL) counted"
               " WHERE copies > 1")
        with self._lock:
            return {row[0] for row in self._execute(sql, (except_status,))}

    def count(self, status: str | None = None) -> int:
        with self._lock:
            if status is None:
                return self._execute("SELECT count(*) FROM reports").fetchone()[0]
            return self._execute("SELECT count(*) FROM reports WHERE status = ?", (status,)).fetchone()[0]

    def summary(self, report_id: int) -> ReportSummary:
        with self._lock:
            row = self._execute(f"SELECT {_SUMMARY} FROM {_REPORTS} WHERE r.id = ?", (report_id,)).fetchone()
        if row is None:
            raise StoreError(f"审核库中没有编号为 {report_id} 的报告：{self.path}")
        return _summary(row)

    def load(self, report_id: int) -> StoredReport:
        """The current version of a report: values, machine values, provenance and decoded text."""
        with self._lock:
            row = self._execute(
                f"SELECT {_SUMMARY}, c.fields, c.machine, c.provenance, s.text FROM {_REPORTS}"
                " JOIN records c ON c.report_id = r.id JOIN sources s ON s.report_id = r.id WHERE r.id = ?",
                (report_id,)).fetchone()
        if row is None:
            raise StoreError(f"审核库中没有编号为 {report_id} 的报告：{self.path}")
        summary = _summary(row)
        fields, machine, provenance, text = row[_SUMMARY_WIDTH:]
        try:
            record = Record(summary.source, summary.template, summary.agency, summary.year, _object(fields))
            origins = {k: Origin.from_json(v) for k, v in _object(provenance).items()}
            machine_values = record.fields if machine is None else _object(machine)
            return StoredReport(summary, record, dict(machine_values), origins, text)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            raise self._damaged(summary) from e

    def _damaged(self, summary: ReportSummary) -> StoreError:
        return StoreError(f"报告“{summary.source}”（编号 {summary.id}）保存的记录数据已损坏，无法打开；"
                          f"其他报告不受影响，可重新导入该文件：{self.path}")

    def source_bytes(self, report_id: int) -> bytes:
        with self._lock:
            row = self._execute("SELECT data FROM sources WHERE report_id = ?", (report_id,)).fetchone()
        if row is None:
            raise StoreError(f"审核库中没有编号为 {report_id} 的报告：{self.path}")
        return bytes(row[0])

    def id_by_hash(self, content_hash: str) -> int | None:
        """The report whose current version has exactly these bytes."""
        with self._lock:
            row = self._execute("SELECT id FROM reports WHERE content_hash = ? ORDER BY id LIMIT 1",
                                (content_hash,)).fetchone()
        return None if row is None else row[0]

    def id_by_name(self, file_name: str) -> int | None:
        with self._lock:
            row = self._execute("SELECT id FROM reports WHERE file_name = ?", (file_name,)).fetchone()
        return None if row is None else row[0]

    def record_of(self, agency: str, year: int) -> Record | None:
        """The agency's record for a year (an approved one first), for the cross-year check."""
        with self._lock:
            row = self._execute(
                "SELECT r.id FROM reports r WHERE r.agency = ? AND r.year = ?"
                " ORDER BY r.status = 'approved' DESC, r.updated_at DESC, r.id DESC LIMIT 1",
                (agency, year)).fetchone()
        return None if row is None else self.load(row[0]).record

    def ids_of(self, agency: str, year: int) -> list[int]:
        with self._lock:
            return [r[0] for r in self._execute("SELECT id FROM reports WHERE agency = ? AND year = ?",
                                                (agency, year))]

    def decisions(self, report_id: int) -> dict[str, Decision]:
        with self._lock:
            rows = self._execute("SELECT finding_id, decision, note, reviewer, at FROM decisions"
                                 " WHERE report_id = ? ORDER BY finding_id", (report_id,)).fetchall()
        return {row[0]: Decision(*row) for row in rows}

    def history(self, report_id: int, key: str | None = None) -> list[HistoryEntry]:
        """Everything that happened to a report, oldest first; with `key`, only that cell's entries."""
        sql = ("SELECT id, report_id, at, reviewer, action, key, old_value, new_value, note FROM history"
               " WHERE report_id = ?")
        params: list[Any] = [report_id]
        if key is not None:
            sql += " AND key = ?"
            params.append(key)
        with self._lock:
            rows = self._execute(sql + " ORDER BY id", params).fetchall()
        return [HistoryEntry(r[0], r[1], r[2], r[3], r[4], r[5], loads(r[6]), loads(r[7]), r[8]) for r in rows]

    def edited_keys(self, report_id: int) -> set[str]:
        """Cells a reviewer has ever changed (an import never overwrites them)."""
        with self._lock:
            rows = self._execute("SELECT DISTINCT key FROM history WHERE report_id = ? AND action = 'edit'",
                                 (report_id,))
            return {r[0] for r in rows}

    def edited_info(self, report_id: int) -> set[str]:
        """Report facts (agency, year) a reviewer has ever changed."""
        with self._lock:
            rows = self._execute("SELECT DISTINCT key FROM history WHERE report_id = ? AND action = 'info'",
                                 (report_id,))
            return {r[0] for r in rows}

    def info_as_imported(self, report_id: int) -> dict[str, Any]:
        """Report facts (agency, year) a reviewer changed, with the value they had before the first
        change: what the file itself says, which is what identifies its next version."""
        with self._lock:
            rows = self._execute("SELECT key, old_value FROM history WHERE report_id = ? AND action = 'info'"
                                 " ORDER BY id", (report_id,)).fetchall()
        first: dict[str, Any] = {}
        for key, old in rows:
            first.setdefault(key, loads(old))
        return first

    def approved(self) -> list[ApprovedRecord]:
        """Every approved report with its current values and decisions, in import order (for export)."""
        return self.records("approved")

    def records(self, status: str | None = None) -> list[ApprovedRecord]:
        """Reports (all, or those with one status) with current values and decisions, in import order."""
        where, params = ("WHERE r.status = ?", (status,)) if status else ("", ())
        with self._lock:
            rows = self._execute(f"SELECT {_SUMMARY}, c.fields FROM {_REPORTS} JOIN records c"
                                 f" ON c.report_id = r.id {where} ORDER BY r.id", params).fetchall()
            decided = self._execute(
                "SELECT d.report_id, d.finding_id, d.decision, d.note, d.reviewer, d.at FROM decisions d"
                f" JOIN reports r ON r.id = d.report_id {where}"
                " ORDER BY d.report_id, d.finding_id", params).fetchall()
            edited = self._execute(
                "SELECT DISTINCT h.report_id, h.reviewer FROM history h JOIN reports r ON r.id = h.report_id"
                f" {where}{' AND' if where else ' WHERE'} h.action IN ('edit', 'info', 'decision')"
                " ORDER BY h.report_id, h.reviewer", params).fetchall()
        by_report: dict[int, list[Decision]] = {}
        for row in decided:
            by_report.setdefault(row[0], []).append(Decision(*row[1:]))
        editors: dict[int, list[str]] = {}
        for report_id, reviewer in edited:
            editors.setdefault(report_id, []).append(reviewer)
        records = []
        for row in rows:
            summary = _summary(row)
            try:
                fields = _object(row[_SUMMARY_WIDTH])
            except (ValueError, TypeError) as e:
                raise self._damaged(summary) from e
            records.append(ApprovedRecord(summary, fields, by_report.get(row[0], []), editors.get(row[0], [])))
        return records

    # -- writes ------------------------------------------------------------------------------

    def add_report(self, report: ReportInput, reviewer: str, note: str = "") -> int:
        """A new report (status new) with its first version; returns its id."""
        now = self._clock()
        rec = report.record
        with self.transaction():
            report_id = int(self._execute(
                "INSERT INTO reports (file_name, content_hash, kind, template, agency, year, errors, warnings,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (report.file_name, report.content_hash, report.kind, rec.template, rec.agency, rec.year,
                 report.errors, report.warnings, now, now)).fetchone()[0])
            self._execute("INSERT INTO sources (report_id, text, data) VALUES (?, ?, ?)",
                          (report_id, report.text, report.data))
            values = report.fields_json or dumps(rec.fields)
            # machine stays NULL until a reviewer edit makes the current values differ from it.
            self._execute("INSERT INTO records (report_id, fields, provenance) VALUES (?, ?, ?)",
                          (report_id, values, report.provenance_json))
            self._history(report_id, reviewer, "import", None, None, report.content_hash,
                          note or f"导入 {report.file_name}", now)
        return report_id

    def add_version(self, report_id: int, report: ReportInput, current: Record, provenance: dict[str, Origin],
                    reviewer: str, note: str, status: str | None = None) -> None:
        """Replaces a report's source with a new version of the file.

        `current` holds the values to keep (the caller merges reviewer edits into the new machine
        values); the machine values become `report.record.fields`. `status`, if given, is set in the
        same transaction with its own history entry.
        """
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            old = self.summary(report_id)
            self._execute(
                "UPDATE reports SET content_hash = ?, version = version + 1, kind = ?, template = ?, agency = ?,"
                " year = ?, errors = ?, warnings = ?, updated_at = ? WHERE id = ?",
                (report.content_hash, report.kind, current.template, current.agency, current.year,
                 report.errors, report.warnings, now, report_id))
            self._execute("UPDATE sources SET text = ?, data = ? WHERE report_id = ?",
                          (report.text, report.data, report_id))
            machine = report.fields_json or dumps(report.record.fields)
            current_json = dumps(current.fields)
            self._execute("UPDATE records SET fields = ?, provenance = ?, machine = ? WHERE report_id = ?",
                          (current_json, provenance_json(provenance), None if machine == current_json else machine,
                           report_id))
            self._history(report_id, reviewer, "version", None, old.content_hash, report.content_hash, note, now)
            if status is not None and status != old.status:
                self._write_status(report_id, old.status, status, reviewer, note, now)

    def set_values(self, report_id: int, changes: dict[str, Value], provenance: dict[str, Origin],
                   reviewer: str, note: str = "") -> list[str]:
        """Writes cell values with one history entry per changed cell; returns the changed keys.

        `provenance` gives the new Origin of each changed key. Unchanged values write nothing.
        """
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            row = self._execute("SELECT fields, provenance FROM records WHERE report_id = ?",
                                (report_id,)).fetchone()
            if row is None:
                raise StoreError(f"审核库中没有编号为 {report_id} 的报告：{self.path}")
            fields, origins = json.loads(row[0]), json.loads(row[1])
            changed = [k for k, v in changes.items() if k not in fields or dumps(fields[k]) != dumps(v)]
            for key in changed:
                self._history(report_id, reviewer, "edit", key, fields.get(key), changes[key], note, now)
                fields[key] = changes[key]
                if key in provenance:
                    origins[key] = provenance[key].to_json()
            if changed:
                self._execute("UPDATE records SET machine = coalesce(machine, fields), fields = ?, provenance = ?"
                              " WHERE report_id = ?", (dumps(fields), dumps(origins), report_id))
                # A four-eyes 初审 was of the values before this edit: it has to be done again.
                self._execute("UPDATE reports SET updated_at = ?, first_reviewer = NULL WHERE id = ?",
                              (now, report_id))
        return changed

    def set_info(self, report_id: int, reviewer: str, note: str = "", **info: Any) -> list[str]:
        """Changes report facts (agency, year) with history; returns the names that changed."""
        allowed = {"agency", "year"}
        if not set(info) <= allowed:
            raise ValueError(f"unknown report facts: {sorted(set(info) - allowed)}")
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            old = self.summary(report_id)
            changed = [k for k, v in info.items() if getattr(old, k) != v]
            for key in changed:
                self._history(report_id, reviewer, "info", key, getattr(old, key), info[key], note, now)
                self._execute(f"UPDATE reports SET {key} = ?, updated_at = ?, first_reviewer = NULL WHERE id = ?",
                              (info[key], now, report_id))
        return changed

    def set_status(self, report_id: int, status: str, reviewer: str, reason: str = "") -> None:
        """Moves a report to a status with a history entry; approved/rejected record who and when."""
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            old = self.summary(report_id)
            self._write_status(report_id, old.status, status, reviewer, reason, now)

    def _write_status(self, report_id: int, old: str, status: str, reviewer: str, reason: str, at: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        decided = status in DECIDED
        self._execute(
            "UPDATE reports SET status = ?, status_reason = ?, decided_by = ?, decided_at = ?, updated_at = ?,"
            " first_reviewer = CASE WHEN ? = 'approved' THEN first_reviewer END WHERE id = ?",
            (status, reason, reviewer if decided else None, at if decided else None, at, status, report_id))
        self._history(report_id, reviewer, "status", None, old, status, reason, at)

    def set_decision(self, report_id: int, finding_id: str, decision: str | None, reviewer: str,
                     note: str = "") -> None:
        """Stores (or with None withdraws) a reviewer's decision on a finding, with history."""
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            row = self._execute("SELECT decision FROM decisions WHERE report_id = ? AND finding_id = ?",
                                (report_id, finding_id)).fetchone()
            if decision is None:
                self._execute("DELETE FROM decisions WHERE report_id = ? AND finding_id = ?",
                              (report_id, finding_id))
            else:
                self._execute(
                    "INSERT INTO decisions (report_id, finding_id, decision, note, reviewer, at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, finding_id) DO UPDATE SET"
                    " decision = excluded.decision, note = excluded.note, reviewer = excluded.reviewer,"
                    " at = excluded.at", (report_id, finding_id, decision, note, reviewer, now))
            self._history(report_id, reviewer, "decision", finding_id, row[0] if row else None, decision, note, now)
            self._execute("UPDATE reports SET updated_at = ?, first_reviewer = NULL WHERE id = ?", (now, report_id))

    def set_counts(self, report_id: int, errors: int, warnings: int) -> None:
        """The queue's open error/warning counts (derived data: no history)."""
        with self.transaction():
            self._execute("UPDATE reports SET errors = ?, warnings = ? WHERE id = ?", (errors, warnings, report_id))

    # -- team review: who edited, claims, shared settings ----------------------------------

    def editors(self, report_id: int) -> set[str]:
        """Reviewers who changed the report's values, facts or decisions (four-eyes: not its 复核人)."""
        with self._lock:
            rows = self._execute("SELECT DISTINCT reviewer FROM history WHERE report_id = ?"
                                 " AND action IN ('edit', 'info', 'decision')", (report_id,))
            return {r[0] for r in rows}

    def set_first_reviewer(self, report_id: int, reviewer: str | None, actor: str, note: str) -> None:
        """Records (or with None clears) the 初审人 of a four-eyes approval, with a history entry."""
        now = self._clock()
        with self.transaction():
            self.lock_report(report_id)
            old = self.summary(report_id)
            self._execute("UPDATE reports SET first_reviewer = ?, updated_at = ? WHERE id = ?",
                          (reviewer, now, report_id))
            self._history(report_id, actor, "status", "初审", old.first_reviewer, reviewer, note, now)

    def work(self) -> list[ReviewerWork]:
        """Each reviewer's edited, first-reviewed and approved reports and open claims, by name."""
        people: dict[str, dict[str, Any]] = {}

        def person(name: str) -> dict[str, Any]:
            return people.setdefault(name, {"claims": [], "claim_seen": []})

        with self._lock:
            for name, n in self._execute("SELECT reviewer, count(DISTINCT report_id) FROM history"
                                         " WHERE action IN ('edit', 'info', 'decision') GROUP BY reviewer"):
                person(name)["edited"] = n
            for name, n in self._execute("SELECT first_reviewer, count(*) FROM reports WHERE first_reviewer"
                                         " IS NOT NULL AND status <> 'approved' GROUP BY first_reviewer"):
                person(name)["first_reviewed"] = n
            for name, n in self._execute("SELECT decided_by, count(*) FROM reports WHERE status = 'approved'"
                                         " GROUP BY decided_by"):
                person(name)["approved"] = n
            for name, report_id, seen in self._execute("SELECT reviewer, report_id, seen_at FROM claims"
                                                       " ORDER BY report_id"):
                person(name)["claims"].append(report_id)
                person(name)["claim_seen"].append(float(seen))
        return [ReviewerWork(name, d.get("edited", 0), d.get("first_reviewed", 0), d.get("approved", 0),
                             tuple(d["claims"]), tuple(d["claim_seen"])) for name, d in sorted(people.items())]

    def claim(self, report_id: int, reviewer: str, idle_seconds: float) -> Claim:
        """Claims the report for `reviewer` unless someone else's claim is still live (active within
        `idle_seconds`); a reviewer's own claim is refreshed. Returns the claim that holds now."""
        now = self._timer()
        with self.transaction():
            self.lock_report(report_id)
            held = self._claim_row(report_id)
            if held is not None and held.reviewer != reviewer and now - held.seen_at <= idle_seconds:
                return held
            if held is not None and held.reviewer == reviewer:
                self._execute("UPDATE claims SET seen_at = ? WHERE report_id = ?", (now, report_id))
                return Claim(report_id, reviewer, held.claimed_at, now)
            claimed_at = self._clock()
            self._execute(
                "INSERT INTO claims (report_id, reviewer, claimed_at, seen_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (report_id) DO UPDATE SET reviewer = excluded.reviewer,"
                " claimed_at = excluded.claimed_at, seen_at = excluded.seen_at",
                (report_id, reviewer, claimed_at, now))
            return Claim(report_id, reviewer, claimed_at, now)

    def release(self, report_id: int, reviewer: str | None = None) -> bool:
        """Ends the claim on a report (only `reviewer`'s, if given); True if there was one."""
        sql = "DELETE FROM claims WHERE report_id = ?"
        params: list[object] = [report_id]
        if reviewer is not None:
            sql += " AND reviewer = ?"
            params.append(reviewer)
        with self.transaction():
            return self._execute(sql, params).rowcount > 0

    def claim_of(self, report_id: int) -> Claim | None:
        with self._lock:
            return self._claim_row(report_id)

    def _claim_row(self, report_id: int) -> Claim | None:
        row = self._execute("SELECT report_id, reviewer, claimed_at, seen_at FROM claims WHERE report_id = ?",
                            (report_id,)).fetchone()
        return None if row is None else Claim(row[0], row[1], row[2], float(row[3]))

    def now(self) -> float:
        """The store's clock for claims (unix time)."""
        return self._timer()

    def setting(self, name: str) -> str | None:
        with self._lock:
            row = self._execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return None if row is None else row[0]

    def set_setting(self, name: str, value: str | None) -> None:
        """Stores a setting every reviewer of this store shares; None removes it."""
        with self.transaction():
            if value is None:
                self._execute("DELETE FROM settings WHERE name = ?", (name,))
            else:
                self._execute("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name)"
                              " DO UPDATE SET value = excluded.value", (name, value))
