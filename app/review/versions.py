"""A new version of a file already in the store: which values it may change, and the status after.

Policy (the issue's rule "nothing a reviewer does may be lost"):
- cells a reviewer ever edited keep the reviewer's value; every other cell takes the new machine
  value, and its provenance points into the new text;
- agency and year a reviewer changed are kept the same way;
- an approved or rejected report stays decided when its current values come out identical;
  otherwise it goes back to in_review (审核中), with a history entry saying why. Its decisions on
  findings are kept: the reviewer sees them again before approving once more.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.record import Origin, Record, Value
from app.record.status import DECIDED, IN_REVIEW, status_label
from app.store.models import ReportInput, StoredReport


@dataclass
class MergedVersion:
    record: Record  # current values after the merge
    provenance: dict[str, Origin]
    changed: list[str]  # keys whose current value differs from before
    status: str | None  # the new status, or None to keep it
    note: str  # the history note of the new version


def merge_version(old: StoredReport, new: ReportInput, edited_cells: set[str], edited_info: set[str]) -> MergedVersion:
    incoming = new.record
    fields: dict[str, Value] = dict(incoming.fields)
    provenance = new.origins()
    for key in edited_cells & fields.keys():
        fields[key] = old.record.fields.get(key)
        if key in old.provenance:
            provenance[key] = old.provenance[key]
        else:
            provenance[key] = Origin(0, 0, "", how="edited")
    agency = old.record.agency if "agency" in edited_info else incoming.agency
    year = old.record.year if "year" in edited_info else incoming.year
    record = replace(incoming, source=old.record.source, agency=agency, year=year, fields=fields)

    before = old.record
    changed = sorted(k for k in fields.keys() | before.fields.keys()
                     if k not in fields or k not in before.fields or _differs(fields[k], before.fields[k]))
    facts_changed = (before.agency, before.year, before.template) != (record.agency, record.year, record.template)
    kept = len(edited_cells & fields.keys())
    note = f"导入新版本 {new.file_name}（{_count_note(changed, kept)}）"
    status: str | None = None
    if old.summary.status in DECIDED:
        if changed or facts_changed:
            status = IN_REVIEW
            note += f"；原为{status_label(old.summary.status)}，数值有变化，需要重新审核"
        else:
            note += f"；数值与{status_label(old.summary.status)}的记录相同，状态不变"
    return MergedVersion(record, provenance, changed, status, note)


def _differs(a: Value, b: Value) -> bool:
    # 3 and 3.0 are the same number; None differs from 0.
    return (a is None) != (b is None) or (a is not None and a != b)


def _count_note(changed: list[str], kept: int) -> str:
    parts = [f"{len(changed)} 个单元格数值有变化" if changed else "数值没有变化"]
    if kept:
        parts.append(f"保留审核人修改过的 {kept} 个单元格")
    return "，".join(parts)
