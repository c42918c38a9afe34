"""Numbers as Chinese reports write them: 60, ６０, 一, 两, 十二, 一百零五, 一万, and 二〇二二 (a year,
spelled digit by digit). The one reader of Chinese numerals; the locator and the validator use it."""

from __future__ import annotations

# Full-width digits and point map one-to-one onto ASCII, so positions in the text stay valid.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# A year spelled digit by digit: 二〇二二, 二零二二 (○ and Ｏ stand in for 〇 in many reports).
SPELLED_DIGITS = "〇零○Ｏ一二三四五六七八九"
_SPELLED = str.maketrans(SPELLED_DIGITS, "0000123456789")


def chinese_number(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105, 三万二千 -> 32000; None if malformed."""
    if not text:
        return None
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
        elif ch == "万":
            section += pending or 0
            if section == 0:
                return None
            total += section * 10000
            section, pending = 0, None
        else:
            return None
    return total + section + (pending or 0)


def numeral_value(text: str) -> int | None:
    """A whole number written in Arabic (also full-width) or Chinese numerals: 3, ３, 三, 十二."""
    arabic = text.translate(FULL_WIDTH)
    if arabic.isascii() and arabic.isdigit():
        return int(arabic)
    return chinese_number(text)


def spelled_digits(text: str) -> str:
    """二〇二二 -> 2022, character for character (other characters are left as they are)."""
    return text.translate(_SPELLED)
