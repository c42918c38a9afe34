"""What the reader reported about its placements reaches the reviewer, one finding per row."""

from __future__ import annotations

from app.record import Origin
from app.validation import validate_record

from .helpers import by_rule, changed


def test_inferred_placements_give_one_warning_per_row(gold_001):
    provenance = {
        "requests.granted.natural_person": Origin(10, 12, "37", how="inferred"),
        "requests.granted.total": Origin(20, 22, "38", how="inferred"),
        "appeals.review.upheld": Origin(30, 31, "1", how="inferred"),
        "requests.partially_granted.total": Origin(40, 42, "11"),  # read as printed: nothing to say
    }
    notes = by_rule(validate_record(gold_001, provenance), "inferred")
    assert [n.severity for n in notes] == ["warning", "warning"]
    assert {n.cells for n in notes} == {("requests.granted.natural_person", "requests.granted.total"),
                                        ("appeals.review.upheld",)}
    granted = next(n for n in notes if len(n.cells) == 2)
    assert granted.message.startswith("三(一)：自然人、总计的数字是按表内算术推断放入的")


def test_unplaced_numbers_are_an_error_quoting_what_was_seen(gold_001):
    record = changed(gold_001, {"requests.denied.state_secret.commercial": None,
                                "requests.denied.state_secret.total": None})
    provenance = {
        "requests.denied.state_secret.commercial": Origin(100, 103, "1 1", how="unplaced"),
        "requests.denied.state_secret.total": Origin(100, 103, "1 1", how="unplaced"),
        "not.a.key": Origin(0, 1, "9", how="unplaced"),
    }
    findings = validate_record(record, provenance)
    (unplaced,) = by_rule(findings, "unplaced")
    assert unplaced.severity == "error"
    assert unplaced.cells == ("requests.denied.state_secret.commercial", "requests.denied.state_secret.total")
    assert "“1 1”" in unplaced.message and "三(三)1" in unplaced.message
    assert unplaced.numbers == {"raw": ["1 1"]}
    # Reported once as unplaced, not again among the blanks.
    assert by_rule(findings, "empty_cell") == []


def test_an_inferred_row_the_arithmetic_then_finds_broken_is_an_error_over_all_its_cells(gold_001):
    # 三(一) placed by inference (37 under 商业企业 instead of 自然人): the column sums now fail, so
    # where its numbers and blanks fall is doubtful — every cell of the row is named, blanks included.
    record = changed(gold_001, {"requests.granted.natural_person": None, "requests.granted.commercial": 38})
    provenance = {"requests.granted.commercial": Origin(10, 12, "37", how="inferred"),
                  "requests.granted.total": Origin(20, 22, "38", how="inferred")}
    (note,) = by_rule(validate_record(record, provenance), "inferred")
    assert note.severity == "error"
    assert "requests.granted.natural_person" in note.cells and "requests.granted.other_org" in note.cells
    assert "表内算术又不成立" in note.message


def test_an_inferred_row_the_arithmetic_accepts_stays_a_warning(gold_001):
    provenance = {"requests.granted.natural_person": Origin(10, 12, "37", how="inferred")}
    (note,) = by_rule(validate_record(gold_001, provenance), "inferred")
    assert note.severity == "warning" and note.cells == ("requests.granted.natural_person",)
