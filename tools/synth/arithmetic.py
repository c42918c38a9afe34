"""The template's arithmetic over a plain fields dict (empty counts as 0).

The generator uses it to say which rules an injected error breaks. It reads the rows' roles and
the total columns from app.template, so it covers both formats without naming a single cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.record import Value
from app.template import Template


@dataclass(frozen=True)
class Violation:
    rule: str  # row_total | outcome_total | balance | appeals_total | non_negative | whole_number
    cells: tuple[str, ...]
    left: float
    right: float


def _n(v: Value) -> float:
    return 0 if v is None else v


def _sum(fields: dict[str, Value], keys: list[str]) -> float:
    return sum(_n(fields[k]) for k in keys)


def violations(template: Template, fields: dict[str, Value]) -> list[Violation]:
    """Every rule of report-format.md that the values break."""
    out: list[Violation] = []
    requests = template.table("requests")
    applicants = [c.id for c in requests.columns if not c.is_total]
    total = next(c.id for c in requests.columns if c.is_total)

    def key(row: str, col: str) -> str:
        return f"{requests.id}.{row}.{col}"

    for row in requests.rows:
        parts = [key(row.id, c) for c in applicants]
        _compare(out, "row_total", fields, [key(row.id, total)], parts)
    ins = [r.id for r in requests.rows if r.role == "in"]
    outcomes = [r.id for r in requests.rows if r.role == "outcome"]
    processed = next(r.id for r in requests.rows if r.role == "outcome_total")
    forward = next(r.id for r in requests.rows if r.role == "carried_forward")
    for col in [*applicants, total]:
        _compare(out, "outcome_total", fields, [key(processed, col)], [key(r, col) for r in outcomes])
        _compare(out, "balance", fields, [key(r, col) for r in ins],
                 [key(processed, col), key(forward, col)])
    appeals = template.table("appeals")
    for block in appeals.blocks:
        cells = [f"{appeals.id}.{block.id}.{c.id}" for c in appeals.columns]
        totals = [k for k, c in zip(cells, appeals.columns, strict=True) if c.is_total]
        _compare(out, "appeals_total", fields, totals, [k for k in cells if k not in totals])
    for cell in template.cells:
        v = fields[cell.key]
        if v is None:
            continue
        if cell.kind != "signed" and v < 0:
            out.append(Violation("non_negative", (cell.key,), v, 0))
        if cell.kind != "amount" and v != int(v):
            out.append(Violation("whole_number", (cell.key,), v, int(v)))
    return out


def _compare(out: list[Violation], rule: str, fields: dict[str, Value], left: list[str],
             right: list[str]) -> None:
    lv, rv = _sum(fields, left), _sum(fields, right)
    if lv != rv:
        out.append(Violation(rule, (*left, *right), lv, rv))
