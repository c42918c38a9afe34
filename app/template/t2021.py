"""The 2021 national format (国办公开办函〔2021〕30号), used for reports on 2021 and later."""

from __future__ import annotations

from .common import ACTIVE_HEADER, APPEALS, CLOSING_SECTIONS, requests_table
from .model import Column, Row, Table, Template

_DOCS = (
    Column("issued", "本年制发件数", "制发", aliases=("本年新发件数", "本年新制发件数")),
    Column("repealed", "本年废止件数", "废止"),
    Column("in_force", "现行有效件数", "现行有效"),
)
_DECISIONS = (Column("decisions", "本年处理决定数量", "处理决定"),)

ACTIVE_2021 = Table(
    id="active",
    number="二",
    title="二、主动公开政府信息情况",
    layout="rows",
    rows=(
        Row("regulations", "规章", "规章", "第二十条第（一）项", columns=_DOCS),
        Row("normative_docs", "行政规范性文件", "规范性文件", "第二十条第（一）项", columns=_DOCS,
            aliases=("规范性文件",)),
        Row("licensing", "行政许可", "行政许可", "第二十条第（五）项", columns=_DECISIONS),
        Row("penalty", "行政处罚", "行政处罚", "第二十条第（六）项", columns=_DECISIONS),
        Row("enforcement", "行政强制", "行政强制", "第二十条第（六）项", columns=_DECISIONS),
        Row("fees", "行政事业性收费", "行政事业性收费", "第二十条第（八）项",
            columns=(Column("amount_10k_yuan", "本年收费金额（单位：万元）", "收费金额(万元)",
                            kind="amount", unit="万元"),)),
    ),
    heading_words=("主动公开政府信息情况", "主动公开政府信息"),
    header_words=ACTIVE_HEADER,
)

OTHER_2021 = (
    Row("other.no_correction",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "三(六)1", "（六）其他处理",
        role="outcome"),
    Row("other.unpaid_fees",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "三(六)2",
        "（六）其他处理", role="outcome"),
    Row("other.other", "3.其他", "三(六)3", "（六）其他处理", role="outcome"),
)

TEMPLATE_2021 = Template(
    version="2021",
    title="国办公开办函〔2021〕30号",
    closing_sections=CLOSING_SECTIONS,
    tables=(ACTIVE_2021, requests_table(OTHER_2021), APPEALS),
    signature_phrases=("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
                       "本年收费金额", "逾期不补正", "缴纳费用"),
    report_years=tuple(range(2021, 2100)),
)
