"""How findings write numbers and cells in their Chinese messages."""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.record import Value
from app.template import Cell

EMPTY = "空"
NOT_A_NUMBER = "无效数字"
# Sums longer than this list only their non-zero terms: 21 outcome rows would drown the message.
FULL_TERMS = 7


def number(v: Value) -> str:
    """A value as a reviewer would write it: 12, 3.5, 空."""
    if v is None:
        return EMPTY
    if isinstance(v, float):
        if not math.isfinite(v):
            return NOT_A_NUMBER
        if v.is_integer():
            return str(int(v))
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


def terms(values: Sequence[Value]) -> str:
    """One side of a sum: `61 + 3 + 0`, or for long sums the non-zero terms and how many are 0."""
    if len(values) <= FULL_TERMS:
        return " + ".join(number(v) for v in values)
    shown = [number(v) for v in values if v]
    total = sum(v for v in values if v)
    rest = len(values) - len(shown)
    listed = " + ".join(shown) if shown else "0"
    if not rest:
        return f"{number(total)}（{listed}）"
    return f"{number(total)}（{listed}，其余 {rest} 项为 0 或空）" if shown else f"0（{rest} 项均为 0 或空）"


def cell_names(cells: Sequence[Cell], limit: int = 3) -> str:
    """`一（自然人）、一（总计）` — the first few labels, then how many more."""
    names = "、".join(c.label for c in cells[:limit])
    return names if len(cells) <= limit else f"{names} 等 {len(cells)} 格"


def cells_sum_name(cells: Sequence[Cell]) -> str:
    """One cell's label, a short `a + b`, or `a 至 b 之和` for a run of rows."""
    if len(cells) == 1:
        return cells[0].label
    if len(cells) <= 3:
        return " + ".join(c.label for c in cells)
    return f"{cells[0].label}至{cells[-1].label}之和"


def quote(sentence: str, start: int, end: int, width: int = 24) -> str:
    """The sentence around [start, end), trimmed with … so a message stays one line."""
    left = max(0, start - width)
    right = min(len(sentence), end + width)
    text = sentence[left:right].strip()
    return ("…" if left > 0 else "") + text + ("…" if right < len(sentence) else "")
