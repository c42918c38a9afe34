"""How whitespace inside a line or a table cell is shown.

A label broken over source lines or <br>s ("自<br>然<br>人") must read "自然人", yet two numbers in
one cell ("12 34") must stay apart: whitespace between two CJK characters disappears, any other run
becomes one space. Full-width digits and letters are not CJK here, so "１２ ３４" stays two numbers.
"""

from __future__ import annotations

import re

# CJK ideographs, kana, CJK and full-width punctuation; not full-width digits/letters (FF10-FF5A).
_CJK = (
    "\u2e80-\u2fff\u3001-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffef\U00020000-\U0003134f"
)
CJK_CHAR = re.compile(f"[{_CJK}]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphen, zero-width chars
_ANY_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_LINE_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s*\n\s*(?=[{_CJK}])")
_SPACE_RUN = re.compile(r"\s+")
_NEEDS_WORK = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff]")


def cell_text(raw: str) -> str:
    """A table cell as one stripped line: CJK-CJK whitespace removed, other runs one space."""
    text = raw.strip()
    if _NEEDS_WORK.search(text) is None:
        return text  # the usual cell, "12" or "自然人": one regex search instead of three subs
    text = _ANY_SPACE_BETWEEN_CJK.sub("", _INVISIBLE.sub("", text))
    return _SPACE_RUN.sub(" ", text).strip()


def line_text(raw: str) -> str:
    """A line of running text: a source line break between CJK characters (HTML source wrapping)
    disappears; any other whitespace run, including a deliberate space between words, becomes one
    space."""
    text = raw.strip()
    if _NEEDS_WORK.search(text) is None:
        return text
    text = _LINE_BREAK_BETWEEN_CJK.sub("", _INVISIBLE.sub("", text))
    return _SPACE_RUN.sub(" ", text).strip()


def is_cjk(char: str) -> bool:
    return CJK_CHAR.match(char) is not None
