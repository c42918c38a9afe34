"""The record of one report, where each of its numbers came from, and what is wrong with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from app.template import Template, get_template

Value = int | float | None
Severity = Literal["error", "warning", "info"]
# How a value got into the record: read as printed, placed by the template's arithmetic,
# left out because no placement was certain, or typed by a reviewer.
How = Literal["read", "inferred", "unplaced", "edited"]


@dataclass
class Origin:
    """Where a cell's value came from in the decoded source text (text[start:end] == raw)."""

    start: int
    end: int
    raw: str
    how: How = "read"
    note: str = ""
    page: int | None = None  # PDF: 0-based page of the number
    box: tuple[float, float, float, float] | None = None  # PDF: x0, y0, x1, y1 in points, top-left origin
    confidence: float | None = None  # scanned pages: OCR's lowest score (0-1) among the number's characters
    # The readings of the row that the table's arithmetic left possible (unplaced cells), or the
    # alternatives to a reading placed by convention: each maps the row's cells to values.
    candidates: tuple[dict[str, Value], ...] = ()

    def to_json(self) -> dict[str, Any]:
        # Field by field, not dataclasses.asdict: asdict deep-copies every value, and this runs
        # once per cell of every report written as JSON (it was half of `extract --json`'s time).
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.raw:
            d["raw"] = self.raw
        if self.how:
            d["how"] = self.how
        if self.note:
            d["note"] = self.note
        if self.page is not None:
            d["page"] = self.page
        if self.box is not None:
            d["box"] = [round(v, 2) for v in self.box]
        if self.confidence is not None:
            d["confidence"] = self.confidence
        if self.candidates:
            d["candidates"] = readings_to_json(self.candidates)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Origin:
        box = d.get("box")
        return cls(int(d.get("start", 0)), int(d.get("end", 0)), str(d.get("raw", "")),
                   d.get("how", "read"), str(d.get("note", "")), d.get("page"),
                   tuple(box) if box else None, confidence=d.get("confidence"),
                   candidates=readings_from_json(d.get("candidates")))


@dataclass
class Finding:
    """One problem found in a record: which rule, how bad, which cells, and what to do."""

    rule: str
    severity: Severity
    cells: tuple[str, ...]
    message: str
    suggestion: dict[str, Value] | None = None  # cell key -> value that would satisfy the rule(s)
    numbers: dict[str, Any] = field(default_factory=dict)  # the numbers on each side, for tooltips
    # Other whole readings the reviewer may apply in one action after looking at the source (the
    # candidate readings of a row the table's arithmetic could not decide).
    alternatives: tuple[dict[str, Value], ...] = ()

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"rule": self.rule, "severity": self.severity, "cells": list(self.cells),
                             "message": self.message}
        if self.suggestion is not None:
            d["suggestion"] = self.suggestion
        if self.numbers:
            d["numbers"] = self.numbers
        if self.alternatives:
            d["alternatives"] = readings_to_json(self.alternatives)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Finding:
        return cls(d["rule"], d["severity"], tuple(d.get("cells", ())), d.get("message", ""),
                   d.get("suggestion"), d.get("numbers") or {}, readings_from_json(d.get("alternatives")))


@dataclass
class Record:
    """One report's values, in the shape of the expected records in tests/data/gold/*.json."""

    source: str
    template: str
    agency: str | None
    year: int | None
    fields: dict[str, Value]

    @classmethod
    def empty(cls, source: str, template: Template | str | None = None) -> Record:
        t = template if isinstance(template, Template) else get_template(template)
        return cls(source, t.version, None, None, t.empty_fields())

    @property
    def tmpl(self) -> Template:
        return get_template(self.template)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "template": self.template, "agency": self.agency,
                "year": self.year, "fields": dict(self.fields)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Record:
        """Reads a record in the gold shape; keys the template lacks are refused, missing ones empty."""
        t = get_template(d.get("template"))
        raw = d.get("fields")
        if not isinstance(raw, dict):
            raise ValueError("记录缺少 fields 对象")
        unknown = [k for k in raw if k not in t.cell_by_key]
        if unknown:
            raise ValueError(f"记录含有模板 {t.version} 没有的键：{', '.join(unknown[:5])}")
        fields = t.empty_fields()
        for k, v in raw.items():
            fields[k] = normalise_value(v)
        year = d.get("year")
        return cls(str(d.get("source", "")), t.version, d.get("agency"),
                   int(year) if year not in (None, "") else None, fields)


def readings_to_json(readings: tuple[dict[str, Value], ...]) -> Any:
    """Readings of the same cells as {"cells": [...], "values": [[...], ...]}: each cell key once, not
    once per reading (a row of lost blanks has up to a dozen readings, in each of its cells' origins
    and in its finding, and the keys were most of a report's JSON line and stored row)."""
    cells = list(readings[0])
    if any(list(r) != cells for r in readings[1:]):
        return [dict(r) for r in readings]
    return {"cells": cells, "values": [list(r.values()) for r in readings]}


def readings_from_json(data: Any) -> tuple[dict[str, Value], ...]:
    """Either shape readings_to_json writes, and the list of mappings stores written before it."""
    if isinstance(data, dict):
        cells, rows = data.get("cells"), data.get("values")
        if not isinstance(cells, list) or not isinstance(rows, list):
            return ()
        keys = [str(k) for k in cells]
        return tuple({k: normalise_value(v) for k, v in zip(keys, row, strict=False)}
                     for row in rows if isinstance(row, list) and len(row) == len(keys))
    if isinstance(data, list):
        return tuple({str(k): normalise_value(v) for k, v in r.items()} for r in data if isinstance(r, dict))
    return ()


def normalise_value(v: Any) -> Value:
    """JSON numbers to int where whole, float otherwise; bools and text are refused."""
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"不是数字：{v!r}")
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v
