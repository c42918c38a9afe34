"""The pipeline: file bytes → decoded document → record + provenance → findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.documents import Document, ReadError, read_document, read_file_bytes
from app.locate import locate_record
from app.locate.confidence import attach_confidence
from app.record import Finding, Origin, Record


@dataclass
class Extraction:
    record: Record
    provenance: dict[str, Origin]
    document: Document
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The record in the gold shape plus findings and provenance (one JSON line of extract)."""
        d = self.record.to_json()
        d["findings"] = [f.to_json() for f in self.findings]
        d["provenance"] = {k: o.to_json() for k, o in self.provenance.items()}
        return d


def extract_bytes(name: str, data: bytes, *, validate: bool = True) -> Extraction:
    """Extracts one report; raises ReadError (a Chinese message) when the file is not a report."""
    doc = read_document(name, data)
    record, provenance = locate_record(doc, source=Path(name).name)
    attach_confidence(provenance, doc.boxes)
    findings: list[Finding] = []
    if validate:
        from app.validation import validate_record

        findings = validate_record(record, provenance, text=doc.text)
    return Extraction(record, provenance, doc, findings)


def extract_file(path: str | Path, *, validate: bool = True) -> Extraction:
    """A report file, or a folder of one report's scanned page images (read as one image-only PDF)."""
    p = Path(path)
    if p.is_dir():
        from app.documents.scan_reader import folder_as_pdf, page_files

        return extract_bytes(f"{p.name}.pdf", folder_as_pdf(page_files(p)), validate=validate)
    return extract_bytes(p.name, read_file_bytes(p), validate=validate)


__all__ = ["Extraction", "ReadError", "extract_bytes", "extract_file"]
