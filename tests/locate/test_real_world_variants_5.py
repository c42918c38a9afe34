"""Round 5 of real-world shapes: pages flattened to one line, as archives and crawlers save them.

Each variant is built from seed 001 by the change a flattening makes. The guarantee checked every
time: each cell holds the number the source printed, or an error names it (never a confident wrong
number, never an unread number described as left blank).
"""

from __future__ import annotations

import pytest

from tests.locate.test_joint_solve import _extract, glued

from .helpers import gold, seed_text

NORMATIVE = ("active.normative_docs.issued", "active.normative_docs.repealed", "active.normative_docs.in_force")
TOTAL_ROW = "(七)总计 | 57 | 3 | 0 | 0 | 0 | 0 | 60 |"


def read_or_flagged(text: str, printed: dict | None = None):
    """Extracts `text`; asserts each cell is what was printed or is named by an error."""
    record, provenance, findings = _extract(text)
    want = printed or gold()["fields"]
    errors = {k for f in findings if f.severity == "error" for k in f.cells}
    silent = {k: (record.fields[k], v) for k, v in want.items() if record.fields[k] != v and k not in errors}
    assert not silent, silent
    for key, origin in provenance.items():
        if origin.how == "unplaced":  # an unread number is never called blank
            assert not any(f.rule == "empty_cell" and key in f.cells for f in findings), key
    return record, provenance, findings


def exact_outside_the_open_row(record) -> None:
    """Everything but table 二's 321397 (which two readings both fit) is read exactly."""
    wrong = [k for k, v in gold()["fields"].items() if record.fields[k] != v]
    assert set(wrong) <= set(NORMATIVE), wrong


def test_a_total_row_with_stray_spaces_inside_its_run_is_read_through_the_column_sums():
    text = glued(seed_text()).replace("(七)总计57300000060", "(七)总计57 3 00 0 060")
    record, _, _ = read_or_flagged(text)
    exact_outside_the_open_row(record)
    assert [record.fields[f"requests.total_processed.{c}"] for c in ("natural_person", "commercial", "total")] == [57, 3, 60]


def test_a_vertical_label_repeated_before_each_of_its_rows_is_read_once():
    # A merged (三)不予公开 cell flattened as its label in front of each of its eight rows.
    lines = seed_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("(三)不予公开"))
    lines[start + 1:start + 8] = ["(三)不予公开 | " + line for line in lines[start + 1:start + 8]]
    record, _, _ = read_or_flagged(glued("\n".join(lines)))
    exact_outside_the_open_row(record)


def test_a_row_label_split_across_lines_before_flattening_is_still_found():
    text = seed_text().replace("一、本年新收政府信息公开申请数量 |", "一、本年新收政府信息\n公开申请数量 |")
    record, _, _ = read_or_flagged(glued(text))
    exact_outside_the_open_row(record)


def test_a_one_line_archive_header_before_the_title_leaves_agency_and_year_right():
    header = ("首页 > 政务公开 > 年度报告 索引号：001/2023-00012 发布机构：庆元县人民政府办公室 "
              "成文日期：2023-02-07 标题：")
    record, _, findings = read_or_flagged(header + glued(seed_text()))
    assert (record.agency, record.year) == ("庆元县", 2022)
    assert not [f for f in findings if "agency" in f.cells]


def test_an_archive_header_naming_another_agency_is_a_warning_on_the_agency():
    header = "索引号：001/2023-00012 发布机构：丽水市财政局 成文日期：2023-02-07 "
    record, _, findings = read_or_flagged(header + glued(seed_text()))
    assert record.agency == "庆元县"
    (doubt,) = [f for f in findings if "agency" in f.cells]
    assert doubt.severity == "warning" and "丽水市财政局" in doubt.message


@pytest.mark.parametrize(("printed", "run"), [((57, 1, 462), "571462"), ((5, 0, 12), "5012")])
def test_a_short_row_run_with_several_readings_stays_open_with_every_reading(printed, run):
    text = seed_text().replace("行政规范性文件 | 32 | 1 | 397 |",
                               "行政规范性文件 | {} | {} | {} |".format(*printed))
    want = {**gold()["fields"], **dict(zip(NORMATIVE, printed, strict=True))}
    record, provenance, findings = read_or_flagged(glued(text), want)
    if all(record.fields[k] == v for k, v in zip(NORMATIVE, printed, strict=True)):
        return  # the table's arithmetic decided it: as printed
    assert all(record.fields[k] is None and provenance[k].how == "unplaced" for k in NORMATIVE)
    (finding,) = [f for f in findings if f.rule == "unplaced" and NORMATIVE[0] in f.cells]
    assert run in finding.message and finding.severity == "error"
    assert dict(zip(NORMATIVE, printed, strict=True)) in [dict(a) for a in finding.alternatives]


def test_a_flattened_page_where_the_source_adds_up_wrong_flags_the_row_it_breaks():
    # The agency printed 61 under 总计 where its row adds to 60: the sum is flagged, never "fixed".
    text = seed_text().replace(TOTAL_ROW, "(七)总计 | 57 | 3 | 0 | 0 | 0 | 0 | 61 |")
    want = {**gold()["fields"], "requests.total_processed.total": 61}
    record, _, findings = read_or_flagged(glued(text), want)
    assert any(f.severity == "error" and "requests.total_processed.total" in f.cells for f in findings)


@pytest.mark.parametrize(("row", "count", "amount"), [("政府集中采购2163250.00元", None, None),
                                                        ("政府集中采购12 8800.5元", 12, 8800.5)])
def test_a_2019_procurement_row_glued_to_its_amount_is_read_or_left_open_with_readings(row, count, amount):
    # 2163250.00元 may be a count and an amount run together, or either cell alone: table 二 has no
    # relation that decides it, so the row stays open with an error quoting the digits and readings.
    from .test_format_2019 import ACTIVE, report_2019

    text = glued(report_2019(ACTIVE.replace("政府集中采购 | 12 | 8800.5元 |", row)))
    record, provenance, findings = _extract(text)
    keys = ("active.procurement.items", "active.procurement.amount_yuan")
    if count is not None:
        assert (record.fields[keys[0]], record.fields[keys[1]]) == (count, amount)
        return
    assert all(record.fields[k] is None and provenance[k].how == "unplaced" for k in keys)
    (finding,) = [f for f in findings if f.rule == "unplaced" and keys[0] in f.cells]
    assert finding.severity == "error" and "2163250" in finding.message
    assert len(finding.alternatives) >= 2
