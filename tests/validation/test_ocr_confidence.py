"""Numbers OCR was unsure of are named for checking; sure ones and text-layer numbers are not."""

from __future__ import annotations

from app.record import Origin
from app.store.codec import loads, provenance_json
from app.validation import validate_record
from app.validation.confidence import LOW_CONFIDENCE

from .helpers import by_rule


def test_a_number_ocr_was_unsure_of_is_a_warning_naming_its_cell(gold_001):
    provenance = {
        "requests.granted.natural_person": Origin(10, 12, "37", confidence=0.61),
        "requests.granted.total": Origin(20, 22, "38", confidence=0.99),
        "appeals.review.upheld": Origin(30, 31, "1"),  # from a text layer: no score
    }
    (finding,) = by_rule(validate_record(gold_001, provenance), "ocr_uncertain")
    assert finding.severity == "warning"
    assert finding.cells == ("requests.granted.natural_person",)
    assert finding.message == "三(一)（自然人）：数字“37”是从扫描页识别的，识别把握不高（61%），请对照原页核对"


def test_an_edited_value_is_not_flagged_for_its_old_scan(gold_001):
    provenance = {"requests.granted.natural_person": Origin(0, 0, "", how="edited", confidence=0.2)}
    assert by_rule(validate_record(gold_001, provenance), "ocr_uncertain") == []


def test_confidence_survives_the_store_codec_and_json():
    origin = Origin(3, 5, "42", page=1, box=(1.0, 2.0, 3.0, 4.0), confidence=LOW_CONFIDENCE - 0.1)
    assert Origin.from_json(loads(provenance_json({"k": origin}))["k"]) == origin
    assert Origin.from_json(origin.to_json()) == origin
    assert "confidence" not in Origin(3, 5, "42").to_json()


def _scanned(record, **read):
    """The record as OCR read it (`read` overrides cells), every number with a sure score."""
    from dataclasses import replace

    fields = {**record.fields, **{k.replace("__", "."): v for k, v in read.items()}}
    provenance = {k: Origin(0, 1, str(v), confidence=0.98) for k, v in fields.items() if v is not None}
    return replace(record, fields=fields), provenance


def test_a_digit_misread_the_same_way_in_two_cells_of_a_sum_is_named(gold_000):
    """A scan read 6 as 9 in 三(七)（自然人） and 3 more in 三(一)（自然人） and its 总计, all scored
    0.95+: the column's sum still holds, so the failed sums name every wrong cell but 三(一)（自然人）.
    The 9 a digit away from the 6 that 一+二 = 三(七)+四 needs breaks the column's sum: its scanned
    cells are named."""
    assert gold_000.fields["requests.total_processed.natural_person"] == 6
    assert gold_000.fields["requests.granted.natural_person"] == gold_000.fields["requests.granted.total"] == 1
    record, provenance = _scanned(gold_000, requests__total_processed__natural_person=9,
                                  requests__granted__natural_person=4, requests__granted__total=4)
    findings = validate_record(record, provenance)
    wrong = {"requests.total_processed.natural_person", "requests.granted.natural_person", "requests.granted.total"}
    named = {c for f in findings if f.severity in ("error", "warning") for c in f.cells}
    assert wrong <= named
    chains = by_rule(findings, "ocr_misread_chain")
    assert any("requests.granted.natural_person" in f.cells for f in chains)
    assert all(f.severity == "warning" and "扫描页" in f.message for f in chains)
    (balance,) = [f for f in chains if f.cells[0] == "requests.total_processed.natural_person"
                  and "requests.granted.natural_person" in f.cells]
    assert balance.numbers == {"read": 9, "alternative": 6}


def test_a_scan_whose_sums_hold_or_a_text_layer_gets_no_misread_chain(gold_000):
    record, provenance = _scanned(gold_000)
    assert by_rule(validate_record(record, provenance), "ocr_misread_chain") == []
    typed = dict(gold_000.fields, **{"requests.total_processed.natural_person": 9})
    from dataclasses import replace

    text_layer = {k: Origin(0, 1, str(v)) for k, v in typed.items() if v is not None}
    assert by_rule(validate_record(replace(gold_000, fields=typed), text_layer), "ocr_misread_chain") == []


def test_a_number_two_digits_away_is_no_misread():
    from app.validation.confidence import _one_digit_apart

    assert _one_digit_apart(9, 6) and _one_digit_apart(148, 1148) and _one_digit_apart(57, 7)
    assert not _one_digit_apart(7, 10) and not _one_digit_apart(38, 40) and not _one_digit_apart(12, 21)
