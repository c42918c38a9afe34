"""Numbers read from a scanned page that OCR was unsure of: each such cell is named for checking."""

from __future__ import annotations

from collections.abc import Mapping

from app.record import Finding, Origin

from .compiled import CompiledTemplate

# Below this score a digit may be misread (measured with tools/bench_ocr.py: correctly read digits
# score 0.95-1.0; the misreads met scored lower). The table arithmetic catches most misreads as
# well; this names the cell even where no sum runs through it.
LOW_CONFIDENCE = 0.9


def check_confidence(ct: CompiledTemplate, provenance: Mapping[str, Origin], findings: list[Finding]) -> None:
    """Appends a warning for each cell whose number OCR read with a low score."""
    for key, origin in provenance.items():
        if origin.confidence is None or origin.confidence >= LOW_CONFIDENCE or origin.how == "edited":
            continue
        i = ct.index.get(key)
        if i is None:
            continue
        cell = ct.cells[i]
        raw = " ".join(origin.raw.split())
        message = (f"{cell.row.display}（{cell.column.display}）：数字“{raw}”是从扫描页识别的，识别把握不高"
                   f"（{origin.confidence:.0%}），请对照原页核对")
        findings.append(Finding("ocr_uncertain", "warning", (key,), message,
                                numbers={"raw": raw, "confidence": origin.confidence}))
