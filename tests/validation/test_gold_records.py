"""A correct report raises no alarm: the gold records give no error, their prose no disagreement."""

from __future__ import annotations

import json

import pytest

from app.record import Record
from app.validation import validate_record

from .helpers import by_rule, errors, gold_paths, load_gold, seed_text

PREFIXES = ["000", "001", "002", "003", "004"]


def test_the_gold_corpus_is_there():
    assert [p.name[:3] for p in gold_paths()] == PREFIXES


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: p.name[:3])
def test_no_error_on_any_gold_record(path):
    record = Record.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert errors(validate_record(record)) == []


@pytest.mark.parametrize("prefix", PREFIXES)
def test_seed_prose_agrees_with_its_gold_table(prefix):
    findings = validate_record(load_gold(prefix), text=seed_text(prefix))
    assert by_rule(findings, "narrative") == []
    assert errors(findings) == []


def test_a_fully_filled_consistent_record_has_no_finding_at_all(gold_001):
    assert validate_record(gold_001, text=seed_text("001")) == []


def test_blank_cells_give_one_warning_per_table_naming_them_all():
    record = load_gold("002")  # the agency left every cell of 二, 三 and 四 blank
    notes = by_rule(validate_record(record), "empty_cell")
    assert [n.severity for n in notes] == ["warning"] * 3
    assert sorted(len(n.cells) for n in notes) == [10, 15, 175]
    assert {k for n in notes for k in n.cells} == set(record.fields)
    assert "表三的 175 个单元格全部为空" in notes[1].message


def test_a_partly_blank_table_names_its_first_blanks():
    (note,) = by_rule(validate_record(load_gold("003")), "empty_cell")
    assert len(note.cells) == 150 and "requests.new_received.total" not in note.cells
    assert note.message.startswith("表三有 150 个空单元格")
    assert "一（自然人）" in note.message


def test_in_force_below_issued_is_a_warning_on_the_report_that_prints_it(gold_004):
    (finding,) = validate_record(gold_004)  # 衢州 printed 规章: 1 issued, 0 in force
    assert finding.rule == "in_force_lt_issued" and finding.severity == "warning"
    assert finding.cells == ("active.regulations.in_force", "active.regulations.issued")
    assert finding.message == "规章：现行有效件数（0）小于本年制发件数（1），请核对原表"
