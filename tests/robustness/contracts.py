"""What every answer of the pipeline must satisfy, whatever it was fed."""

from __future__ import annotations

import math
import re

from app.documents import Document, ReadError, read_document
from app.extract import Extraction, extract_bytes
from app.record import Finding
from app.template import get_template

_CHINESE = re.compile(r"[\u4e00-\u9fff]")
SEVERITIES = {"error", "warning", "info"}


def assert_clear_refusal(error: ReadError) -> None:
    """A refusal the reviewer can read: a non-empty message in Chinese."""
    message = str(error)
    assert message.strip() and _CHINESE.search(message), repr(message)


def assert_valid_document(document: Document) -> None:
    assert isinstance(document.text, str)
    for grid in document.grids:
        for row in grid:
            for cell in row:
                assert 0 <= cell.start <= cell.end <= len(document.text)


def assert_valid_extraction(extraction: Extraction) -> None:
    record, text = extraction.record, extraction.document.text
    template = get_template(record.template)
    assert record.template == template.version
    assert list(record.fields) == list(template.keys)
    for key, value in record.fields.items():
        assert value is None or (type(value) in (int, float) and math.isfinite(value)), (key, value)
    for key, origin in extraction.provenance.items():
        assert key in record.fields or key in ("agency", "year"), key  # where the title was read
        if origin.how == "read":  # a number the record holds must be where its origin says
            assert text[origin.start:origin.end] == origin.raw, (key, origin)
    assert_valid_findings(extraction.findings, template.keys)


def assert_valid_findings(findings: list[Finding], keys: tuple[str, ...]) -> None:
    assert isinstance(findings, list)
    for finding in findings:
        assert finding.severity in SEVERITIES and finding.message.strip(), finding
        assert set(finding.cells) <= {*keys, "agency", "year"}, finding.cells


def read_or_refuse(name: str, data: bytes) -> Document | None:
    try:
        document = read_document(name, data)
    except ReadError as error:
        assert_clear_refusal(error)
        return None
    assert_valid_document(document)
    return document


def extract_or_refuse(name: str, data: bytes) -> Extraction | None:
    try:
        extraction = extract_bytes(name, data)
    except ReadError as error:
        assert_clear_refusal(error)
        return None
    assert_valid_extraction(extraction)
    return extraction
