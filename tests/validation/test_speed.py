"""The window revalidates on every keystroke: one validation must stay well under a millisecond."""

from __future__ import annotations

import statistics
import time

from app.record import Origin
from app.validation import validate_record

from .helpers import changed, seed_text

RUNS = 200


def _median_seconds(call) -> float:
    call()  # compile the template's rules once, as the first keystroke would
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _provenance(record) -> dict[str, Origin]:
    """An origin for every cell, as extraction leaves it."""
    return {k: Origin(0, 1, str(v)) for k, v in record.fields.items()}


def test_a_gold_record_validates_in_under_a_millisecond(gold_001):
    provenance = _provenance(gold_001)
    assert _median_seconds(lambda: validate_record(gold_001, provenance)) < 0.001


def test_a_corrupted_record_with_suggestions_validates_in_under_a_millisecond(gold_001):
    corrupted = changed(gold_001, {"requests.granted.natural_person": 38, "appeals.review.total": None,
                                   "requests.carried_forward.total": 40})
    provenance = _provenance(gold_001)
    assert _median_seconds(lambda: validate_record(corrupted, provenance)) < 0.001


def test_the_prose_check_of_a_whole_report_stays_fast(gold_001):
    text = seed_text("001")
    assert _median_seconds(lambda: validate_record(gold_001, text=text)) < 0.01
