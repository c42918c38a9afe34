"""What a reviewer typed into a cell, turned into a record value (or a Chinese reason why not)."""

from __future__ import annotations

import math
import unicodedata

from app.record import Value
from app.template import ValueKind


class CellInputError(ValueError):
    """Typed text that is not a value of the cell's kind; the message is shown to the reviewer."""


def parse_cell_input(text: str, kind: ValueKind) -> Value:
    """'' empties the cell; full-width digits (from a Chinese IME) and thousands commas are accepted."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    if kind == "amount":
        try:
            number = float(cleaned)
        except ValueError:
            raise CellInputError(f"“{text}”不是数字") from None
        if not math.isfinite(number) or number < 0:
            raise CellInputError(f"金额必须是不小于 0 的数字：{text}")
        return int(number) if number.is_integer() else number
    try:
        whole = int(cleaned)
    except ValueError:
        raise CellInputError(f"“{text}”不是整数") from None
    if kind == "count" and whole < 0:
        raise CellInputError(f"件数不能为负数：{text}")
    return whole


def format_value(value: Value) -> str:
    """The text a cell shows: empty for None, no trailing '.0' for whole amounts."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
