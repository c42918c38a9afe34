"""Numbers as report prose writes them: 60, ６０, 3.5, 一, 两, 十二, 一百零五, 一万."""

from __future__ import annotations

# Full-width digits and point map one-to-one onto ASCII, so positions in the text stay valid.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

# A number in prose: Arabic (not inside a longer number) or written in Chinese characters.
NUMBER = r"(?P<n>(?<![\d.])\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_number(text: str) -> tuple[int | float, int] | None:
    """The value and how many decimals were written; None for malformed Chinese numerals."""
    if text[0].isdigit():
        if "." in text:
            return float(text), len(text.split(".", 1)[1])
        return int(text), 0
    value = chinese_number(text)
    return None if value is None else (value, 0)


def chinese_number(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105, 三万二千 -> 32000; None if malformed."""
    total = 0  # completed groups of 万
    section = 0  # the part below 万
    pending: int | None = None  # a digit not yet multiplied by a unit
    for ch in text:
        if ch in _DIGITS:
            if pending:  # two non-zero digits in a row (一二) is not a number
                return None
            pending = _DIGITS[ch]
        elif ch in _UNITS:
            section += (1 if pending is None else pending) * _UNITS[ch]
            pending = None
        else:  # 万
            section += pending or 0
            if section == 0:
                return None
            total += section * 10000
            section, pending = 0, None
    return total + section + (pending or 0)
