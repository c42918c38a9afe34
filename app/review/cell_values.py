"""What a cell may hold: the one judge of a reviewer's values, for the service and the window alike.

Counts are whole and not negative, signed counts (changes from last year) are whole, amounts are
not negative and may have decimals: the kind comes from the template's column (`Column.kind`).
"""

from __future__ import annotations

import math
import unicodedata

from app.record import Value, normalise_value
from app.template import Cell

from .errors import ReviewError


class CellValueError(ReviewError):
    """A value the cell may not hold; the Chinese message says why (without the cell's name)."""


def check_value(cell: Cell, value: object) -> Value:
    """`value` as the record stores it (a whole float becomes an int); raises CellValueError."""
    try:
        number = normalise_value(value)
    except ValueError as e:
        raise CellValueError(str(e)) from None
    if number is None:
        return None
    if not math.isfinite(number):
        raise CellValueError(f"不是有效数字：{number}")
    if isinstance(number, float) and cell.kind != "amount":
        raise CellValueError(f"应为整数，收到 {number}")
    if number < 0 and cell.kind != "signed":
        raise CellValueError(f"{'金额' if cell.kind == 'amount' else '件数'}不能为负数：{number}")
    return number


def typed_value(cell: Cell, text: str) -> Value:
    """What a reviewer typed, as the cell's value: '' empties it; full-width digits (from a Chinese
    IME), thousands commas and spaces are accepted. Raises CellValueError."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        number: int | float = int(cleaned)
    except ValueError:
        try:
            number = float(cleaned)
        except ValueError:
            raise CellValueError(f"“{text}”不是{'数字' if cell.kind == 'amount' else '整数'}") from None
    return check_value(cell, number)
