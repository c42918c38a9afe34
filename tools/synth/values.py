"""Random record values that satisfy every rule of the template (empty cells count as 0).

A report's numbers are drawn per applicant column so that the balance of table 三 holds by
construction (new + carried over = processed + carried forward), the processed requests are spread
over the outcome rows, and every total is the sum it stands for. Blank cells are only ever cells
whose value is 0, so leaving them empty (null in the truth) keeps the arithmetic intact.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Literal

from app.record import Value
from app.template import Table, Template

# Which cells a shape may leave blank:
# free               any cell whose value is 0 (grids and explicit separators keep positions)
# natural_and_total  table 三 prints only 自然人 and 总计 (shape 000: the other cells simply vanish)
# total_only         table 三 prints only 总计 (shape 003)
# none               every cell printed (shapes whose blank cells could not be told apart)
BlankPolicy = Literal["free", "natural_and_total", "total_only", "none"]

# How busy the agency is: caps for the counts it reports.
_SCALES: tuple[tuple[str, float, int], ...] = (
    ("zero", 0.15, 0),
    ("small", 0.45, 12),
    ("medium", 0.30, 300),
    ("large", 0.10, 40000),
)

# Relative weight of each outcome row id suffix; most requests are granted or not held.
_OUTCOME_WEIGHT = {"granted": 6.0, "partially_granted": 1.5, "unavailable.not_held": 2.5,
                   "not_processed.complaints": 0.8, "not_processed.duplicate": 0.6,
                   "other.other": 0.6, "other_handling": 0.8}


def decimal_value(d: Decimal) -> Value:
    """A decimal as the record stores it: int when whole, float otherwise."""
    return int(d) if d == d.to_integral_value() else float(d)


def make_fields(template: Template, rng: random.Random, policy: BlankPolicy,
                blank_share: float) -> dict[str, Value]:
    """All keys of the template, consistent, with zero cells blanked as the policy allows."""
    cap = _pick_scale(rng)
    fields: dict[str, Value] = dict.fromkeys(template.keys)
    fields.update(_active_values(template.table("active"), rng, cap))
    fields.update(_request_values(template.table("requests"), rng, cap, policy))
    fields.update(_appeal_values(template.table("appeals"), rng, cap))
    _blank(template, fields, rng, policy, blank_share)
    return fields


def _pick_scale(rng: random.Random) -> int:
    roll = rng.random()
    for _name, share, cap in _SCALES:
        if roll < share:
            return cap
        roll -= share
    return _SCALES[-1][2]


def _count(rng: random.Random, cap: int, p_zero: float = 0.4) -> int:
    if cap == 0 or rng.random() < p_zero:
        return 0
    # Skewed towards small numbers, as real reports are.
    return int(cap * rng.random() ** 3) + (1 if rng.random() < 0.5 else 0)


def _amount(rng: random.Random, cap: int) -> Value:
    """A fee in 万元: often 0, sometimes whole, sometimes with one or two decimals."""
    roll = rng.random()
    if cap == 0 or roll < 0.5:
        return 0
    if roll < 0.7:
        return rng.randint(1, 5000)
    return decimal_value(Decimal(rng.randint(1, 500000)) / 100)


def _yuan(rng: random.Random) -> Value:
    """A procurement total in 元: whole yuan, or with 角/分."""
    if rng.random() < 0.3:
        return 0
    if rng.random() < 0.7:
        return rng.randint(1, 9999) * rng.choice((1, 10, 100, 1000))
    return decimal_value(Decimal(rng.randint(1, 99999999)) / rng.choice((10, 100)))


def _active_values(table: Table, rng: random.Random, cap: int) -> dict[str, Value]:
    out: dict[str, Value] = {}
    for cell in table.cells:
        col = cell.column
        if col.kind == "signed":
            out[cell.key] = rng.randint(-6, 6) if rng.random() < 0.4 else 0
        elif col.kind == "amount" and col.unit == "元":
            out[cell.key] = _yuan(rng)
        elif col.kind == "amount":
            out[cell.key] = _amount(rng, cap)
        else:
            out[cell.key] = _count(rng, max(cap, 3) * 5)
    return out


def _request_values(table: Table, rng: random.Random, cap: int,
                    policy: BlankPolicy) -> dict[str, Value]:
    applicants = [c for c in table.columns if not c.is_total]
    total = next(c for c in table.columns if c.is_total)
    outcome_rows = [r for r in table.rows if r.role == "outcome"]
    by_role = {r.role: r for r in table.rows if r.role in ("outcome_total", "carried_forward")}
    new_row, carried_row = (r for r in table.rows if r.role == "in")
    out: dict[str, Value] = {}
    row_sums = dict.fromkeys((r.id for r in table.rows), 0)
    for i, col in enumerate(applicants):
        active = (policy != "total_only" and (i == 0 or policy != "natural_and_total")
                  and rng.random() < (0.85 if i == 0 else 0.3))
        new = _count(rng, cap, p_zero=0.1) if active else 0
        carried = _count(rng, max(1, cap // 10), p_zero=0.6) if active else 0
        forward = min(new + carried, _count(rng, max(1, cap // 10), p_zero=0.6)) if active else 0
        processed = new + carried - forward
        spread = _spread(processed, [r.id for r in outcome_rows], rng)
        out[f"requests.{new_row.id}.{col.id}"] = new
        out[f"requests.{carried_row.id}.{col.id}"] = carried
        out[f"requests.{by_role['carried_forward'].id}.{col.id}"] = forward
        out[f"requests.{by_role['outcome_total'].id}.{col.id}"] = processed
        out.update({f"requests.{row_id}.{col.id}": n for row_id, n in spread.items()})
        for row_id, n in (*spread.items(), (new_row.id, new), (carried_row.id, carried),
                          (by_role["carried_forward"].id, forward),
                          (by_role["outcome_total"].id, processed)):
            row_sums[row_id] += n
    out.update({f"requests.{row_id}.{total.id}": n for row_id, n in row_sums.items()})
    return out


def _spread(n: int, row_ids: list[str], rng: random.Random) -> dict[str, int]:
    """Splits n over the rows with random, skewed weights; the parts add up to n exactly."""
    if n == 0:
        return dict.fromkeys(row_ids, 0)
    weights = [(_OUTCOME_WEIGHT.get(r, 0.25) * rng.random() if rng.random() < 0.5 else 0.0)
               for r in row_ids]
    if not any(weights):
        weights[0] = 1.0
    total_weight = sum(weights) or 1.0
    parts = [int(n * w / total_weight) for w in weights]
    parts[max(range(len(parts)), key=lambda i: weights[i])] += n - sum(parts)
    return dict(zip(row_ids, parts, strict=True))


def _appeal_values(table: Table, rng: random.Random, cap: int) -> dict[str, Value]:
    out: dict[str, Value] = {}
    parts = [c for c in table.columns if not c.is_total]
    total = next(c for c in table.columns if c.is_total)
    for block in table.blocks:
        busy = cap > 0 and rng.random() < 0.35
        values = [_count(rng, 4, p_zero=0.5) if busy else 0 for _ in parts]
        out.update({f"{table.id}.{block.id}.{c.id}": v for c, v in zip(parts, values, strict=True)})
        out[f"{table.id}.{block.id}.{total.id}"] = sum(values)
    return out


def _blank(template: Template, fields: dict[str, Value], rng: random.Random, policy: BlankPolicy,
           blank_share: float) -> None:
    requests = template.table("requests")
    if policy in ("natural_and_total", "total_only"):
        kept = {c.id for c in requests.columns if c.is_total}
        if policy == "natural_and_total":
            kept.add(requests.columns[0].id)
        for cell in requests.cells:
            if cell.column.id not in kept:
                fields[cell.key] = None
    elif policy == "free" and blank_share > 0:
        for key, value in fields.items():
            if value == 0 and rng.random() < blank_share:
                fields[key] = None
