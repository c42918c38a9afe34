"""OCR's confidence in each located number, taken from the boxes of the scanned text it was read from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from app.documents import Box
from app.record import Origin


def attach_confidence(provenance: Mapping[str, Origin], boxes: list[Box]) -> None:
    """Sets each read number's confidence: the lowest of the OCR'd boxes its text overlaps
    (text-layer boxes carry none, so a text PDF's origins stay without one)."""
    if not any(b.confidence is not None for b in boxes):
        return
    starts = [b.start for b in boxes]
    for origin in provenance.values():
        if origin.how == "unplaced" or origin.how == "edited" or origin.end <= origin.start:
            continue
        i = max(0, bisect_right(starts, origin.start) - 1)
        scores = []
        while i < len(boxes) and boxes[i].start < origin.end:
            box = boxes[i]
            if box.end > origin.start and box.confidence is not None:
                scores.append(box.confidence)
            i += 1
        if scores:
            origin.confidence = min(scores)
