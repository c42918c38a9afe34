"""Reports on 2019 and 2020 follow the trial format: its own table 二, one （六）其他处理 row."""

from __future__ import annotations

from app.template import TEMPLATE_2019

from .helpers import locate


def _cells(values: list[object]) -> str:
    return " | ".join("" if v is None else str(v) for v in values)


def report_2019(active_rows: str, requests_override: dict[str, str] | None = None, year: int = 2020) -> str:
    """A 2019-format report in the row-per-line shape; rows of 三 from the template's labels."""
    table3 = TEMPLATE_2019.table("requests")
    lines = [f"某某县卫生健康局{year}年政府信息公开工作年度报告", "一、总体情况", "本年度工作有序开展。",
             "二、主动公开政府信息情况", active_rows,
             "三、收到和处理政府信息公开申请情况",
             "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |",
             "自然人 | 法人或其他组织 | 总计 |", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
    values = {"new_received": [3, 1, 0, 0, 0, 0, 4], "carried_over": [0] * 7, "granted": [2, 1, 0, 0, 0, 0, 3],
              "other_handling": [1, 0, 0, 0, 0, 0, 1], "total_processed": [3, 1, 0, 0, 0, 0, 4],
              "carried_forward": [0] * 7}
    for row in table3.rows:
        override = (requests_override or {}).get(row.id)
        cells = override if override is not None else _cells(values.get(row.id, [0] * 7)) + " |"
        lines.append(f"{row.label} | {cells}")
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 | 行政诉讼 |",
              "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
              _cells([1, 0, 0, 0, 1] + [0] * 10) + " |", "五、存在的主要问题及改进情况", "无。"]
    return "\n".join(lines)


ACTIVE = """第二十条第(一)项 |
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 5 | 5 | 120 |
第二十条第(五)项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 1520 | -312 | 4000 |
其他对外管理服务事项 | 10 | 2 | 30 |
第二十条第(六)项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政处罚 | 300 | -5 | 200 |
行政强制 | 20 | 0 | 10 |
第二十条第(八)项 |
信息内容 | 上一年项目数量 | 本年增/减 |
行政事业性收费 | 8 | -1 |
第二十条第(九)项 |
信息内容 | 采购项目数量 | 采购总金额 |
政府集中采购 | 12 | 8800.5元 |"""


def test_a_2020_report_is_read_with_the_2019_template_and_its_198_keys():
    record, _ = locate(report_2019(ACTIVE))
    assert record.template == "2019"
    assert len(record.fields) == 198
    assert record.year == 2020 and record.agency == "某某县卫生健康局"
    f = record.fields
    assert (f["active.normative_docs.made"], f["active.normative_docs.total_public"]) == (5, 120)
    assert (f["active.licensing.prev_items"], f["active.licensing.change"], f["active.licensing.decisions"]) == (1520, -312, 4000)
    assert (f["active.fees.prev_items"], f["active.fees.change"]) == (8, -1)
    assert (f["active.procurement.items"], f["active.procurement.amount_yuan"]) == (12, 8800.5)
    assert f["requests.other_handling.natural_person"] == 1 and f["requests.other_handling.total"] == 1
    assert f["appeals.review.upheld"] == 1


def test_a_negative_change_run_together_with_its_neighbour_is_split_at_the_sign():
    record, _ = locate(report_2019(ACTIVE.replace("行政许可 | 1520 | -312 | 4000 |", "行政许可 1520-312 4000")))
    f = record.fields
    assert (f["active.licensing.prev_items"], f["active.licensing.change"], f["active.licensing.decisions"]) == (1520, -312, 4000)


def test_amounts_in_wan_yuan_are_converted_to_yuan():
    in_cell = ACTIVE.replace("8800.5元", "3.5万元")
    assert locate(report_2019(in_cell))[0].fields["active.procurement.amount_yuan"] == 35000
    in_header = ACTIVE.replace("采购总金额 |", "采购总金额(万元) |").replace("8800.5元", "62")
    assert locate(report_2019(in_header))[0].fields["active.procurement.amount_yuan"] == 620000


def test_an_empty_total_beside_filled_applicant_cells_stays_empty():
    record, prov = locate(report_2019(ACTIVE, {"new_received": "3 | 1 | 0 | 0 | 0 | 0 |  |"}))
    assert record.fields["requests.new_received.natural_person"] == 3
    assert record.fields["requests.new_received.total"] is None
    assert prov["requests.new_received.natural_person"].how == "read"


def test_the_format_follows_the_headers_even_when_the_year_is_missing():
    text = report_2019(ACTIVE).replace("2020年", "")
    assert locate(text)[0].template == "2019"
