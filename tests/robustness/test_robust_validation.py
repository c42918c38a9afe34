"""The validator against records whose errors are known: it must catch every injected error and
raise no error on a record that obeys the template."""

from __future__ import annotations

from app.record import Record
from app.validation import validate_record
from tools.synth import TEXT_SHAPES, iter_reports

SHAPES = (*TEXT_SHAPES, "html")  # the truth does not depend on the file's shape beyond its blanks


def test_validation_catches_every_injected_error() -> None:
    missed: list[str] = []
    total = 0
    for report in iter_reports(400, seed=201, shapes=SHAPES, error_rate=1.0):
        findings = validate_record(Record.from_json(report.truth))
        flagged = [set(f.cells) for f in findings if f.severity == "error"]
        for error in report.truth["injected_errors"]:
            total += 1
            if not any(cells & set(error["cells"]) for cells in flagged):
                missed.append(f"{report.name} {error['rule']} {error['now']} (was {error['was']})")
    assert total > 400
    assert not missed, f"{len(missed)}/{total} injected errors not caught:\n" + "\n".join(missed[:30])


def test_validation_finds_no_error_in_records_that_obey_the_template() -> None:
    false_alarms: list[str] = []
    for report in iter_reports(400, seed=202, shapes=SHAPES):
        for finding in validate_record(Record.from_json(report.truth)):
            if finding.severity == "error":
                false_alarms.append(f"{report.name} {finding.rule} {finding.cells[:3]}: {finding.message}")
    assert not false_alarms, "\n".join(false_alarms[:30])
