"""The generator's truth files: gold shape, template arithmetic, honest error labels, blank rules."""

from __future__ import annotations

import pytest

from app.record import Record
from app.template import get_template
from tests.synth.oracle import APPLICANTS, broken_rules
from tools.synth import SHAPES, TEXT_SHAPES, generate_report, iter_reports

FAST_SHAPES = (*TEXT_SHAPES, "html")


def _truths(count: int, error_rate: float, seed: int = 11) -> list[dict]:
    return [r.truth for r in iter_reports(count, seed=seed, shapes=FAST_SHAPES, error_rate=error_rate)]


def test_truth_has_the_gold_record_shape() -> None:
    for truth in _truths(60, 0.5):
        template = get_template(truth["template"])
        assert list(truth["fields"]) == list(template.keys)
        assert all(v is None or type(v) in (int, float) for v in truth["fields"].values())
        assert isinstance(truth["agency"], str) and truth["agency"]
        assert min(template.report_years) <= truth["year"] <= 2024
        assert Record.from_json(truth).fields == truth["fields"]


def test_error_free_truths_obey_every_rule_of_the_template() -> None:
    truths = _truths(300, 0.0)
    assert {t["template"] for t in truths} == {"2019", "2021"}
    for truth in truths:
        assert truth["injected_errors"] == []
        assert broken_rules(get_template(truth["template"]), truth["fields"]) == {}, truth["source"]


def test_injected_errors_break_the_rule_they_claim_and_nothing_else_is_wrong() -> None:
    truths = _truths(300, 1.0)
    claimed = {e["rule"] for t in truths for e in t["injected_errors"]}
    assert claimed == {"row_total", "outcome_total", "balance", "appeals_total", "non_negative",
                       "whole_number"}
    for truth in truths:
        template = get_template(truth["template"])
        fields = truth["fields"]
        broken = broken_rules(template, fields)
        assert truth["injected_errors"], truth["source"]
        for error in truth["injected_errors"]:
            assert {k: fields[k] for k in error["cells"]} == error["now"] != error["was"]
            assert error["rule"] in error["breaks"]
            for rule in error["breaks"]:
                assert any(cells & set(error["cells"]) for cells in broken.get(rule, [])), (
                    truth["source"], error)
        # Undoing the injected changes leaves a record that obeys every rule again.
        restored = dict(fields)
        for error in truth["injected_errors"]:
            restored.update(error["was"])
        assert broken_rules(template, restored) == {}, truth["source"]


def test_blank_cells_follow_what_each_shape_can_show() -> None:
    for report in iter_reports(200, seed=3, shapes=FAST_SHAPES):
        truth, fields = report.truth, report.truth["fields"]
        request_keys = [k for k in fields if k.startswith("requests.")]
        blanks = {k for k, v in fields.items() if v is None}
        if truth["shape"] == "000":  # only 自然人 and 总计 printed in 三
            assert blanks == {k for k in request_keys if k.rsplit(".", 1)[1] in APPLICANTS[1:]}
        elif truth["shape"] == "003":  # only 总计 printed in 三
            assert blanks == {k for k in request_keys if k.rsplit(".", 1)[1] in APPLICANTS}
        elif truth["shape"] == "004":
            assert blanks == set()


def test_shapes_with_free_blanks_do_produce_blank_cells() -> None:
    blanks = [sum(v is None for v in r.truth["fields"].values())
              for r in iter_reports(60, seed=4, shapes=("001", "002", "html"))]
    assert any(blanks) and not all(blanks)


def test_same_seed_gives_the_same_files_and_another_seed_does_not() -> None:
    for shape in SHAPES:
        first = generate_report(7, 3, shape)
        assert first.data == generate_report(7, 3, shape).data
        assert first.truth == generate_report(7, 3, shape).truth
        assert first.data != generate_report(8, 3, shape).data


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_the_format_can_be_fixed(template: str) -> None:
    assert {r.truth["template"] for r in iter_reports(20, template=template)} == {template}
