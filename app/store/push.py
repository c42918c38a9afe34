"""Copying a local store to the shared server, with history and decisions; safe to re-run.

A report the server lacks is copied whole. A report it has gets the local history entries it
lacks, and the local values, status and decisions, as long as nothing happened to it on the
server that the local store does not know (otherwise it is left alone and named as a conflict:
someone on the server worked on it since the last push).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .store import Store

_REPORT_COLUMNS = ("file_name", "content_hash", "version", "kind", "template", "agency", "year", "status",
                   "status_reason", "decided_by", "decided_at", "errors", "warnings", "created_at", "updated_at",
                   "first_reviewer")
_HISTORY_COLUMNS = ("at", "reviewer", "action", "key", "old_value", "new_value", "note")
_DECISION_COLUMNS = ("finding_id", "decision", "note", "reviewer", "at")


@dataclass
class PushSummary:
    copied: int = 0  # reports new on the server
    updated: int = 0  # reports that got newer local history
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # file names changed on the server meanwhile
    history_rows: int = 0  # history entries added on the server


def push(source: Store, target: Store, progress: Callable[[int, int], None] | None = None) -> PushSummary:
    """Copies what `target` lacks of `source`; one transaction per report."""
    summary = PushSummary()
    ids = [r[0] for r in source._execute("SELECT id FROM reports ORDER BY id").fetchall()]
    for done, source_id in enumerate(ids, start=1):
        _push_report(source, target, source_id, summary)
        if progress is not None:
            progress(done, len(ids))
    return summary


def _push_report(source: Store, target: Store, source_id: int, summary: PushSummary) -> None:
    report = _row(source, f"SELECT {', '.join(_REPORT_COLUMNS)} FROM reports WHERE id = ?", source_id)
    history = [tuple(r) for r in source._execute(
        f"SELECT {', '.join(_HISTORY_COLUMNS)} FROM history WHERE report_id = ? ORDER BY id", (source_id,))]
    with target.transaction():
        found = target._execute("SELECT id FROM reports WHERE file_name = ?", (report[0],)).fetchone()
        if found is None:
            target_id = int(target._execute(
                f"INSERT INTO reports ({', '.join(_REPORT_COLUMNS)}) VALUES ({_marks(_REPORT_COLUMNS)}) RETURNING id",
                report).fetchone()[0])
            _copy_contents(source, target, source_id, target_id, insert=True)
            _add_history(target, target_id, history)
            summary.copied += 1
            summary.history_rows += len(history)
            return
        target_id = int(found[0])
        target.lock_report(target_id)
        known = [tuple(r) for r in target._execute(
            f"SELECT {', '.join(_HISTORY_COLUMNS)} FROM history WHERE report_id = ? ORDER BY id", (target_id,))]
        if known == history[:len(known)]:
            new = history[len(known):]
            if not new:
                summary.unchanged += 1
                return
            target._execute(f"UPDATE reports SET {', '.join(f'{c} = ?' for c in _REPORT_COLUMNS)} WHERE id = ?",
                            (*report, target_id))
            _copy_contents(source, target, source_id, target_id, insert=False)
            _add_history(target, target_id, new)
            summary.updated += 1
            summary.history_rows += len(new)
        else:
            summary.conflicts.append(report[0])


def _copy_contents(source: Store, target: Store, source_id: int, target_id: int, *, insert: bool) -> None:
    text, data = _row(source, "SELECT text, data FROM sources WHERE report_id = ?", source_id)
    fields, provenance, machine = _row(source, "SELECT fields, provenance, machine FROM records WHERE report_id = ?",
                                       source_id)
    if insert:
        target._execute("INSERT INTO sources (report_id, text, data) VALUES (?, ?, ?)", (target_id, text, bytes(data)))
        target._execute("INSERT INTO records (report_id, fields, provenance, machine) VALUES (?, ?, ?, ?)",
                        (target_id, fields, provenance, machine))
    else:
        target._execute("UPDATE sources SET text = ?, data = ? WHERE report_id = ?", (text, bytes(data), target_id))
        target._execute("UPDATE records SET fields = ?, provenance = ?, machine = ? WHERE report_id = ?",
                        (fields, provenance, machine, target_id))
        target._execute("DELETE FROM decisions WHERE report_id = ?", (target_id,))
    for decision in source._execute(f"SELECT {', '.join(_DECISION_COLUMNS)} FROM decisions WHERE report_id = ?",
                                    (source_id,)).fetchall():
        target._execute(f"INSERT INTO decisions (report_id, {', '.join(_DECISION_COLUMNS)})"
                        f" VALUES (?, {_marks(_DECISION_COLUMNS)})", (target_id, *decision))


def _add_history(target: Store, target_id: int, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:
        target._execute(f"INSERT INTO history (report_id, {', '.join(_HISTORY_COLUMNS)})"
                        f" VALUES (?, {_marks(_HISTORY_COLUMNS)})", (target_id, *row))


def _row(store: Store, sql: str, report_id: int) -> tuple[Any, ...]:
    return tuple(store._execute(sql, (report_id,)).fetchone())


def _marks(columns: tuple[str, ...]) -> str:
    return ", ".join("?" * len(columns))
