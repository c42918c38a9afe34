"""How a cell shows its value. What a cell may hold is app.review.cell_values' to judge."""

from __future__ import annotations

from app.record import Value


def format_value(value: Value) -> str:
    """The text a cell shows: empty for None, no trailing '.0' for whole amounts."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
