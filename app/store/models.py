"""What the store hands out and takes in: plain dataclasses, no SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.record import Origin, Record, Value
from app.record.status import Status, decision_label, status_label


@dataclass(frozen=True)
class ReportSummary:
    """One line of the review queue (never the source bytes or text)."""

    id: int
    source: str  # the file name
    agency: str | None
    year: int | None
    template: str
    kind: str
    status: Status
    status_reason: str
    errors: int  # error findings with no reviewer decision
    warnings: int  # warnings with no reviewer decision
    decided_by: str | None
    decided_at: str | None
    updated_at: str
    version: int
    content_hash: str
    first_reviewer: str | None = None  # 初审人 while a four-eyes approval waits for its 复核
    claimed_by: str | None = None  # who has the report open (the service drops lapsed claims)
    claim_seen: float | None = None  # unix time of the claimant's last activity

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class ReviewerWork:
    """One reviewer's part in a store, for the lead's progress view."""

    reviewer: str
    edited: int = 0  # reports whose values, facts or decisions they changed
    first_reviewed: int = 0  # reports waiting for 复核 after their 初审
    approved: int = 0  # reports they approved (the 复核 under four-eyes)
    claims: tuple[int, ...] = ()  # reports they have open (live or lapsed: the service decides)
    claim_seen: tuple[float, ...] = ()


@dataclass(frozen=True)
class Claim:
    """Who has a report open for editing, and when they were last active (unix time)."""

    report_id: int
    reviewer: str
    claimed_at: str
    seen_at: float


@dataclass(frozen=True)
class Decision:
    """A reviewer's conclusion about one finding (referred to by the validator's finding id)."""

    finding_id: str
    decision: str  # fixed / source_error / dismissed
    note: str
    reviewer: str
    at: str

    @property
    def label(self) -> str:
        return decision_label(self.decision)


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a report; `old`/`new` are cell values, status or decision names."""

    id: int
    report_id: int
    at: str
    reviewer: str
    action: str  # import / version / edit / info / status / decision
    key: str | None  # cell key, field name (agency, year) or finding id
    old: Any
    new: Any
    note: str


@dataclass
class ReportInput:
    """A freshly extracted file, ready to be written as a new report or a new version.

    Values and provenance may arrive already encoded (by the worker process that extracted the
    file), so the writing process does not encode 200 values and origins per report itself.
    """

    file_name: str
    content_hash: str
    data: bytes
    text: str
    kind: str
    record: Record
    provenance_json: str  # JSON key -> Origin, as codec.provenance_json writes it
    errors: int = 0
    warnings: int = 0
    fields_json: str = ""  # codec.dumps(record.fields), when the extracting process encoded it

    def origins(self) -> dict[str, Origin]:
        return {k: Origin.from_json(v) for k, v in json.loads(self.provenance_json).items()}


@dataclass
class StoredReport:
    """Everything the store keeps about a report's current version."""

    summary: ReportSummary
    record: Record  # current values
    machine: dict[str, Value]  # values as extracted from the current version
    provenance: dict[str, Origin]
    text: str


@dataclass
class ApprovedRecord:
    """An approved report as export needs it: queue facts, current values, decisions."""

    summary: ReportSummary
    fields: dict[str, Value]
    decisions: list[Decision] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)  # who changed values, facts or decisions
