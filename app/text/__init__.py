"""Chinese writing shared by the rooms that read text: numerals, read in one place."""

from .numerals import FULL_WIDTH, chinese_number, numeral_value, spelled_digits

__all__ = ["FULL_WIDTH", "chinese_number", "numeral_value", "spelled_digits"]
