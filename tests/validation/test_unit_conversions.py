"""An amount the locator converted by a unit read in the header is named, with both numbers: a
header wrapped or run together can be misread (元 for 万元), and the result looks plausible."""

from __future__ import annotations

from app.extract import extract_bytes
from app.record import Origin
from app.validation import validate_record
from tests.validation.helpers import changed, load_gold

FEES = "active.fees.amount_10k_yuan"


def _unit_findings(value, origin):
    record = changed(load_gold("001"), {FEES: value})
    return [f for f in validate_record(record, {FEES: origin}) if f.rule == "unit_converted"]


def test_an_amount_whose_value_is_not_the_printed_number_is_named_with_both():
    [finding] = _unit_findings(0.3967, Origin(10, 14, "3967"))
    assert finding.severity == "warning" and finding.cells == (FEES,)
    assert "3967" in finding.message and "0.3967" in finding.message and "万元" in finding.message


def test_an_amount_read_as_printed_or_converted_by_its_own_unit_or_typed_is_not_named():
    assert _unit_findings(3967, Origin(10, 14, "3967")) == []
    assert _unit_findings(3967, Origin(10, 16, "3,967")) == []
    assert _unit_findings(62.5, Origin(10, 15, "62.5万")) == []
    assert _unit_findings(0.3967, Origin(10, 14, "3967", how="edited")) == []
    assert _unit_findings(0, Origin(10, 11, "—")) == []


def test_a_fee_under_a_header_in_yuan_is_converted_and_the_conversion_is_named():
    page = ("<html><body><p>2023年某某局政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
            "<tr><td>第二十条第（八）项</td><td></td></tr>"
            "<tr><td>信息内容</td><td>本年收费金额（单位：元）</td></tr>"
            "<tr><td>行政事业性收费</td><td>39670</td></tr></table></body></html>")
    result = extract_bytes("page.html", page.encode("utf-8"))
    assert result.record.fields[FEES] == 3.967
    named = [f for f in result.findings if f.rule == "unit_converted"]
    assert [f.cells for f in named] == [(FEES,)] and "39670" in named[0].message


def _fees_with_a_header_wrapped_one_character_per_line(header: str, printed: str) -> bytes:
    """Table 二's fees part as a ruling-less PDF's text comes out: the header's characters one per
    line, the last two (元）: the bracket is half as wide) sharing a line with the row header 信息内容."""
    upper, last = header[:-2], header[-2:]
    lines = ["2023年某某局政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（八）项",
             *upper, f"信息内容\t{last}", "", f"行政事业性收费\t{printed}"]
    return "\n".join(lines).encode("utf-8")


def test_a_wrapped_header_in_10k_yuan_keeps_the_printed_number_though_words_fall_between_its_units():
    # 万 … 信息内容 … 元: read as 元, 3967 would silently become 0.3967 万元
    result = extract_bytes("r.txt", _fees_with_a_header_wrapped_one_character_per_line("本年收费金额（单位：万元）", "3967"))
    assert result.record.fields[FEES] == 3967
    assert [f for f in result.findings if f.rule == "unit_converted"] == []


def test_a_wrapped_header_in_yuan_is_still_read_as_yuan_and_the_conversion_named():
    result = extract_bytes("r.txt", _fees_with_a_header_wrapped_one_character_per_line("本年收费金额（单位：元）", "39670"))
    assert result.record.fields[FEES] == 3.967
    assert [f.cells for f in result.findings if f.rule == "unit_converted"] == [(FEES,)]
