"""The same agency and year imported more than once (two files, or one file in two formats)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.record import Finding

KIND_NAMES = {"text": "文本", "html": "网页", "docx": "Word", "doc": "Word", "pdf": "PDF"}


@dataclass(frozen=True)
class OtherCopy:
    """Another report of the same agency and year, as the message names it."""

    source: str
    kind: str
    status: str  # its Chinese status label


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)


def check_duplicate(agency: str, year: int, others: Sequence[OtherCopy]) -> list[Finding]:
    """A warning naming the other copies; the reviewer keeps one (the others are sent back) or,
    for two different reports, decides 不是错误 with the reason."""
    if not others:
        return []
    listed = "；".join(f"{o.source}（{kind_name(o.kind)}，{o.status}）" for o in others)
    message = (f"{agency} {year} 年度的报告导入了不止一份，另有：{listed}。如果是同一份报告的不同文件或格式，"
               f"请用“只保留这一份”退回其他的；如果确是不同的报告，请选“不是错误”并写明理由")
    return [Finding("duplicate", "warning", (), message)]
