"""The work one import worker process does for one file: extract it and hand back plain data.

Everything returned crosses a process boundary, so it is plain (JSON-shaped) data, and every
failure is caught here and returned as a reason, never raised: one bad file is one failure entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.store.codec import dumps, provenance_json

Extractor = Callable[[str, bytes], Any]  # app.extract.extract_bytes(name, data) -> Extraction


@dataclass
class Extracted:
    """One extraction as plain data; values and provenance arrive JSON-encoded, because encoding
    here runs in parallel while the writing process would do it one report at a time."""

    template: str
    agency: str | None
    year: int | None
    fields_json: str  # JSON key -> value
    provenance_json: str  # JSON key -> Origin
    text: str
    kind: str
    errors: int  # error findings of the extraction (no cross-year check: workers have no store)
    warnings: int


def default_extractor(name: str, data: bytes) -> Any:
    from app.extract import extract_bytes

    return extract_bytes(name, data)


def extract_job(extractor: Extractor, name: str, data: bytes) -> Extracted | str:
    """The extraction of one file, or the Chinese reason it failed."""
    from app.documents.model import ReadError

    try:
        result = extractor(name, data)
        severities = [f.severity for f in result.findings]
        record = result.record
        return Extracted(record.template, record.agency, record.year, dumps(record.fields),
                         provenance_json(result.provenance), result.document.text, result.document.kind, severities.count("error"),
                         severities.count("warning"))
    except ReadError as e:
        return str(e) or "无法读取该文件"
    except MemoryError:
        return "文件太大，内存不足，无法提取"
    except Exception as e:  # a bug met on one file must not stop the other 9,999
        return f"提取时程序内部出错，未能提取（{e}）"
