"""A report before it takes a shape: paragraphs and printed tables, in reading order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .tables import PrintedTable

ParaKind = Literal["title", "meta", "heading", "body"]


@dataclass(frozen=True)
class Para:
    text: str  # may hold "\n" where the source breaks a line inside one paragraph
    kind: ParaKind = "body"


Block = Para | PrintedTable
