"""The locator reads the tables however the text was flattened, and says when it cannot."""

from __future__ import annotations

import re

import pytest

from app.documents.model import ReadError

from .helpers import diff, gold, locate, seed_text

FULL_WIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def test_every_seed_gives_its_gold_record(seed_paths):
    for path in seed_paths:
        want = gold(path.stem)
        record, _ = locate(path.read_text(encoding="utf-8"), path.name)
        assert diff(record, want) == [], path.name
        assert (record.agency, record.year, record.template) == (want["agency"], want["year"], "2021")


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda t: t.replace(" | ", "\t"), id="tabs-instead-of-bars"),
        pytest.param(lambda t: t.replace(" | ", " , "), id="commas-as-separators"),
        pytest.param(lambda t: t.translate(FULL_WIDTH), id="full-width-digits"),
        pytest.param(lambda t: t.replace("三、收到和处理", "3、收到和处理").replace("四、政府信息公开行政", "4、政府信息公开行政"),
                     id="sections-numbered-3、"),
        pytest.param(lambda t: t.replace("三、收到和处理", "（三）收到和处理").replace("二、主动公开政府", "（二）主动公开政府"),
                     id="sections-numbered-（三）"),
        pytest.param(lambda t: t.replace("二、上年结转", "- 7 -\n二、上年结转").replace("(四)无法提供", "第 3 页 共 9 页\n(四)无法提供"),
                     id="page-footers-inside-table"),
        pytest.param(lambda t: t.replace("本年新收政府信息公开申请数量", "本年新收政府信息公 开申请数量").replace("自然人", "自\n然\n人"),
                     id="labels-broken-by-spaces-and-lines"),
        pytest.param(lambda t: t.replace("其他法律行政法规禁止公开", "其他法律行政法规禁公开").replace("保护第三方合法权益", "保护第三方合法权利"),
                     id="label-typos"),
        pytest.param(lambda t: re.sub(r"(?m)^(\d)\.", r"\1、", t).replace("(一)", "（一）"), id="list-markers-1、"),
        pytest.param(lambda t: t.replace("(五)不予处理", "(五)不予处"), id="header-word-cut-off"),
        pytest.param(lambda t: t.replace("43177", "43,177"), id="thousands-comma"),
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="windows-line-ends"),
    ],
)
def test_variants_of_the_row_per_line_shape_read_the_same(mangle):
    record, _ = locate(mangle(seed_text()))
    assert diff(record, gold()) == []


def test_digits_run_together_are_split_by_the_row_total_and_marked_inferred():
    text = seed_text().replace("一、本年新收政府信息公开申请数量 | 61 | 3 | 0 | 0 | 0 | 0 | 64 |",
                               "一、本年新收政府信息公开申请数量 613000064")
    record, prov = locate(text)
    assert diff(record, gold()) == []
    assert prov["requests.new_received.total"].how == "inferred"
    assert prov["requests.new_received.natural_person"].raw == "61"


def test_run_together_digits_with_two_valid_splits_stay_open_with_both_readings():
    # "101000011" is 10+1+0+0+0+0=11 and also 1+0+10+0+0+0=11, and the table's column sums (which
    # this edit breaks) cannot tell them apart. Every piece cut from the run stays open — even the
    # 11 both readings share, since where a cut piece ends depends on the undecided pieces — with
    # both readings offered.
    text = seed_text().replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                               "二、上年结转政府信息公开申请数量 101000011")
    record, prov = locate(text)
    row = "requests.carried_over."
    keys = [row + c for c in ("natural_person", "commercial", "research", "total")]
    assert all(record.fields[k] is None and prov[k].how == "unplaced" for k in keys)
    readings = {tuple(c[k] for k in keys) for c in prov[row + "natural_person"].candidates}
    assert {(10, 1, 0, 11), (1, 0, 10, 11)} <= readings


def test_dash_and_wu_cells_read_as_zero_and_keep_their_raw_text():
    text = seed_text().replace("规章 | 0 | 0 | 0 |", "规章 | — | 无 | / |")
    record, prov = locate(text)
    assert [record.fields[f"active.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert prov["active.regulations.issued"].raw == "—"
    assert "按 0 记录" in prov["active.regulations.issued"].note


def test_blank_cells_in_a_separated_row_stay_blank_in_their_own_column():
    text = seed_text().replace("(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |", "(一)予以公开 | 37 |  | 0 |  | 0 | 0 | 38 |")
    record, prov = locate(text)
    assert record.fields["requests.granted.natural_person"] == 37
    assert record.fields["requests.granted.commercial"] is None
    assert record.fields["requests.granted.research"] == 0
    assert record.fields["requests.granted.social_welfare"] is None
    assert record.fields["requests.granted.total"] == 38
    assert prov["requests.granted.total"].how == "read"


def test_a_row_whose_blanks_were_lost_is_placed_by_the_column_sums_of_the_table():
    # 37 1 38 alone fits six ways (1 may be any organisation); the column sums of 三 pick one.
    text = seed_text().replace("(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |", "(一)予以公开 37 1 38")
    record, prov = locate(text)
    row = "requests.granted."
    assert [record.fields[row + c] for c in ("natural_person", "commercial", "research", "total")] == [37, 1, None, 38]
    assert {prov[row + c].how for c in ("natural_person", "commercial", "total")} == {"inferred"}
    assert prov[row + "total"].raw == "38"  # the exact source span
    assert row + "research" not in prov  # blank in the source: nothing was placed there


def test_an_extra_numeric_column_is_dropped_when_the_arithmetic_singles_it_out():
    text = seed_text().replace("(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |", "(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 | 5 |")
    record, prov = locate(text)
    assert record.fields["requests.granted.total"] == 38
    assert prov["requests.granted.total"].how == "inferred"


def test_provenance_spans_point_at_the_number_in_the_source_text():
    text = seed_text()
    _, prov = locate(text)
    for key, origin in prov.items():
        assert text[origin.start:origin.end] == origin.raw, key
    o = prov["active.licensing.decisions"]
    assert text[o.start:o.end] == "43177"


def test_table_four_split_in_two_tables_is_read_as_three_blocks():
    record, _ = locate(seed_text("004_d85570ef8ddfd07a"))
    assert [record.fields[f"appeals.{b}.total"] for b in ("review", "litigation_direct", "litigation_after_review")] == [0, 0, 0]


def test_text_without_any_table_is_refused_with_a_clear_message():
    with pytest.raises(ReadError, match="没有找到"):
        locate("2023年某某局政府信息公开工作年度报告\n一、总体情况\n今年工作很好。\n")


def test_metadata_comes_from_a_title_split_over_two_lines():
    record, _ = locate("某某市财政局2021年\n政府信息公开工作年度报告\n" + seed_text().split("一、总体情况", 1)[1])
    assert (record.agency, record.year) == ("某某市财政局", 2021)


def test_markdown_tables_from_converters_read_the_same():
    lines = []
    for line in seed_text().splitlines():
        if " | " in line or line.endswith(" |"):
            cells = [c.strip() for c in line.rstrip(" |").split(" | ")]
            lines.append("| " + " | ".join(cells) + " |")
            if len(cells) > 1:
                lines.append("|" + "---|" * len(cells))
        else:
            lines.append(line)
    record, _ = locate("\n".join(lines))
    assert diff(record, gold()) == []


def test_a_markdown_row_with_an_empty_cell_keeps_it_in_its_column():
    text = seed_text().replace("1 | 1 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                               "| 1 |  | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
    record, _ = locate(text)
    assert record.fields["appeals.review.upheld"] == 1
    assert record.fields["appeals.review.corrected"] is None
    assert record.fields["appeals.review.total"] == 2


def test_a_table_flattened_onto_one_line_reads_the_same():
    head, rest = seed_text().split("三、收到和处理政府信息公开申请情况", 1)
    table, tail = rest.split("四、政府信息公开行政复议", 1)
    flat = " ".join(table.replace(" | ", " ").replace(" |", " ").split())
    record, _ = locate(head + "三、收到和处理政府信息公开申请情况\n" + flat + "\n四、政府信息公开行政复议" + tail)
    assert diff(record, gold()) == []


def test_a_year_in_chinese_numerals_is_read_from_the_title():
    text = seed_text().replace("2022年庆元县政府信息公开工作年度报告", "庆元县二〇二二年度政府信息公开工作年度报告", 1)
    record, _ = locate(text)
    assert (record.agency, record.year) == ("庆元县", 2022)


def test_prose_after_table_four_without_a_heading_lends_it_no_numbers():
    text = seed_text().replace("五、存在的主要问题及改进情况", "本年度共收到政府信息公开申请64件，办结60件，另有2件行政复议案件。")
    record, prov = locate(text)
    assert diff(record, gold()) == []
    assert prov["appeals.review.total"].how == "read"  # not rescued by arithmetic: never seen at all


def test_a_unicode_minus_is_a_negative_sign():
    from .test_format_2019 import ACTIVE, report_2019

    record, _ = locate(report_2019(ACTIVE.replace("| -312 |", "| −312 |")))
    assert record.fields["active.licensing.change"] == -312


def test_numbers_no_row_claims_are_never_dropped_silently():
    text = seed_text().replace("规章 | 0 | 0 | 0 |", "规早 | 0 | 0 | 0 |")  # a label garbled beyond matching
    record, prov = locate(text)
    keys = [f"active.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    assert [record.fields[k] for k in keys] == [None, None, None]
    assert {prov[k].how for k in keys} == {"unplaced"}
    assert record.fields["active.normative_docs.in_force"] == 397
