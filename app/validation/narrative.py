"""Figures the report's prose states, compared with the table cells that hold them.

A figure agreeing with the table in any sentence silences other sentences on the same figure
(those likely speak of another scope); every disagreement left is a warning, never an error.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.record import Finding
from app.template.rules import NarrativeClaim, narrative_claims

from . import wording
from .compiled import CompiledTemplate
from .statements import Statement, find_statements


def check_narrative(ct: CompiledTemplate, nums: Sequence[int | float], text: str,
                    year: int | None = None) -> list[Finding]:
    """A warning per prose statement that matches no reading of the cells that hold its figure."""
    claims = narrative_claims(ct.template)
    by_claim: dict[str, list[tuple[Statement, int | float, float]]] = {}
    for st in find_statements(text, ct.template, year):
        claim = claims.get(st.claim)
        converted = st.in_unit(claim.unit) if claim is not None else None
        if converted is not None:
            by_claim.setdefault(st.claim, []).append((st, *converted))
    findings: list[Finding] = []
    for claim_id, statements in by_claim.items():
        claim = claims[claim_id]
        readings = [sum(nums[ct.index[k]] for k in cells) for cells in claim.readings]
        # Either side may have rounded: allow half a unit of the last digit of each.
        disagreeing = [(st, value) for st, value, tolerance in statements
                       if all(abs(value - r) > max(tolerance, _half_unit(r)) + 1e-9 for r in readings)]
        if len(disagreeing) < len(statements):
            continue  # one agreeing statement silences the others on this figure
        seen: set[tuple[int | float, str]] = set()
        for st, value in disagreeing:
            if (value, st.sentence) not in seen:
                seen.add((value, st.sentence))
                findings.append(_finding(ct, claim, st, value, readings))
    return findings


def _half_unit(value: int | float) -> float:
    """Half a unit of the last decimal a table value shows (3967 -> 0.5, 3.25 -> 0.005)."""
    if isinstance(value, int) or value.is_integer():
        return 0.5
    return 0.5 * 10.0 ** -len(f"{value:.6f}".rstrip("0").split(".")[1])


def _finding(ct: CompiledTemplate, claim: NarrativeClaim, st: Statement, value: int | float,
             readings: list[int | float]) -> Finding:
    unit = claim.unit
    tables = "，".join(
        f"{wording.cells_sum_name([ct.cells[ct.index[k]] for k in cells])}为 {wording.number(r)} {unit}"
        for cells, r in zip(claim.readings, readings, strict=True))
    message = (f"正文与表格不一致：“{wording.quote(st.sentence, st.start, st.end)}”中{claim.name}为 "
               f"{wording.number(value)} {unit}，而表格中 {tables}")
    numbers = {"text": value, "table": readings[0], "sentence": st.sentence.strip()}
    return Finding("narrative", "warning", claim.cells, message, numbers=numbers)


