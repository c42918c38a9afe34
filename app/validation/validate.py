"""validate_record: every check of one record, in a fixed order, errors first."""

from __future__ import annotations

from collections.abc import Mapping

from app.record import Finding, Origin, Record

from .arithmetic import check_arithmetic
from .cells import check_cells
from .compiled import compiled
from .confidence import check_confidence, check_misread_chains
from .cross_year import check_cross_year
from .metadata import check_metadata
from .narrative import check_narrative
from .provenance import check_provenance, escalate_inferred
from .units import check_units

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def validate_record(record: Record, provenance: Mapping[str, Origin] | None = None, *,
                    text: str | None = None, previous: Record | None = None) -> list[Finding]:
    """All findings on a record: per-cell, provenance, arithmetic; prose and last year when given.

    `text` is the whole decoded report (its prose is located here); `previous` is the same
    agency's record for the year before, in either template.
    """
    ct = compiled(record.tmpl)
    values = list(map(record.fields.get, ct.keys))
    findings: list[Finding] = []
    unplaced = check_provenance(ct, provenance, findings) if provenance else set()
    if provenance:
        check_confidence(ct, provenance, findings)
    nums = check_cells(ct, values, unplaced, findings)
    if provenance:
        check_units(ct, values, provenance, findings)
    check_arithmetic(ct, values, nums, findings)
    if provenance:
        check_misread_chains(ct, provenance, values, nums, findings)
    escalate_inferred(ct, findings)
    findings += check_metadata(record, provenance)
    if text:
        findings += check_narrative(ct, nums, text, record.year)
    if previous is not None:
        findings += check_cross_year(record, previous)
    findings.sort(key=lambda f: _SEVERITY_ORDER.get(f.severity, 3))
    return findings


def finding_id(finding: Finding) -> str:
    """A stable id for reviewer decisions: the rule and the sorted cells it concerns."""
    return f"{finding.rule}:{','.join(sorted(finding.cells))}"
