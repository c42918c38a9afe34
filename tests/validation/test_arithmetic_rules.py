"""Each rule of the template, on records corrupted on purpose: found, explained, cells named."""

from __future__ import annotations

from app.record import Record
from app.template import get_template
from app.template.rules import SumRule, rules_for
from app.validation import validate_record

from .helpers import by_rule, changed, errors


def test_row_total_names_the_row_and_both_sides(gold_001):
    findings = validate_record(changed(gold_001, {"requests.new_received.total": 65}))
    (row,) = by_rule(findings, "row_total")
    assert row.severity == "error"
    assert row.message == "总计 ≠ 各类申请人之和（一）：65 ≠ 61 + 3 + 0 + 0 + 0 + 0"
    assert row.cells[0] == "requests.new_received.total" and len(row.cells) == 7
    assert row.numbers["left"] == [65] and row.numbers["right"] == [61, 3, 0, 0, 0, 0]
    assert (row.numbers["left_sum"], row.numbers["right_sum"]) == (65, 64)


def test_balance_message_reads_like_the_printed_rule(gold_000):
    findings = validate_record(changed(gold_000, {"requests.carried_forward.natural_person": 1}))
    (balance,) = [f for f in by_rule(findings, "balance") if "自然人" in f.message]
    assert balance.message == "一+二 ≠ 三(七)+四（自然人）：6 + 0 ≠ 6 + 1"
    assert balance.cells == tuple(f"requests.{row}.natural_person" for row in
                                  ("new_received", "carried_over", "total_processed", "carried_forward"))


def test_blank_cells_in_a_failed_sum_are_shown_as_blank(gold_000):
    findings = validate_record(changed(gold_000, {"requests.granted.total": 2}))
    (row,) = by_rule(findings, "row_total")
    assert row.message == "总计 ≠ 各类申请人之和（三(一)）：2 ≠ 1 + 空 + 空 + 空 + 空 + 空"
    assert row.numbers["right"] == [1, None, None, None, None, None]


def test_outcome_total_sums_the_21_outcome_rows_and_lists_the_non_zero_ones(gold_001):
    findings = validate_record(changed(gold_001, {"requests.other.other.natural_person": 2}))
    (column,) = by_rule(findings, "outcome_total")
    assert len(column.cells) == 22 and "requests.other.other.natural_person" in column.cells
    assert column.message == ("三(七) ≠ 各项办理结果之和（自然人）：57 ≠ "
                              "59（37 + 10 + 1 + 8 + 1 + 2，其余 15 项为 0 或空）")


def test_appeals_total_per_block(gold_001):
    findings = validate_record(changed(gold_001, {"appeals.litigation_after_review.pending": 3}))
    (block,) = by_rule(findings, "appeals_total")
    assert block.message == "总计 ≠ 结果维持+结果纠正+其他结果+尚未审结（诉讼·复议后起诉）：0 ≠ 0 + 0 + 0 + 3"
    assert set(block.cells) == {f"appeals.litigation_after_review.{c}"
                                for c in ("upheld", "corrected", "other", "pending", "total")}


def test_the_2019_template_counts_other_handling_among_the_outcomes():
    template = get_template("2019")
    (natural,) = [r for r in rules_for(template) if isinstance(r, SumRule)
                  and r.id == "outcome_total" and r.scope == "自然人"]
    assert "requests.other_handling.natural_person" in natural.right and len(natural.right) == 19
    record = Record.empty("r2019.json", "2019")
    record.fields.update({"requests.new_received.natural_person": 2, "requests.new_received.total": 2,
                          "requests.other_handling.natural_person": 2, "requests.other_handling.total": 2,
                          "requests.total_processed.natural_person": 2, "requests.total_processed.total": 2})
    assert errors(validate_record(record)) == []
    record.fields["requests.other_handling.natural_person"] = 1
    flagged = {f.rule for f in validate_record(record) if "requests.other_handling.natural_person" in f.cells}
    assert flagged == {"row_total", "outcome_total"}


def test_counts_must_be_whole_and_not_negative(gold_001):
    findings = validate_record(changed(gold_001, {"requests.granted.commercial": 1.5,
                                                  "appeals.review.other": -1}))
    (whole,) = by_rule(findings, "not_whole")
    assert whole.severity == "error" and whole.cells == ("requests.granted.commercial",)
    assert whole.message == "三(一)（商业企业）应为整数（件数），现为 1.5"
    (negative,) = by_rule(findings, "negative")
    assert negative.severity == "error" and negative.cells == ("appeals.review.other",)
    assert "负数" in negative.message


def test_signed_changes_may_be_negative_but_amounts_may_not():
    record = Record.empty("r2019.json", "2019")
    record.fields.update({"active.licensing.change": -3, "active.procurement.amount_yuan": 1250.5})
    assert errors(validate_record(record)) == []
    record.fields.update({"active.licensing.change": 0.5, "active.procurement.amount_yuan": -1})
    assert {(f.rule, f.cells) for f in errors(validate_record(record))} == {
        ("not_whole", ("active.licensing.change",)), ("negative", ("active.procurement.amount_yuan",))}


def test_the_fee_is_a_decimal_amount(gold_001):
    assert errors(validate_record(changed(gold_001, {"active.fees.amount_10k_yuan": 3967.25}))) == []
    (negative,) = errors(validate_record(changed(gold_001, {"active.fees.amount_10k_yuan": -2})))
    assert negative.rule == "negative" and "金额不能小于 0" in negative.message


def test_values_that_are_no_numbers_are_errors_not_crashes(gold_001):
    record = changed(gold_001, {"requests.granted.research": "三",
                                "requests.granted.social_welfare": float("nan")})
    rules = {(f.rule, f.cells[0]) for f in errors(validate_record(record))}
    assert ("not_number", "requests.granted.research") in rules
    assert ("not_number", "requests.granted.social_welfare") in rules


def test_in_force_below_issued_applies_to_both_document_rows(gold_001):
    findings = validate_record(changed(gold_001, {"active.normative_docs.in_force": 31}))
    (finding,) = by_rule(findings, "in_force_lt_issued")
    assert finding.severity == "warning"
    assert finding.message == "规范性文件：现行有效件数（31）小于本年制发件数（32），请核对原表"


def test_a_value_far_above_the_rest_of_its_table_is_flagged_when_it_breaks_a_rule(gold_001):
    findings = validate_record(changed(gold_001, {"requests.granted.natural_person": 37000}))
    (outlier,) = by_rule(findings, "outlier")
    assert outlier.severity == "warning" and outlier.cells == ("requests.granted.natural_person",)
    assert "37000" in outlier.message and "其次为 64" in outlier.message
    # Large but consistent values (表二's 59739 decisions) are never outliers.
    assert by_rule(validate_record(gold_001), "outlier") == []


def test_an_empty_record_only_warns_about_its_blanks_and_its_unknown_agency_and_year():
    findings = validate_record(Record.empty("blank.json"))
    assert {f.rule for f in findings} == {"empty_cell", "agency_missing", "year_missing"}
    assert {f.severity for f in findings} == {"warning"}
