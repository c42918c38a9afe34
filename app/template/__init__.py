"""The report templates as data: every row, column, key and Chinese label lives here."""

from __future__ import annotations

from .model import Cell, Column, Row, Table, Template, ValueKind
from .t2019 import TEMPLATE_2019
from .t2021 import TEMPLATE_2021

TEMPLATES: dict[str, Template] = {t.version: t for t in (TEMPLATE_2021, TEMPLATE_2019)}
DEFAULT_VERSION = "2021"


def get_template(version: str | None) -> Template:
    """The template for a version string; unknown or missing versions mean the current format."""
    return TEMPLATES.get(str(version or DEFAULT_VERSION), TEMPLATES[DEFAULT_VERSION])


def all_keys() -> tuple[str, ...]:
    """Every key of every template, newest template's order first (CSV columns of mixed years)."""
    seen: dict[str, None] = {}
    for t in TEMPLATES.values():
        seen.update(dict.fromkeys(t.keys))
    return tuple(seen)


__all__ = ["Cell", "Column", "Row", "Table", "Template", "ValueKind", "TEMPLATES", "DEFAULT_VERSION",
           "TEMPLATE_2019", "TEMPLATE_2021", "get_template", "all_keys"]
