"""Comparing what the pipeline extracted with a synthetic report's truth, cell by cell, and saying
precisely what went wrong (shape, noise, cell, expected, got) when it did not match."""

from __future__ import annotations

from app.documents import ReadError
from app.extract import extract_bytes
from tools.compare_records import same_agency, same_value
from tools.synth import SynthReport


def cell_mismatches(report: SynthReport) -> list[str]:
    """One line per wrong cell of the record extracted from the report (empty when all are right)."""
    try:
        record = extract_bytes(report.name, report.data).record
    except ReadError as error:
        return [f"{_where(report)}: ReadError {error}"]
    truth = report.truth
    wrong = [f"{_where(report)} {key}: want {want!r} got {record.fields.get(key, 'MISSING')!r}"
             for key, want in truth["fields"].items()
             if not same_value(record.fields.get(key, "MISSING"), want)]
    if record.template != truth["template"]:
        wrong.insert(0, f"{_where(report)} template: want {truth['template']} got {record.template}")
    return wrong


def metadata_mismatches(report: SynthReport) -> list[str]:
    try:
        record = extract_bytes(report.name, report.data).record
    except ReadError as error:
        return [f"{_where(report)}: ReadError {error}"]
    truth = report.truth
    out = []
    if not same_agency(record.agency, truth["agency"]):
        out.append(f"{_where(report)} agency: want {truth['agency']!r} got {record.agency!r}")
    if record.year != truth["year"]:
        out.append(f"{_where(report)} year: want {truth['year']!r} got {record.year!r}")
    return out


def _where(report: SynthReport) -> str:
    truth = report.truth
    return f"{report.name} [{truth['blank_policy']}; {', '.join(truth['noise']) or 'no noise'}]"


def summary(lines: list[str], reports: int, limit: int = 40) -> str:
    files = len({line.split(" ", 1)[0] for line in lines})
    return (f"{files}/{reports} reports wrong, {len(lines)} mismatches:\n" + "\n".join(lines[:limit]))
