"""Each table is read as a whole: rows give their candidate readings, the table's rules pick.

The reports here are the seeds glued into one line the way archives save pages (no separators
between cells), so most rows could be cut several ways and only the column sums decide.
"""

from __future__ import annotations

import re
import time

import pytest

from app.documents.model import Document
from app.extract import extract_bytes
from app.locate import locate_record
from app.locate.readings import Budget, OutOfBudget, readings, row_rules
from app.locate.tokens import Tok
from app.template import get_template
from app.template.rules import rules_for
from app.validation import validate_record
from tests.conftest import SEEDS

from .helpers import gold, seed_text


def glued(text: str) -> str:
    """The page flattened to one line, every cell run into the next."""
    return re.sub(r" \|$", "", text, flags=re.M).replace(" | ", "").replace("\n", "")


def _extract(text: str):
    record, provenance = locate_record(Document(text), "x.txt")
    return record, provenance, validate_record(record, provenance, text=text)


@pytest.mark.parametrize("stem", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_a_seed_glued_into_one_line_is_read_or_flagged_never_wrong(stem):
    record, provenance, findings = _extract(glued(seed_text(stem)))
    errors = {k for f in findings if f.severity == "error" for k in f.cells}
    want = gold(stem)["fields"]
    wrong = {k: (record.fields[k], v) for k, v in want.items() if record.fields[k] != v}
    assert all(k in errors and provenance[k].how == "unplaced" for k in wrong), wrong
    assert len(wrong) <= 6  # only truly ambiguous cells (table 二's 321397) stay open


def test_the_column_sums_decide_what_each_row_alone_cannot():
    # 一 shows 6163000067 (6163 | 0 … or 61 | 3 …): only the columns' sums tell.
    record, provenance, _ = _extract(glued(seed_text()))
    row = "requests.new_received."
    assert [record.fields[row + c] for c in ("natural_person", "commercial", "total")] == [61, 3, 64]
    assert provenance[row + "natural_person"].how == "inferred"
    assert "全表算术" in provenance[row + "natural_person"].note


def test_an_undecided_row_stays_empty_with_its_raw_digits_and_every_candidate_reading():
    record, provenance, findings = _extract(glued(seed_text()))
    keys = ("active.normative_docs.issued", "active.normative_docs.repealed", "active.normative_docs.in_force")
    assert all(record.fields[k] is None and provenance[k].how == "unplaced" for k in keys)
    (finding,) = [f for f in findings if f.rule == "unplaced" and keys[0] in f.cells]
    assert finding.severity == "error" and "321397" in finding.message and "可能的读法" in finding.message
    truth = {keys[0]: 32, keys[1]: 1, keys[2]: 397}
    assert truth in [dict(a) for a in finding.alternatives]
    assert not any(f.rule == "empty_cell" and keys[0] in f.cells for f in findings)  # never "left blank"


def test_a_row_the_source_adds_up_wrong_is_never_forced_into_the_arithmetic():
    # The agency printed 8 where its row total says 9: nothing is "repaired".
    text = seed_text().replace("1.本机关不掌握相关政府信息 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |",
                               "1.本机关不掌握相关政府信息 | 8 | 0 | 0 | 0 | 0 | 0 | 9 |")
    record, provenance, findings = _extract(glued(text))
    errors = {k for f in findings if f.severity == "error" for k in f.cells}
    printed = {**gold()["fields"], "requests.unavailable.not_held.total": 9}
    for key, want in printed.items():
        assert record.fields[key] == want or key in errors, key


def test_two_equal_numbers_go_to_the_first_column_only_where_the_table_allows_it():
    # A table whose certain rows use another applicant column: the convention is not applied.
    text = seed_text().replace("一、本年新收政府信息公开申请数量 | 61 | 3 | 0 | 0 | 0 | 0 | 64 |",
                               "一、本年新收政府信息公开申请数量 64 64")
    record, provenance, findings = _extract(text)
    row = "requests.new_received."
    assert provenance[row + "natural_person"].how == "unplaced"
    assert any(f.rule == "unplaced" and row + "natural_person" in f.cells for f in findings)


def test_a_table_not_found_is_an_error_and_never_described_as_left_blank():
    text = seed_text()
    text = text[:text.index("四、政府信息公开行政复议")] + "五、存在的主要问题及改进情况\n无。\n"
    record, provenance, findings = _extract(text)
    (missing,) = [f for f in findings if f.rule == "unplaced" and "appeals.review.total" in f.cells]
    assert missing.severity == "error" and "没有找到表四" in missing.message and len(missing.cells) == 15
    assert not any(f.rule == "empty_cell" and any(c.startswith("appeals.") for c in f.cells) for f in findings)


def test_a_row_whose_label_is_not_found_is_an_error_not_a_blank():
    text = seed_text().replace("2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", "")
    record, provenance, findings = _extract(text)
    key = "requests.not_processed.duplicate.total"
    assert record.fields[key] is None and provenance[key].how == "unplaced"
    (finding,) = [f for f in findings if f.rule == "unplaced" and key in f.cells]
    assert "没有找到这一行" in finding.message


def test_a_run_of_sixty_one_digits_gives_up_quickly_and_leaves_the_row_unplaced():
    text = seed_text().replace("(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |", "(一)予以公开 | 1" + "0" * 60 + " |")
    started = time.perf_counter()
    record, provenance, _ = _extract(text)
    assert time.perf_counter() - started < 2.0
    assert provenance["requests.granted.total"].how == "unplaced"


def test_reading_enumeration_stops_at_its_budget():
    template = get_template("2021")
    table = template.table("requests")
    columns = list(table.columns)
    keys = [f"requests.granted.{c.id}" for c in columns]
    run = "1" * 40
    with pytest.raises(OutOfBudget):
        readings([Tok("num", 0, len(run), int(run), text=run)], columns, row_rules(keys, rules_for(template)),
                 cut=True, budget=Budget(steps=50))


def test_a_cut_never_starts_a_cell_with_zero():
    template = get_template("2021")
    columns = list(template.table("requests").columns)
    keys = [f"requests.granted.{c.id}" for c in columns]
    found = readings([Tok("num", 0, 7, 31, text="0310031")], columns, row_rules(keys, rules_for(template)),
                     cut=True, budget=Budget())
    assert found
    for reading in found:
        for t in reading:
            assert t is None or t.value == 0 or not str(t.value).startswith("0")


def test_the_placement_takes_its_rules_from_the_template_as_the_validator_does():
    # No hand-written arithmetic in app/locate: placement imports the template's rules.
    import app.locate.locator as locator
    import app.locate.table_solve as table_solve

    assert locator.rules_for is rules_for
    assert table_solve.solve_rows.__module__ == "app.locate.solve"


def test_an_extracted_flat_file_round_trips_its_candidates_through_json():
    data = glued(seed_text()).encode("utf-8")
    result = extract_bytes("flat.txt", data)
    origin = result.provenance["active.normative_docs.issued"]
    from app.record import Origin

    again = Origin.from_json(origin.to_json())
    assert again.candidates == origin.candidates and len(origin.candidates) > 1


def test_readings_are_written_with_each_cell_key_once_and_read_back_in_either_shape():
    from app.record import Finding, Origin

    readings = ({"a.x": 6, "a.y": None, "a.total": 6}, {"a.x": None, "a.y": 6, "a.total": 6})
    written = Origin(0, 1, "6", "inferred", candidates=readings).to_json()["candidates"]
    assert written == {"cells": ["a.x", "a.y", "a.total"], "values": [[6, None, 6], [None, 6, 6]]}
    stored_before = {"start": 0, "end": 1, "candidates": [dict(r) for r in readings]}
    assert Origin.from_json(stored_before).candidates == readings
    finding = Finding("assumed", "error", ("a.x",), "m", alternatives=readings)
    assert Finding.from_json(finding.to_json()).alternatives == readings
    uneven = ({"a.x": 1}, {"a.y": 2})  # readings of different cells keep one mapping each
    assert Finding.from_json(Finding("unplaced", "error", (), "m", alternatives=uneven).to_json()).alternatives == uneven


def _requests_rows(*rows: tuple[str, list[list[int | None]]]):
    """RowChoices of table 三 (rows named by id; each option a list of cell values, None blank)."""
    from app.locate.solve import RowChoice

    template = get_template("2021")
    columns = list(template.table("requests").columns)
    out = []
    for row_id, options in rows:
        keys = tuple(f"requests.{row_id}.{c.id}" for c in columns)
        out.append(RowChoice(keys, [tuple(None if v is None else Tok("num", 0, 1, v) for v in o)
                                    for o in options]))
    return out, rules_for(template)


def test_a_rule_through_a_row_of_unknown_numbers_decides_nothing():
    # 一 + 二 = 三(七) + 四 per column. With 二 and 四 printed, 一 open between two readings and
    # 三(七) unknown (its numbers could not be read), the balance cannot tell which reading of 一 is
    # right: treating the unknown row as zeros would wrongly decide it.
    from app.locate.solve import solve_rows

    rows, rules = _requests_rows(
        ("new_received", [[5, None, None, None, None, None, 5], [None, 5, None, None, None, None, 5]]),
        ("carried_over", [[0, 0, 0, 0, 0, 0, 0]]),
        ("total_processed", []),
        ("carried_forward", [[0, 0, 0, 0, 0, 0, 0]]),
    )
    found, dropped = solve_rows(rows, rules, Budget())
    assert found is not None and found[0] == {0, 1} and dropped == 0


def test_a_row_whose_readings_all_add_the_same_numbers_still_counts_in_the_sums():
    # 一's readings differ only in where its 0s stand: a constant for the sums. The balance then
    # decides 三(七) between its two readings.
    from app.locate.solve import solve_rows

    rows, rules = _requests_rows(
        ("new_received", [[3, 0, None, None, None, None, 3], [3, None, 0, None, None, None, 3]]),
        ("carried_over", [[0, 0, 0, 0, 0, 0, 0]]),
        ("total_processed", [[3, None, None, None, None, None, 3], [None, 3, None, None, None, None, 3]]),
        ("carried_forward", [[0, 0, 0, 0, 0, 0, 0]]),
    )
    found, dropped = solve_rows(rows, rules, Budget())
    assert found is not None and found[0] == {0, 1} and found[2] == {0} and dropped == 0


def test_a_rule_broken_by_settled_rows_is_set_aside_and_counted():
    # 一's readings all add 3 in the first column; 三(七) is printed as 4 there: the balance of
    # that column is broken whatever 一's reading, so the solve leaves it out (and says so).
    from app.locate.solve import solve_rows

    rows, rules = _requests_rows(
        ("new_received", [[3, 0, None, None, None, None, 3], [3, None, 0, None, None, None, 3]]),
        ("carried_over", [[0, 0, 0, 0, 0, 0, 0]]),
        ("total_processed", [[4, 0, 0, 0, 0, 0, 4]]),
        ("carried_forward", [[0, 0, 0, 0, 0, 0, 0]]),
    )
    found, dropped = solve_rows(rows, rules, Budget())
    assert found is not None and found[0] == {0, 1} and dropped == 2  # the column's balance and 总计's


def test_cached_readings_stand_where_each_row_prints_its_numbers():
    # Two rows printing the same digits at different places: the second is served from the cache
    # and its cut pieces must point into its own text.
    template = get_template("2021")
    columns = list(template.table("requests").columns)
    keys = [f"requests.granted.{c.id}" for c in columns]
    rules = row_rules(keys, rules_for(template))
    first = readings([Tok("num", 100, 105, 10111, text="10111")], columns, rules, cut=True, budget=Budget())
    second = readings([Tok("num", 900, 905, 10111, text="10111")], columns, rules, cut=True, budget=Budget())
    assert first and len(first) == len(second)
    for a, b in zip(first, second, strict=True):
        assert [(t.start - 100, t.end - 100, t.value) if t else None for t in a] == \
               [(t.start - 900, t.end - 900, t.value) if t else None for t in b]
        assert all(t is None or 900 <= t.start < t.end <= 905 for t in b)


def test_the_budget_reads_the_clock_whether_steps_are_spent_one_by_one_or_in_bulk():
    from app.locate.readings import Budget, OutOfBudget

    one_by_one = Budget(steps=10**9, seconds=0.0)
    with pytest.raises(OutOfBudget):
        for _ in range(1025):
            one_by_one.spend()
    in_bulk = Budget(steps=10**9, seconds=0.0)
    with pytest.raises(OutOfBudget):
        in_bulk.spend(3 * 1021)  # a step of the solve spends states x readings at once
    plenty = Budget(steps=10**9, seconds=60.0)
    for _ in range(10):
        plenty.spend(5000)
    with pytest.raises(OutOfBudget):
        Budget(steps=100).spend(101)
