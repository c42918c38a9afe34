"""Numbers OCR was unsure of are named for checking; sure ones and text-layer numbers are not."""

from __future__ import annotations

from app.record import Origin
from app.store.codec import origin_json
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
    assert Origin.from_json(origin_json(origin)) == origin
    assert Origin.from_json(origin.to_json()) == origin
    assert "confidence" not in origin_json(Origin(3, 5, "42"))
