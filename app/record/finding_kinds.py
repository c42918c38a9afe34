"""The Chinese name of each kind of finding (its rule id), as a reviewer or an auditor reads it."""

from __future__ import annotations

RULE_NAMES: dict[str, str] = {
    "row_total": "合计与各列之和不符",
    "outcome_total": "办理结果合计不符",
    "balance": "申请数与办理数不平衡",
    "appeals_total": "复议、诉讼合计不符",
    "in_force_lt_issued": "现行有效件数小于本年制发件数",
    "unplaced": "未能定位",
    "inferred": "按算术推断放置",
    "assumed": "按惯例放置，待确认",
    "unit_converted": "按表头单位换算",
    "ocr_uncertain": "文字识别把握不足",
    "ocr_misread_chain": "可能的文字识别错误",
    "empty_cell": "空单元格",
    "negative": "负数",
    "not_whole": "不是整数",
    "not_number": "不是数字",
    "outlier": "数值异常大",
    "cross_year": "跨年不一致",
    "narrative": "正文与表格不一致",
    "duplicate": "重复导入",
}
OTHER = "其他校验问题"


def rule_name(rule: str) -> str:
    """`跨年不一致` for cross_year; a rule this list does not know yet is 其他校验问题."""
    return RULE_NAMES.get(rule, OTHER)


def split_finding_id(finding_id: str) -> tuple[str, tuple[str, ...]]:
    """(rule, cell keys) of a stored finding id (`rule:key,key`; older ids used `@`)."""
    for separator in (":", "@"):
        rule, found, cells = finding_id.partition(separator)
        if found:
            return rule, tuple(c for c in cells.split(",") if c)
    return finding_id, ()


# The kinds of problem the queue filters by: (Chinese name, the rules of that kind).
PROBLEM_KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "unplaced": ("未能定位", frozenset({"unplaced"})),
    "arithmetic": ("勾稽关系不符", frozenset({"row_total", "outcome_total", "balance", "appeals_total"})),
    "cross_year": ("跨年不一致", frozenset({"cross_year"})),
    "narrative": ("正文与表格不一致", frozenset({"narrative"})),
    "inferred": ("按算术推断放置", frozenset({"inferred"})),
    "empty": ("空单元格", frozenset({"empty_cell"})),
    "duplicate": ("重复导入", frozenset({"duplicate"})),
    "values": ("负数、非整数或非数字", frozenset({"negative", "not_whole", "not_number", "outlier"})),
}
