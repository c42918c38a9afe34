"""The one reader of Chinese numerals: prose counts, section numbers and years spelled digit by digit."""

from __future__ import annotations

import pytest

from app.text import chinese_number, numeral_value, spelled_digits


@pytest.mark.parametrize(("text", "value"), [
    ("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三万二千", 32000),
    ("一万", 10000), ("零", 0),
])
def test_chinese_numerals_are_read(text: str, value: int) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["", "一二", "万", "十x", "abc"])
def test_malformed_numerals_are_none(text: str) -> None:
    assert chinese_number(text) is None


@pytest.mark.parametrize(("text", "value"), [("3", 3), ("３", 3), ("三", 3), ("十一", 11), ("12", 12)])
def test_section_numbers_in_any_spelling(text: str, value: int) -> None:
    assert numeral_value(text) == value


def test_years_spelled_digit_by_digit() -> None:
    assert spelled_digits("二〇二二年、二零二三年、二○二一年") == "2022年、2023年、2021年"
