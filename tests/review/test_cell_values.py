"""What a cell may hold is the review service's to decide; the window asks the same judge."""

from __future__ import annotations

import math

import pytest

from app.review import CellValueError, check_value, typed_value
from app.template import get_template

T2019, T2021 = get_template("2019"), get_template("2021")
COUNT = T2021.cell_by_key["requests.new_received.total"]
AMOUNT = next(c for c in T2021.cells if c.kind == "amount")
SIGNED = next(c for c in T2019.cells if c.kind == "signed")


@pytest.mark.parametrize(("cell", "value", "stored"), [
    (COUNT, 12, 12), (COUNT, 12.0, 12), (COUNT, None, None), (COUNT, 0, 0),
    (AMOUNT, 12.5, 12.5), (AMOUNT, 0, 0),
    (SIGNED, -4, -4), (SIGNED, 3, 3),
])
def test_values_each_kind_of_cell_holds(cell, value, stored) -> None:
    assert check_value(cell, value) == stored


@pytest.mark.parametrize(("cell", "value", "reason"), [
    (COUNT, -1, "件数不能为负数"), (COUNT, 1.5, "应为整数"), (AMOUNT, -0.5, "金额不能为负数"),
    (SIGNED, 2.5, "应为整数"), (COUNT, math.inf, "不是有效数字"), (AMOUNT, math.nan, "不是有效数字"),
    (COUNT, "12", "不是数字"), (COUNT, True, "不是数字"),
])
def test_values_a_cell_may_not_hold_are_refused_with_the_reason(cell, value, reason: str) -> None:
    with pytest.raises(CellValueError, match=reason):
        check_value(cell, value)


@pytest.mark.parametrize(("cell", "text", "value"), [
    (COUNT, "１２", 12), (COUNT, " 1,234 ", 1234), (COUNT, "", None), (AMOUNT, "１２.５", 12.5),
    (AMOUNT, "3.0", 3), (SIGNED, "-4", -4),
])
def test_typed_text_becomes_the_cell_value(cell, text: str, value) -> None:
    assert typed_value(cell, text) == value


@pytest.mark.parametrize(("cell", "text", "reason"), [
    (COUNT, "-3", "负数"), (COUNT, "abc", "不是整数"), (AMOUNT, "abc", "不是数字"), (COUNT, "1.5", "应为整数"),
])
def test_typed_text_a_cell_may_not_hold_is_refused(cell, text: str, reason: str) -> None:
    with pytest.raises(CellValueError, match=reason):
        typed_value(cell, text)
