"""Reviewer decisions refer to findings by an id that survives revalidation."""

from __future__ import annotations

import copy

from app.record import Finding
from app.validation import finding_id, validate_record

from .helpers import changed


def test_the_id_is_the_rule_and_the_sorted_cells():
    a = Finding("balance", "error", ("b.x", "a.y"), "一条消息")
    b = Finding("balance", "error", ("a.y", "b.x"), "另一条消息", suggestion={"a.y": 1})
    assert finding_id(a) == finding_id(b) == "balance:a.y,b.x"
    assert finding_id(Finding("row_total", "error", ("a.y", "b.x"), "")) != finding_id(a)


def test_the_same_problem_keeps_its_id_when_other_numbers_change(gold_001):
    corrupted = changed(gold_001, {"requests.granted.natural_person": 38})
    before = {finding_id(f) for f in validate_record(corrupted)}
    edited = copy.deepcopy(corrupted)
    edited.fields["requests.granted.natural_person"] = 40  # still wrong, by another amount
    assert {finding_id(f) for f in validate_record(edited)} == before
