"""The agency and year a record names: missing, doubtful, or carrying page furniture."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.record import Finding, Origin, Record

# Words that never belong to an agency's name: a name that still has one came with page
# furniture (breadcrumbs, share buttons, archive labels) and the reviewer must look.
CHROME = re.compile(r"当前位置|首页|微信|微博|QQ|链接|发布|来源|标题|浏览|字号|http|www|[>=<|_]|\d{4}-\d{2}")
MAX_AGENCY = 40  # characters: longer is a sentence, not a name
FIRST_YEAR = 2008  # the 条例 took effect on 1 May 2008


def check_metadata(record: Record, provenance: Mapping[str, Origin] | None) -> list[Finding]:
    out: list[Finding] = []
    agency, year = record.agency, record.year
    if not agency:
        out.append(Finding("agency_missing", "warning", ("agency",),
                           "未能从标题或发布机构中识别出机关名称，请对照原文填写"))
    elif CHROME.search(agency) or len(agency) > MAX_AGENCY:
        out.append(Finding("agency_suspect", "warning", ("agency",),
                           f"机关名称“{agency}”可能混入了网页栏目或存档信息的文字，请对照原文核对"))
    if year is None:
        out.append(Finding("year_missing", "warning", ("year",), "未能识别报告所属年度，请对照原文填写"))
    elif not FIRST_YEAR <= year <= 2100:
        out.append(Finding("year_suspect", "warning", ("year",), f"报告年度 {year} 不合常理，请核对"))
    for field in ("agency", "year"):
        origin = (provenance or {}).get(field)
        if origin is not None and origin.note:
            out.append(Finding(f"{field}_disagrees", "warning", (field,), origin.note))
    return out
