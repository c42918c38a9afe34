"""How one report prints: punctuation, digits, section numerals and the noise real conversions add.

A Style is drawn once per report; `noise_names` lists what it turned on, so a failing report can be
traced to the trap that broke the parser.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Literal

from app.record import Value
from app.template import Column

Numerals = Literal["chinese", "arabic", "paren"]

_HALF_PUNCT = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ","})
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_CHINESE_NUMERALS = "一二三四五六七八九十"
FOOTERS = ("- {n} -", "第 {n} 页", "第{n}页 共{m}页", "— {n} —", "{n} / {m}")


@dataclass(frozen=True)
class Style:
    half_width_punct: bool = False  # (一) : , as most web conversions print them
    full_width_digits: float = 0.0  # share of number cells printed as １２３
    numerals: Numerals = "chinese"  # section headings 三、 / 3、 / （三）
    split_headers: bool = False  # column headers broken over lines: 商业\n企业, 结果\n维持
    split_groups: bool = False  # group labels broken after the numeral: （三）\n不予公开
    spaced_labels: float = 0.0  # share of row labels with a stray space inside
    strip_quotes: bool = False  # 危及三安全一稳定 without the quotation marks
    stray_footers: bool = False  # page numbers and footers between table rows
    alias_headers: bool = False  # 本年新发件数 for 本年制发件数 and other printed aliases
    table_notes: bool = False  # a note paragraph after a table
    unit_in_cell: bool = False  # 2019 procurement amounts written "8800.5元" / "0.88万元"
    crlf: bool = False  # Windows line ends (text shapes)

    def noise_names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) not in (False, 0.0, "chinese")]

    # --- text -----------------------------------------------------------------------------------
    def punct(self, text: str) -> str:
        return text.translate(_HALF_PUNCT) if self.half_width_punct else text

    def heading(self, number: str, words: str) -> str:
        """A section heading with the report's numeral style: 三、… / 3、… / （三）…"""
        if self.numerals == "arabic":
            return f"{_CHINESE_NUMERALS.index(number) + 1}、{words}"
        if self.numerals == "paren":
            return self.punct(f"（{number}）{words}")
        return f"{number}、{words}"

    def row_label(self, label: str, rng: random.Random) -> str:
        if self.strip_quotes:
            label = label.replace("“", "").replace("”", "")
        if self.spaced_labels and len(label) > 6 and rng.random() < self.spaced_labels:
            at = rng.randint(3, len(label) - 2)
            label = f"{label[:at]} {label[at:]}"
        return self.punct(label)

    def group_label(self, label: str) -> str:
        if self.split_groups and "）" in label[:4]:
            cut = label.index("）") + 1
            label = f"{label[:cut]}\n{label[cut:]}"
        return self.punct(label)

    def header(self, column: Column, rng: random.Random) -> str:
        label = column.label
        if self.alias_headers and column.aliases and rng.random() < 0.7:
            label = rng.choice(column.aliases)
        if self.split_headers and 4 <= len(label) <= 6:
            label = f"{label[:2]}\n{label[2:]}"
        return self.punct(label)

    # --- numbers --------------------------------------------------------------------------------
    def number(self, value: Value, column: Column, rng: random.Random) -> str:
        """How a cell prints its value; '' for a blank cell."""
        if value is None:
            return ""
        if type(value) is int and not self.full_width_digits and not column.unit:
            return str(value)  # the common case, first: most cells of most reports
        text = str(value) if type(value) is int else plain_number(value)
        if column.unit == "元" and self.unit_in_cell and rng.random() < 0.6:
            text = (f"{plain_number(Decimal(text) / 10000)}万元" if rng.random() < 0.5
                    else f"{text}元")
        if self.full_width_digits and rng.random() < self.full_width_digits:
            text = text.translate(_FULL_DIGITS)
        return text

    def footer(self, rng: random.Random) -> str:
        n = rng.randint(2, 12)
        return rng.choice(FOOTERS).format(n=n, m=n + rng.randint(0, 6))


def plain_number(value: Value | Decimal) -> str:
    """A number as a person types it: no exponent, no trailing zeros, no '.0'."""
    d = Decimal(str(value)).normalize()
    return format(d, "f")


def draw_style(rng: random.Random, *, text_shape: bool) -> Style:
    """A random style; most reports carry a few kinds of noise, some none at all."""
    def on(p: float) -> bool:
        return rng.random() < p

    return Style(
        half_width_punct=on(0.6),
        full_width_digits=rng.choice((0.0, 0.0, 0.0, 0.3, 1.0)),
        numerals=rng.choice(("chinese", "chinese", "chinese", "arabic", "paren")),
        split_headers=on(0.35),
        split_groups=on(0.2),
        spaced_labels=rng.choice((0.0, 0.0, 0.15)),
        strip_quotes=on(0.15),
        stray_footers=text_shape and on(0.3),
        alias_headers=on(0.2),
        table_notes=on(0.2),
        unit_in_cell=on(0.5),
        crlf=text_shape and on(0.15),
    )
