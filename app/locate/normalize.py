"""Text normalisation that keeps every character at its offset, so spans stay true to the source."""

from __future__ import annotations

import re
from functools import lru_cache

# Full-width digits and punctuation, odd spaces and bars (box-drawing │ ┃ ║ of converters' text
# tables too): one character for one character.
_ONE_TO_ONE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "（": "(", "）": ")", "，": ",", "．": ".", "：": ":", "；": ";", "－": "-", "／": "/",
        "｜": "|", "│": "|", "┃": "|", "║": "|", "¦": "|",
        "\u3000": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
        "\u200b": " ", "\ufeff": " ", "\r": " ", "\f": " ", "\v": " ", "＋": "+", "﹣": "-",
        "％": "%", "−": "-", "‐": "-", "‑": "-", "–": "-", "【": "[", "】": "]", "〔": "[", "〕": "]",
    }
)

# Page furniture that lands inside tables when a document is flattened: "- 7 -", "第 3 页 共 9 页",
# "3/12". Masked with spaces (never removed) so offsets do not move. Two patterns: the whole-line
# kinds under one line-start anchor, and 第…页 (a literal first character the regex engine searches
# for directly) — half the time of one four-way alternation tried at every character. Neither kind
# can contain or create the other (no 第 in a furniture line; a 第…页 stays within its line).
_NOISE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-—–]{1,2}[ \t]*\d{1,4}[ \t]*[-—–]{1,2}[ \t|]*"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4}[ \t]*"
    r"|[Pp]age[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?[ \t]*)$"
)
_PAGE_NUMBER = re.compile(r"第[ \t]*\d{1,4}[ \t]*页(?:[ \t,，/]*共[ \t]*\d{1,4}[ \t]*页)?")


# str.translate looks up every character, and a regex with a replacement function calls Python
# for every full-width bracket of a Chinese report: one C-level str.replace per character that
# occurs is a third of the latter's time.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _ONE_TO_ONE.items())


def fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one character."""
    for wide, narrow in _FOLD_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def normalise(text: str) -> str:
    """Same length as `text`: full-width forms folded to ASCII and page furniture blanked."""
    text = _NOISE_LINE.sub(_blank, fold(text))
    return _PAGE_NUMBER.sub(_blank, text) if "第" in text else text


# What is kept of a label when comparing it with the template: letters, digits and CJK.
_NOT_LABEL = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


def compact(text: str) -> str:
    """A label reduced to what identifies it: '一、本年新收 政府信息公开(申请)' → '一本年新收政府信息公开申请'."""
    return _NOT_LABEL.sub("", fold(text))


@lru_cache(maxsize=8192)
def compact_folded(text: str) -> str:
    """compact() for text that normalise() has already folded. Cached: the same labels recur in
    every report of a batch."""
    return _NOT_LABEL.sub("", text)
