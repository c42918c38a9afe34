"""The validator as the service uses it: fresh findings, their ids, and the queue's open counts."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Protocol

from app.record import Finding, Origin, Record
from app.record.status import REJECTED, is_open_error, status_label
from app.store import ReportSummary, Store


class Validation(Protocol):
    """What the service needs of app.validation (the module itself satisfies it)."""

    def validate_record(self, record: Record, provenance: Mapping[str, Origin] | None = None, *,
                        text: str | None = None, previous: Record | None = None) -> list[Finding]: ...

    def finding_id(self, finding: Finding) -> str: ...


def default_validation() -> Validation:
    """app.validation, imported on first use (it is written by another room and may be slow to load)."""
    import app.validation

    return app.validation


def open_counts(findings: list[Finding], ids: list[str], decided: Collection[str]) -> tuple[int, int]:
    """(errors, warnings) that have no reviewer decision: what the queue shows."""
    errors = sum(1 for f, fid in zip(findings, ids, strict=True) if is_open_error(f.severity, fid in decided))
    warnings = sum(1 for f, fid in zip(findings, ids, strict=True) if f.severity == "warning" and fid not in decided)
    return errors, warnings


class Checker:
    """Findings of a record as the reviewer must see them: with last year's record from the store."""

    def __init__(self, store: Store, validation: Validation | None = None) -> None:
        self._store = store
        self._validation = validation

    @property
    def validation(self) -> Validation:
        if self._validation is None:
            self._validation = default_validation()
        return self._validation

    def previous(self, record: Record) -> Record | None:
        """The same agency's record of the year before, for the cross-year check."""
        if not record.agency or record.year is None:
            return None
        return self._store.record_of(record.agency, record.year - 1)

    def findings(self, record: Record, provenance: Mapping[str, Origin], text: str | None,
                 report_id: int | None = None) -> tuple[list[Finding], list[str]]:
        """Fresh findings and their stable ids; with `report_id`, also other copies of the report."""
        v = self.validation
        findings = v.validate_record(record, provenance, text=text, previous=self.previous(record))
        if report_id is not None:
            findings += self.duplicates(record, report_id)
        return findings, [v.finding_id(f) for f in findings]

    def other_copies(self, agency: str | None, year: int | None, report_id: int) -> list[ReportSummary]:
        """Reports of the same agency and year, except this one and those sent back."""
        if not agency or year is None:
            return []
        return [s for s in self._store.list_reports(search=agency)
                if s.agency == agency and s.year == year and s.id != report_id and s.status != REJECTED]

    def duplicates(self, record: Record, report_id: int) -> list[Finding]:
        from app.validation.duplicates import OtherCopy, check_duplicate

        others = self.other_copies(record.agency, record.year, report_id)
        return check_duplicate(record.agency or "", record.year or 0,
                               [OtherCopy(s.source, s.kind, status_label(s.status)) for s in others])
