"""This year's 上年结转 must equal last year's 结转下年度继续办理, column by column."""

from __future__ import annotations

from app.record import Record
from app.validation import validate_record

from .helpers import by_rule, changed


def _next_year(record: Record, carried_over: dict[str, int | None]) -> Record:
    out = changed(record, {f"requests.carried_over.{c}": v for c, v in carried_over.items()})
    out.year = (record.year or 0) + 1
    return out


def test_a_carry_over_that_differs_from_last_years_carry_forward_is_warned(gold_001):
    # 庆元县 2022 carried 4 requests (自然人) into 2023; the 2023 record says it took over 3.
    this_year = _next_year(gold_001, {"natural_person": 3, "total": 3})
    notes = by_rule(validate_record(this_year, previous=gold_001), "cross_year")
    assert [n.cells for n in notes] == [("requests.carried_over.natural_person",),
                                        ("requests.carried_over.total",)]
    assert all(n.severity == "warning" for n in notes)
    assert notes[0].message == ("二（自然人）为 3，与上年报告（2022 年）的四（自然人） 4 不一致："
                                "本年“上年结转”应等于上年“结转下年度继续办理”")
    assert notes[0].numbers == {"this_year": 3, "previous_year": 4}


def test_a_matching_carry_over_is_silent_and_blank_equals_zero(gold_001):
    this_year = _next_year(gold_001, {"natural_person": 4, "commercial": None, "total": 4})
    assert by_rule(validate_record(this_year, previous=gold_001), "cross_year") == []


def test_last_year_may_follow_the_2019_template(gold_001):
    previous = Record.empty("2021年报告.json", "2019")
    previous.year = 2021
    previous.fields.update({"requests.carried_forward.natural_person": 2,
                            "requests.carried_forward.total": 2})
    notes = by_rule(validate_record(gold_001, previous=previous), "cross_year")
    assert [n.numbers for n in notes] == [{"this_year": 0, "previous_year": 2}] * 2


def test_records_of_years_that_do_not_follow_each_other_are_not_compared(gold_001):
    this_year = _next_year(gold_001, {"natural_person": 0})
    this_year.year = 2030
    assert by_rule(validate_record(this_year, previous=gold_001), "cross_year") == []
