"""Numbers as report prose writes them: 60, ６０, 3.5, 一, 两, 十二, 一百零五, 一万 (read by app.text)."""

from __future__ import annotations

from app.text import FULL_WIDTH, chinese_number

# A number in prose: Arabic (not inside a longer number) or written in Chinese characters.
NUMBER = r"(?P<n>(?<![\d.])\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"


def parse_number(text: str) -> tuple[int | float, int] | None:
    """The value and how many decimals were written; None for malformed Chinese numerals."""
    if text[0].isdigit():
        if "." in text:
            return float(text), len(text.split(".", 1)[1])
        return int(text), 0
    value = chinese_number(text)
    return None if value is None else (value, 0)


__all__ = ["FULL_WIDTH", "NUMBER", "parse_number"]
