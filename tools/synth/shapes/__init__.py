"""Every shape a report can take, with the blank cells each can show unambiguously."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tools.synth.document import Block
from tools.synth.style import Style
from tools.synth.values import BlankPolicy

from . import html, text


@dataclass(frozen=True)
class Shape:
    name: str
    extension: str
    is_text: bool  # plain text: page footers and CRLF may appear
    policies: tuple[BlankPolicy, ...]  # drawn from, evenly
    split_appeals: bool  # table 四 printed as two tables (复议, then 诉讼)

    def policy(self, rng: random.Random) -> BlankPolicy:
        return rng.choice(self.policies)

    def draw_options(self, rng: random.Random) -> dict:
        if self.is_text:
            return text.draw_options(self.name, rng)
        if self.name == "html":
            return html.draw_options(rng)
        from . import docx, pdf  # python-docx / reportlab only when these shapes are asked for

        return docx.draw_options(rng) if self.name == "docx" else pdf.draw_options(rng)

    def render(self, blocks: list[Block], style: Style, options: dict, rng: random.Random,
               agency: str) -> bytes:
        if self.is_text:
            return text.render_text(self.name, blocks, style, {**options, "agency": agency}, rng)
        if self.name == "html":
            return html.render_html(blocks, style, options, rng, agency)
        from . import docx, pdf

        renderer: Callable[..., bytes] = docx.render_docx if self.name == "docx" else pdf.render_pdf
        return renderer(blocks, style, options, rng)


SHAPES: dict[str, Shape] = {s.name: s for s in (
    Shape("000", ".txt", True, ("natural_and_total",), False),
    Shape("001", ".txt", True, ("free",), False),
    Shape("002", ".txt", True, ("free",), False),
    Shape("003", ".txt", True, ("total_only",), False),
    Shape("004", ".txt", True, ("none",), True),
    Shape("html", ".html", False, ("free",), False),
    Shape("docx", ".docx", False, ("free",), False),
    Shape("pdf", ".pdf", False, ("none", "none", "natural_and_total"), False),
)}
TEXT_SHAPES = tuple(n for n, s in SHAPES.items() if s.is_text)
# Shapes whose every cell a careful reader can place; FLAT loses blank cells and the gaps between
# cells, so some of its rows are truly ambiguous: it is measured (tools/bench_flat.py), not
# required exact, and the corpus generator makes it only when asked (--shapes flat).
FLAT = Shape("flat", ".txt", True, ("none", "natural_and_total", "total_only", "free"), False)
ALL_SHAPES: dict[str, Shape] = {**SHAPES, FLAT.name: FLAT}
