"""Test doubles for the review service: a JSON "extractor" and a small rule set standing in for
app.validation, so the store and service are tested on their own, with known findings."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.documents.model import Document, ReadError
from app.record import Finding, Origin, Record
from app.store import ReportInput
from app.store.codec import provenance_json
from app.template import get_template
from tests.conftest import GOLD

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")


def gold_records() -> list[Record]:
    return [Record.from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(GOLD.glob("*.json"))]


@dataclass
class FakeExtraction:
    record: Record
    provenance: dict[str, Origin]
    document: Document
    findings: list[Finding] = field(default_factory=list)


def json_extractor(name: str, data: bytes) -> FakeExtraction:
    """Reads a gold-shaped JSON record; "crash" raises an unexpected error, "die" ends the process
    (as a crash inside a PDF library would), "hang PIDFILE" writes the process id to PIDFILE and
    never finishes (as a pathological input would), "hog" allocates 3 GB, "slow" takes five
    minutes, "ocr PAGES SECONDS" on the first line asks for the OCR time of PAGES pages (as a reader
    about to OCR them does), takes SECONDS, then reads the record on the lines below; other non-JSON
    raises a ReadError."""
    text = data.decode("utf-8", errors="replace")
    if text.startswith("ocr "):
        from app.documents.scan_reader import OcrBudget

        first, _, text = text.partition("\n")
        _, pages, seconds = first.split()
        OcrBudget(int(pages))
        time.sleep(float(seconds))
    if text.startswith("hang "):
        Path(text[5:].strip()).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(3600)
    if text.startswith("hog"):
        hoard = bytearray(3 * 2**30)  # more than a worker may take
        raise AssertionError(f"allocated {len(hoard)} bytes")
    if text.startswith("crash"):
        raise RuntimeError("boom")
    if text.startswith("die"):
        os._exit(3)
    if text.startswith("slow"):  # a file whose extraction takes minutes (OCR of a long scan)
        time.sleep(300)
    try:
        record = Record.from_json(json.loads(text))
    except (ValueError, KeyError) as e:
        raise ReadError(f"不是报告文件：{name}") from e
    record.source = name
    # Every non-empty value "read" at the position of its key in the JSON text.
    provenance = {}
    for key, value in record.fields.items():
        if value is not None:
            start = text.find(f'"{key}"')
            provenance[key] = Origin(start, start + len(key) + 2, str(value))
    return FakeExtraction(record, provenance, Document(text, "text"), RuleSet.validate_record(record))


class RuleSet:
    """Stands in for app.validation: row totals of table 三 (errors with a suggestion), one
    warning per report with empty cells, and a cross-year warning on carried-over requests."""

    @staticmethod
    def validate_record(record: Record, provenance: Any = None, *, text: str | None = None,
                        previous: Record | None = None) -> list[Finding]:
        f = record.fields
        findings: list[Finding] = []
        for row in get_template(record.template).table("requests").rows:
            keys = [f"requests.{row.id}.{c}" for c in APPLICANTS]
            total_key = f"requests.{row.id}.total"
            parts = sum(f.get(k) or 0 for k in keys)
            if any(f.get(k) is not None for k in keys) and (f.get(total_key) or 0) != parts:
                findings.append(Finding("row_total", "error", (*keys, total_key),
                                        f"{row.display} 合计不符：{parts} ≠ {f.get(total_key)}",
                                        suggestion={total_key: parts}))
        if any(v is None for v in f.values()):
            findings.append(Finding("empty_cells", "warning", (), "有空单元格"))
        if previous is not None:
            carried = previous.fields.get("requests.carried_forward.total")
            if carried != f.get("requests.carried_over.total"):
                findings.append(Finding("cross_year", "warning", ("requests.carried_over.total",),
                                        f"上年结转 {f.get('requests.carried_over.total')} ≠ 上年报告 {carried}"))
        return findings

    @staticmethod
    def finding_id(finding: Finding) -> str:
        return f"{finding.rule}@{','.join(finding.cells)}"


def write_report(folder: Path, name: str, record: Record, **changes: Any) -> Path:
    """Writes a record as the JSON "report file" json_extractor reads, with some values changed."""
    d = record.to_json()
    d.update({k: v for k, v in changes.items() if k in ("agency", "year")})
    d["fields"] = {**d["fields"], **changes.get("fields", {})}
    path = folder / name
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return path


def report_input(record: Record, *, name: str | None = None, text: str | None = None) -> ReportInput:
    """A ReportInput as an import would build it from `record`, bytes = the JSON text."""
    text = text if text is not None else json.dumps(record.to_json(), ensure_ascii=False)
    data = text.encode("utf-8")
    name = name or record.source
    rec = Record(name, record.template, record.agency, record.year, dict(record.fields))
    origins = {k: Origin(0, 1, str(v)) for k, v in rec.fields.items() if v is not None}
    return ReportInput(name, hashlib.sha256(data).hexdigest(), data, text, "text", rec, provenance_json(origins))


def broken_row_total(record: Record) -> dict[str, Any]:
    """write_report changes that make the row total of 一 wrong by one (an error finding of RuleSet)."""
    key = "requests.new_received.total"
    return {"fields": {key: (record.fields[key] or 0) + 1}}
