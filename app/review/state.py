"""What the service hands the window and the command line: a report's state and an import's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.record import Finding, Origin, Record, Value
from app.record.status import is_open_error
from app.store.models import Decision, ReportSummary


@dataclass
class ReportState:
    """One report as the reviewer sees it now; `findings` are computed fresh from `record`.

    `finding_ids[i]` is the validator's stable id of `findings[i]`, the key of `decisions`.
    """

    summary: ReportSummary
    record: Record  # current values, reviewer's edits included
    machine: dict[str, Value]  # values as extracted from the current version of the file
    provenance: dict[str, Origin]
    text: str
    kind: str
    findings: list[Finding]
    decisions: dict[str, Decision]
    locked: bool  # approved or rejected: values and decisions change only after reopen()
    finding_ids: list[str] = field(default_factory=list)
    claimed_by: str | None = None  # another reviewer with a live claim: read-only for this one

    @property
    def read_only(self) -> bool:
        """Nothing may be changed here now: decided, or open by another reviewer."""
        return self.locked or self.claimed_by is not None

    @property
    def open_errors(self) -> list[Finding]:
        """Error findings nobody has decided on yet (these block approval)."""
        return [f for f, fid in zip(self.findings, self.finding_ids, strict=True)
                if is_open_error(f.severity, fid in self.decisions)]


@dataclass
class ImportSummary:
    """How an import went: counts per outcome, and every file that failed with its reason."""

    imported: int = 0  # new reports
    updated: int = 0  # new versions of reports already in the store
    unchanged: int = 0  # the same bytes were already there
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, Chinese reason)
    cancelled: bool = False
    report_ids: list[int] = field(default_factory=list)  # reports imported or updated

    @property
    def total(self) -> int:
        return self.imported + self.updated + self.unchanged + len(self.failed)
