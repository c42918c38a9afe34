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
# "3/12". Masked with spaces (never removed) so offsets do not move.
_NOISE = re.compile(
    r"(?m)^[ \t]*[-—–]{1,2}[ \t]*\d{1,4}[ \t]*[-—–]{1,2}[ \t|]*$"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t,，/]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|^[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}[ \t]*$"
    r"|^[ \t]*[Pp]age[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?[ \t]*$"
)


# str.translate looks up every character; most of a report needs no change, so only the
# characters that do are visited.
_FOLD_TABLE = {chr(k): v for k, v in _ONE_TO_ONE.items()}
_TO_FOLD = re.compile("[" + re.escape("".join(_FOLD_TABLE)) + "]")


def fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one character."""
    return _TO_FOLD.sub(lambda m: _FOLD_TABLE[m.group()], text)


def normalise(text: str) -> str:
    """Same length as `text`: full-width forms folded to ASCII and page furniture blanked."""
    return _NOISE.sub(lambda m: " " * (m.end() - m.start()), fold(text))


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
