"""Placing a PDF row's numbers by where they stand on the page.

A PDF shows no empty cells, but it does show positions. Each column's position is learnt from the
table itself: from the rows that show all their numbers (the median centre of each column), or,
when no row is complete, from the numbers' aligned edges — right edges for right-aligned columns,
centres for centred ones — when they fall into exactly as many groups as the table has columns.
A row with blanks then puts each number in its column, provided no two numbers claim the same
column and each is clearly closer to one column than to its neighbours.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import Literal

from app.documents.model import Box

from .tokens import Tok

_ALIGN_TOLERANCE = 3.0  # points: edges of one aligned column differ by less than this


@dataclass(frozen=True)
class Columns:
    """Where a table's columns stand: x of each column's centre or right edge, left to right."""

    anchor: Literal["centre", "right"]
    xs: tuple[float, ...]


class PageGeometry:
    def __init__(self, boxes: list[Box]) -> None:
        self._boxes = boxes
        self._starts = [b.start for b in boxes]

    def _span(self, tok: Tok) -> tuple[float, float] | None:
        """x0, x1 of a token, from the word box that holds it."""
        i = bisect_right(self._starts, tok.start) - 1
        if i < 0:
            return None
        box = self._boxes[i]
        if not (box.start <= tok.start < box.end):
            return None
        if tok.start == box.start and tok.end >= box.end:
            return box.x0, box.x1
        # A token that is only part of a word box (rare): interpolate along the box.
        width = (box.x1 - box.x0) / max(box.end - box.start, 1)
        return box.x0 + width * (tok.start - box.start), box.x0 + width * (min(tok.end, box.end) - box.start)

    def _x(self, tok: Tok, anchor: str) -> float | None:
        span = self._span(tok)
        if span is None:
            return None
        return span[1] if anchor == "right" else (span[0] + span[1]) / 2

    def columns(self, rows: list[list[Tok]], k: int, headers: list[float] | None = None) -> Columns | None:
        """The table's k column positions, learnt from its rows' numbers; `headers` (the centres of
        the k column headers, when found) name the columns that no row fills."""
        complete = [row for row in rows if len(row) == k]
        if complete:
            found = self._from_complete_rows(complete, k)
            if found is not None:
                return found
        for anchor in ("right", "centre"):
            xs = [x for row in rows for t in row if (x := self._x(t, anchor)) is not None]
            groups = _groups(sorted(xs))
            if len(groups) == k:
                return Columns(anchor, tuple(median(g) for g in groups))
            if headers is not None and 0 < len(groups) < k:
                found = _under_headers([median(g) for g in groups], headers, anchor)
                if found is not None:
                    return found
        return None

    def _from_complete_rows(self, complete: list[list[Tok]], k: int) -> Columns | None:
        per_column: list[list[float]] = [[] for _ in range(k)]
        for row in complete:
            xs = [self._x(t, "centre") for t in row]
            if any(x is None for x in xs):
                continue
            for j, x in enumerate(xs):
                per_column[j].append(x)  # type: ignore[arg-type]
        if any(not xs for xs in per_column):
            return None
        centres = tuple(median(xs) for xs in per_column)
        if any(b <= a for a, b in pairwise(centres)):
            return None  # columns must run left to right
        return Columns("centre", centres)

    def header_centres(self, labels: list[str], start: int, end: int, text: str) -> list[float] | None:
        """x centres of the column headers printed between start and end (a header split over
        two lines is found by its first part), or None unless every one is found, left to right."""
        lo, hi = bisect_right(self._starts, start - 1), bisect_right(self._starts, end)
        words = [(text[b.start:b.end].strip(), (b.x0 + b.x1) / 2) for b in self._boxes[lo:hi]]
        centres = []
        for label in labels:
            x = next((x for w, x in words if w == label), None)
            if x is None:
                x = next((x for w, x in words if len(w) >= 2 and label.startswith(w)), None)
            if x is None:
                return None
            centres.append(x)
        if any(b <= a for a, b in pairwise(centres)):
            return None
        return centres

    def assign(self, values: list[Tok], columns: Columns) -> list[Tok | None] | None:
        """Each value in its nearest column; None when that is not clear-cut."""
        xs = columns.xs
        gaps = [b - a for a, b in pairwise(xs)]
        tolerance = min(gaps) * 0.4 if gaps else float("inf")
        cells: list[Tok | None] = [None] * len(xs)
        for tok in values:
            x = self._x(tok, columns.anchor)
            if x is None:
                return None
            j = min(range(len(xs)), key=lambda c: abs(xs[c] - x))
            if abs(xs[j] - x) > tolerance or cells[j] is not None:
                return None
            cells[j] = tok
        return cells


def _groups(xs: list[float]) -> list[list[float]]:
    """Sorted positions split where consecutive ones are further apart than the tolerance."""
    groups: list[list[float]] = []
    for x in xs:
        if groups and x - groups[-1][-1] <= _ALIGN_TOLERANCE:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def _under_headers(aligned: list[float], headers: list[float], anchor: Literal["centre", "right"]) -> Columns | None:
    """Columns some of which no row fills: the aligned groups found are matched to the nearest
    headers (left to right, one each), and their common offset from the header centres places the
    columns left empty."""
    if any(b <= a for a, b in pairwise(headers)):
        return None
    gap = min(b - a for a, b in pairwise(headers))
    matched = [min(range(len(headers)), key=lambda j: abs(headers[j] - x)) for x in aligned]
    if any(b <= a for a, b in pairwise(matched)):
        return None
    offsets = [x - headers[j] for x, j in zip(aligned, matched, strict=True)]
    offset = median(offsets)
    if any(abs(o - offset) > _ALIGN_TOLERANCE * 2 for o in offsets) or abs(offset) > gap / 2:
        return None
    return Columns(anchor, tuple(h + offset for h in headers))
