"""The rules of report-format.md written out again, independently of the generator's own checker,
so a slip in tools/synth/arithmetic.py cannot hide behind itself."""

from __future__ import annotations

from app.template import Template

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")


def broken_rules(template: Template, fields: dict) -> dict[str, list[set[str]]]:
    """rule -> the cell sets of its failed instances (empty counts as 0)."""
    def v(key: str) -> float:
        return fields[key] or 0

    out: dict[str, list[set[str]]] = {}

    def fail(rule: str, cells: list[str]) -> None:
        out.setdefault(rule, []).append(set(cells))

    rows = [r.id for r in template.table("requests").rows]
    outcomes = rows[2:-2]  # between 二、上年结转 and （七）总计 / 四、结转
    for row in rows:
        parts = [f"requests.{row}.{c}" for c in APPLICANTS]
        if v(f"requests.{row}.total") != sum(v(k) for k in parts):
            fail("row_total", [f"requests.{row}.total", *parts])
    for col in (*APPLICANTS, "total"):
        def k(row: str, col: str = col) -> str:
            return f"requests.{row}.{col}"

        if v(k("total_processed")) != sum(v(k(r)) for r in outcomes):
            fail("outcome_total", [k("total_processed"), *map(k, outcomes)])
        if v(k("new_received")) + v(k("carried_over")) != v(k("total_processed")) + v(k("carried_forward")):
            fail("balance", [k("new_received"), k("carried_over"), k("total_processed"), k("carried_forward")])
    for block in ("review", "litigation_direct", "litigation_after_review"):
        parts = [f"appeals.{block}.{c}" for c in ("upheld", "corrected", "other", "pending")]
        if v(f"appeals.{block}.total") != sum(v(p) for p in parts):
            fail("appeals_total", [f"appeals.{block}.total", *parts])
    for cell in template.cells:
        value = fields[cell.key]
        if value is None:
            continue
        if cell.column.kind != "signed" and value < 0:
            fail("non_negative", [cell.key])
        if cell.column.kind != "amount" and value != int(value):
            fail("whole_number", [cell.key])
    return out
