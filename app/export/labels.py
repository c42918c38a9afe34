"""Column names of an export, from the template data (never typed here): Chinese labels or keys."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Literal

from app.template import TEMPLATES, Cell, Table, all_keys, get_template

Header = Literal["zh", "keys"]

# The report facts leading every wide row: (key, Chinese label).
META_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "来源文件"),
    ("agency", "机关"),
    ("year", "年度"),
    ("template", "模板"),
    ("status", "状态"),
    ("approved_at", "批准时间"),
    ("reviewer", "审核人"),  # who approved: the 复核人 under four-eyes approval
    ("first_reviewer", "初审人"),  # four-eyes approval's first reviewer (empty when it is off)
    ("editors", "修改人"),  # reviewers who changed values, facts or decisions
)
DECISIONS_COLUMN = ("decisions", "审核结论")
# The columns of the long format: one row per cell.
LONG_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "来源文件"), ("agency", "机关"), ("year", "年度"), ("template", "模板"), ("table", "表"),
    ("row", "行"), ("column", "列"), ("key", "键"), ("value", "数值"),
)
SEPARATOR = "·"


def field_keys(templates: Iterable[str]) -> tuple[str, ...]:
    """The field columns: one template's keys in its order (the current one's for an empty export),
    or every template's keys when the records mix templates."""
    versions = set(templates)
    if len(versions) <= 1:
        return get_template(next(iter(versions), None)).keys
    return all_keys()


@cache
def cell_labels() -> dict[str, str]:
    """key → "table title·row label·column label", unique across all templates (newest wins a key)."""
    labels: dict[str, str] = {}
    for template in TEMPLATES.values():
        for table in template.tables:
            for key, label in _table_labels(table).items():
                labels.setdefault(key, label)
    counts = Counter(labels.values())
    # Two keys that would read alike keep their key in brackets, so no column is ambiguous.
    return {k: f"{v}（{k}）" if counts[v] > 1 else v for k, v in labels.items()}


def _table_labels(table: Table) -> dict[str, str]:
    return {c.key: SEPARATOR.join((table.title, *cell_parts(c))) for c in table.cells}


def cell_parts(cell: Cell) -> tuple[str, str]:
    """(row, column) as the long format names them in Chinese."""
    return _grouped(cell.row.group, cell.row.label), _grouped(cell.column.group, cell.column.label)


def _grouped(group: str, label: str) -> str:
    # The spanning label in front: "1.属于国家秘密" alone would not say under which heading it sits.
    return f"{group} {label}" if group else label
