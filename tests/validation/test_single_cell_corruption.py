"""Every single wrong number in 三 and 四 is caught on its own cell, and the fix restores it."""

from __future__ import annotations

import pytest

from app.record import Record
from app.template import get_template
from app.validation import validate_record

from .helpers import changed, errors, load_gold

# Table 二 has no arithmetic: its counts and the fee are whatever the agency printed. (Only a
# 制发 above 现行有效 is flagged, as a warning.) These cells are not covered by any sum.
NOT_COVERED_BY_ARITHMETIC = (
    "active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force",
    "active.normative_docs.issued", "active.normative_docs.repealed", "active.normative_docs.in_force",
    "active.licensing.decisions", "active.penalty.decisions", "active.enforcement.decisions",
    "active.fees.amount_10k_yuan",
)
COVERED = [k for k in get_template("2021").keys if k not in NOT_COVERED_BY_ARITHMETIC]


def test_the_uncovered_cells_are_exactly_table_two():
    assert set(NOT_COVERED_BY_ARITHMETIC) == {c.key for c in get_template("2021").table("active").cells}
    assert len(COVERED) == 190


def _caught_on(record: Record, key: str) -> list:
    return [f for f in errors(validate_record(record)) if key in f.cells]


# 001 has non-trivial numbers in every cell, 004 zeros everywhere, 000 blanks beside its numbers.
@pytest.mark.parametrize("prefix", ["001", "004", "000"])
@pytest.mark.parametrize("delta", [1, 7])
def test_every_covered_cell_changed_alone_is_caught_on_that_cell(prefix, delta):
    gold = load_gold(prefix)
    missed = [k for k in COVERED if not _caught_on(changed(gold, {k: (gold.fields[k] or 0) + delta}), k)]
    assert missed == []


@pytest.mark.parametrize("prefix", ["001", "004"])
@pytest.mark.parametrize("delta", [1, 7, -1])
def test_a_wrong_cell_of_table_three_gets_its_true_value_suggested(prefix, delta):
    gold = load_gold(prefix)
    wrong_fixes = {}
    for key in (k for k in COVERED if k.startswith("requests.")):
        corrupted = changed(gold, {key: gold.fields[key] + delta})
        suggestions = [f.suggestion for f in _caught_on(corrupted, key) if f.rule != "negative"]
        if suggestions != [{key: gold.fields[key]}] * len(suggestions) or not suggestions:
            wrong_fixes[key] = suggestions
    assert wrong_fixes == {}


def test_every_finding_of_a_corruption_carries_the_same_fix(gold_001):
    corrupted = changed(gold_001, {"requests.total_processed.total": 61})
    findings = errors(validate_record(corrupted))
    assert sorted(f.rule for f in findings) == ["balance", "outcome_total", "row_total"]
    assert all(f.suggestion == {"requests.total_processed.total": 60} for f in findings)


def test_a_blank_total_is_filled_from_its_parts(gold_001):
    corrupted = changed(gold_001, {"appeals.review.total": None})
    (finding,) = errors(validate_record(corrupted))
    assert finding.suggestion == {"appeals.review.total": 2}


def test_the_single_blank_cell_of_a_sum_is_preferred_to_changing_a_printed_one(gold_001):
    # 1 + 空 + 0 + 0 ≠ 2: the blank 结果纠正 must be 1 (changing 维持 or 总计 would also work).
    corrupted = changed(gold_001, {"appeals.review.corrected": None})
    (finding,) = errors(validate_record(corrupted))
    assert finding.suggestion == {"appeals.review.corrected": 1}


def test_no_fix_when_several_cells_could_be_wrong(gold_001):
    # 四 has one sum per block: 维持, 纠正 and 总计 could each be the wrong one.
    (finding,) = errors(validate_record(changed(gold_001, {"appeals.review.upheld": 2})))
    assert finding.suggestion is None


def test_never_a_negative_count_suggested(gold_004):
    # 0 + 空 + 0 + 2 ≠ 0: the blank 结果纠正 would have to be -2, which is no count; 尚未审结 or
    # 总计 could each be the wrong one, so nothing is offered.
    corrupted = changed(gold_004, {"appeals.review.corrected": None, "appeals.review.pending": 2})
    (finding,) = errors(validate_record(corrupted))
    assert finding.rule == "appeals_total" and finding.suggestion is None


def test_no_fix_when_two_cells_are_wrong_in_the_same_sums(gold_001):
    corrupted = changed(gold_001, {"requests.granted.natural_person": 38, "requests.granted.commercial": 2})
    assert all(f.suggestion is None for f in errors(validate_record(corrupted)))
