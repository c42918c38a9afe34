"""Placing a PDF row's numbers by where they stand on the page.

A PDF shows no empty cells, but it does show positions. The rows of a table that show all their
numbers give each column's horizontal centre; a row with blanks then puts each number in the
column whose centre is nearest, provided no two numbers claim the same column and each is clearly
closer to one column than to its neighbours.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from statistics import median

from app.documents.model import Box

from .tokens import Tok


class PageGeometry:
    def __init__(self, boxes: list[Box]) -> None:
        self._boxes = boxes
        self._starts = [b.start for b in boxes]

    def centre(self, tok: Tok) -> tuple[int, float] | None:
        """(page, x centre) of a token, from the word box that holds it."""
        i = bisect_right(self._starts, tok.start) - 1
        if i < 0:
            return None
        box = self._boxes[i]
        if not (box.start <= tok.start < box.end):
            return None
        if box.end - box.start <= tok.end - tok.start or box.end == tok.end == box.start:
            return box.page, (box.x0 + box.x1) / 2
        # A token that is only part of a word box (rare): interpolate along the box.
        span = box.end - box.start
        mid = (tok.start + tok.end) / 2 - box.start
        return box.page, box.x0 + (box.x1 - box.x0) * mid / span

    def column_centres(self, complete_rows: list[list[Tok]], k: int) -> list[float] | None:
        """Median x centre of each column over the rows that show all k numbers."""
        per_column: list[list[float]] = [[] for _ in range(k)]
        for row in complete_rows:
            xs = [self.centre(t) for t in row]
            if any(x is None for x in xs):
                continue
            for j, x in enumerate(xs):
                per_column[j].append(x[1])  # type: ignore[index]
        if any(not xs for xs in per_column):
            return None
        centres = [median(xs) for xs in per_column]
        if any(b <= a for a, b in pairwise(centres)):
            return None  # columns must run left to right
        return centres

    def assign(self, values: list[Tok], centres: list[float]) -> list[Tok | None] | None:
        """Each value in its nearest column; None when that is not clear-cut."""
        gaps = [b - a for a, b in pairwise(centres)]
        tolerance = min(gaps) * 0.4 if gaps else float("inf")
        cells: list[Tok | None] = [None] * len(centres)
        for tok in values:
            where = self.centre(tok)
            if where is None:
                return None
            x = where[1]
            j = min(range(len(centres)), key=lambda c: abs(centres[c] - x))
            if abs(centres[j] - x) > tolerance or cells[j] is not None:
                return None
            cells[j] = tok
        return cells
