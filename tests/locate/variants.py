"""Builders for real-world report variants whose true record is known exactly.

Two bases:
- seed 001 (one table row per line, cells joined by `` | ``) with its gold record;
- a synthetic 2021 report in the same shape, built from the template, in which every row of
  table 三 holds different numbers (so a number placed in the wrong row or column shows), the
  arithmetic of the template holds, and a few counts are over 1,000.

Variants are made by string surgery on these texts; the expected record never changes unless the
variant says so.
"""

from __future__ import annotations

from app.extract import Extraction, extract_bytes
from app.template import TEMPLATE_2019, TEMPLATE_2021

from .helpers import gold, seed_text

REQUESTS = TEMPLATE_2021.table("requests")
ACTIVE = TEMPLATE_2021.table("active")
APPEALS = TEMPLATE_2021.table("appeals")
COLS = [c.id for c in REQUESTS.columns]  # natural_person … other_org, total

SEED = seed_text()
SEED_GOLD = gold()["fields"]

SYN_AGENCY = "庆元县财政局"
SYN_YEAR = 2022
SYN_TITLE = f"{SYN_AGENCY}{SYN_YEAR}年政府信息公开工作年度报告"


def balanced_requests_and_appeals(requests, six_of, carried_over: list[int], carried_forward: list[int],
                                  appeals: list[int]) -> dict[str, int]:
    """Tables 三 and 四 whose arithmetic holds: six_of(i, row) gives an outcome row's six applicant
    cells; totals, 三(七) and 一 (so that 一+二 = 三(七)+四) are derived."""
    f: dict[str, int] = {}
    sums = [0] * 6
    for i, row in enumerate(r for r in requests.rows if r.role == "outcome"):
        cells = six_of(i, row)
        sums = [a + b for a, b in zip(sums, cells, strict=True)]
        f.update({f"requests.{row.id}.{c}": v for c, v in zip(COLS, cells + [sum(cells)], strict=True)})
    new = [sums[j] + carried_forward[j] - carried_over[j] for j in range(6)]
    for rid, cells in (("total_processed", sums), ("new_received", new), ("carried_over", carried_over),
                       ("carried_forward", carried_forward)):
        f.update({f"requests.{rid}.{c}": v for c, v in zip(COLS, cells + [sum(cells)], strict=True)})
    f.update({cell.key: v for cell, v in zip(APPEALS.cells, appeals, strict=True)})
    return f


def _synthetic_fields() -> dict[str, int | float | None]:
    f: dict[str, int | float | None] = {}
    f.update({
        "active.regulations.issued": 1, "active.regulations.repealed": 0, "active.regulations.in_force": 5,
        "active.normative_docs.issued": 32, "active.normative_docs.repealed": 1,
        "active.normative_docs.in_force": 397,
        "active.licensing.decisions": 43177, "active.penalty.decisions": 59739,
        "active.enforcement.decisions": 320, "active.fees.amount_10k_yuan": 12.34,
    })

    def six(i: int, row) -> list[int]:
        if row.id == "granted":
            return [1201, 1, 0, 0, 0, 0]  # a count over 1,000 (for thousands separators)
        return [i + 2, 1 if i % 4 == 0 else 0, 1 if i == 3 else 0, 0, 2 if i % 5 == 1 else 0, 1 if i == 20 else 0]

    f.update(balanced_requests_and_appeals(REQUESTS, six, [2, 0, 0, 0, 1, 0], [3, 1, 0, 0, 0, 0],
                                           [1, 2, 0, 1, 4, 0, 1, 0, 0, 1, 2, 0, 0, 0, 2]))
    assert set(f) == set(TEMPLATE_2021.keys)
    return f


SYN_FIELDS = _synthetic_fields()


def row_values(row_id: str, fields: dict | None = None) -> list:
    fields = SYN_FIELDS if fields is None else fields
    return [fields[f"requests.{row_id}.{c}"] for c in COLS]


def bar_row(label: str, values: list) -> str:
    return label + " | " + " | ".join("" if v is None else str(v) for v in values) + " |"


def table3_row_lines(fields: dict | None = None) -> list[str]:
    """Table 三's data rows as the seed prints them: the group label before the group's first row."""
    lines = []
    seen: set[str] = set()
    for row in REQUESTS.rows:
        label = row.label
        if row.group and row.group not in seen:
            seen.add(row.group)
            label = f"{row.group} | {label}"
        lines.append(bar_row(label, row_values(row.id, fields)))
    return lines


HEADING_2 = "二、主动公开政府信息情况"
HEADING_3 = "三、收到和处理政府信息公开申请情况"
HEADING_4 = "四、政府信息公开行政复议、行政诉讼情况"
HEADING_5 = "五、存在的主要问题及改进情况"

TABLE3_HEAD = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
    "自然人 | 法人或其他组织 | 总计 |",
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
]
TABLE4_HEAD = [
    "行政复议 | 行政诉讼 |",
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
]


def table2_lines(f: dict | None = None) -> list[str]:
    f = SYN_FIELDS if f is None else f
    return [
        "第二十条第（一）项 |",
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        bar_row("规章", [f["active.regulations.issued"], f["active.regulations.repealed"], f["active.regulations.in_force"]]),
        bar_row("行政规范性文件", [f["active.normative_docs.issued"], f["active.normative_docs.repealed"],
                             f["active.normative_docs.in_force"]]),
        "第二十条第（五）项 |",
        "信息内容 | 本年处理决定数量 |",
        bar_row("行政许可", [f["active.licensing.decisions"]]),
        "第二十条第（六）项 |",
        "信息内容 | 本年处理决定数量 |",
        bar_row("行政处罚", [f["active.penalty.decisions"]]),
        bar_row("行政强制", [f["active.enforcement.decisions"]]),
        "第二十条第（八）项 |",
        "信息内容 | 本年收费金额（单位：万元） |",
        bar_row("行政事业性收费", [f["active.fees.amount_10k_yuan"]]),
    ]


def table4_value_line(f: dict | None = None) -> str:
    f = SYN_FIELDS if f is None else f
    return " | ".join(str(f[c.key]) for c in APPEALS.cells) + " |"


def synthetic_text(f: dict | None = None) -> str:
    lines = [
        SYN_TITLE,
        "发布日期：2023-01-18 09:30",
        "根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，编制本报告，"
        "报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        "一、总体情况",
        "2022年，庆元县财政局认真贯彻落实政务公开工作要点，全年主动公开政府信息356条。",
        HEADING_2, *table2_lines(f),
        HEADING_3, *TABLE3_HEAD, *table3_row_lines(f),
        HEADING_4, *TABLE4_HEAD, table4_value_line(f),
        HEADING_5,
        "一是公开内容还不够全面；二是解读形式还不够丰富。下一步，我局将加强培训，提升公开质效。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    return "\n".join(lines)


SYN = synthetic_text()


def extract_text(text: str, name: str = "report.txt", encoding: str = "utf-8") -> Extraction:
    return extract_bytes(name, text.encode(encoding))


def wrong_cells(result: Extraction, want: dict, keys=None) -> dict[str, tuple[object, object]]:
    """key → (got, want) for every cell that is not exactly as expected."""
    keys = want.keys() if keys is None else keys
    got = result.record.fields
    return {k: (got.get(k), want[k]) for k in keys if got.get(k) != want[k] or type(got.get(k)) is bool}


def flagged(result: Extraction, key: str) -> bool:
    """An empty cell the reviewer is told about: unplaced provenance or an error naming it."""
    origin = result.provenance.get(key)
    if origin is not None and origin.how == "unplaced":
        return True
    return any(f.severity == "error" and key in f.cells for f in result.findings)


def confident_wrong(result: Extraction, want: dict, keys=None) -> dict[str, tuple[object, object]]:
    """Cells that are neither right nor (empty and flagged): the failures that must never happen."""
    out = {}
    for k, (got, w) in wrong_cells(result, want, keys).items():
        if got is None and flagged(result, k):
            continue
        out[k] = (got, w)
    return out


# ----------------------------------------------------------------------------------------------
# The 2019 trial format, row per line (for the Unicode-minus variants).

ACTIVE_2019 = """第二十条第（一）项 |
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 5 | 5 | 120 |
第二十条第（五）项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 1520 | -312 | 4000 |
其他对外管理服务事项 | 10 | 2 | 30 |
第二十条第（六）项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政处罚 | 300 | -5 | 200 |
行政强制 | 20 | 0 | 10 |
第二十条第（八）项 |
信息内容 | 上一年项目数量 | 本年增/减 |
行政事业性收费 | 8 | -1 |
第二十条第（九）项 |
信息内容 | 采购项目数量 | 采购总金额 |
政府集中采购 | 12 | 8800.5元 |"""


def report_2019(active_rows: str = ACTIVE_2019, year: int = 2020) -> str:
    table3 = TEMPLATE_2019.table("requests")
    values = {"new_received": [3, 1, 0, 0, 0, 0, 4], "granted": [2, 1, 0, 0, 0, 0, 3],
              "other_handling": [1, 0, 0, 0, 0, 0, 1], "total_processed": [3, 1, 0, 0, 0, 0, 4]}
    lines = [f"某某县卫生健康局{year}年政府信息公开工作年度报告", "一、总体情况", "本年度工作有序开展。",
             "二、主动公开政府信息情况", active_rows, "三、收到和处理政府信息公开申请情况", *TABLE3_HEAD]
    for row in table3.rows:
        lines.append(bar_row(row.label, values.get(row.id, [0] * 7)))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", *TABLE4_HEAD,
              " | ".join(["1", "0", "0", "0", "1"] + ["0"] * 10) + " |", "五、存在的主要问题及改进情况", "无。"]
    return "\n".join(lines)
