"""The trial format of 国办公开办函〔2019〕60号, used for reports on 2019 and 2020."""

from __future__ import annotations

from .common import ACTIVE_HEADER, APPEALS, CLOSING_SECTIONS, requests_table
from .model import Column, Row, Table, Template

_DOCS = (
    Column("made", "本年新制作数量", "新制作"),
    Column("published", "本年新公开数量", "新公开"),
    Column("total_public", "对外公开总数量", "公开总数"),
)
_ITEMS = (
    Column("prev_items", "上一年项目数量", "上年项目数"),
    Column("change", "本年增/减", "本年增减", aliases=("本年增减", "本年增（减）"), kind="signed"),
    Column("decisions", "处理决定数量", "处理决定", aliases=("本年处理决定数量",)),
)

ACTIVE_2019 = Table(
    id="active",
    number="二",
    title="二、主动公开政府信息情况",
    layout="rows",
    rows=(
        Row("regulations", "规章", "规章", "第二十条第（一）项", columns=_DOCS),
        Row("normative_docs", "规范性文件", "规范性文件", "第二十条第（一）项", columns=_DOCS,
            aliases=("行政规范性文件",)),
        Row("licensing", "行政许可", "行政许可", "第二十条第（五）项", columns=_ITEMS),
        Row("other_services", "其他对外管理服务事项", "其他对外管理服务", "第二十条第（五）项",
            columns=_ITEMS),
        Row("penalty", "行政处罚", "行政处罚", "第二十条第（六）项", columns=_ITEMS),
        Row("enforcement", "行政强制", "行政强制", "第二十条第（六）项", columns=_ITEMS),
        Row("fees", "行政事业性收费", "行政事业性收费", "第二十条第（八）项", columns=_ITEMS[:2]),
        Row("procurement", "政府集中采购", "政府集中采购", "第二十条第（九）项",
            columns=(Column("items", "采购项目数量", "采购项目数"),
                     Column("amount_yuan", "采购总金额", "采购总金额(元)", kind="amount", unit="元"))),
    ),
    heading_words=("主动公开政府信息情况", "主动公开政府信息"),
    header_words=ACTIVE_HEADER,
)

OTHER_2019 = (Row("other_handling", "（六）其他处理", "三(六)", "三、本年度办理结果", role="outcome"),)

TEMPLATE_2019 = Template(
    version="2019",
    title="国办公开办函〔2019〕60号",
    closing_sections=CLOSING_SECTIONS,
    tables=(ACTIVE_2019, requests_table(OTHER_2019), APPEALS),
    signature_phrases=("本年新制作数量", "本年新公开数量", "对外公开总数量", "其他对外管理服务事项",
                       "政府集中采购", "上一年项目数量", "采购总金额"),
    report_years=(2019, 2020),
    notes={
        "active": "2019 格式的表二与 2021 格式不同：规章、规范性文件记“新制作/新公开/公开总数”，"
                  "许可、处罚、强制、收费记“上一年项目数/本年增减/处理决定数”，另有其他对外管理服务"
                  "事项和政府集中采购两行。",
    },
)
