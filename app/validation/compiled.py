"""A template's rules turned into index lists once, so a validation is plain loops over a list.

The GUI revalidates on every keystroke: everything that depends only on the template (key order,
which cells each rule adds up, which rules each cell takes part in) is computed here, once per
template, and reused.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.template import Cell, Table, Template
from app.template.rules import AtLeastRule, SumRule, rules_for


@dataclass(frozen=True)
class CompiledSum:
    rule: SumRule
    left: tuple[int, ...]
    right: tuple[int, ...]
    cells: tuple[int, ...]  # left then right
    on_left: frozenset[int]


@dataclass(frozen=True)
class CompiledAtLeast:
    rule: AtLeastRule
    larger: int
    smaller: int


@dataclass(frozen=True)
class CompiledTemplate:
    template: Template
    keys: tuple[str, ...]
    index: dict[str, int]
    cells: tuple[Cell, ...]
    whole: tuple[bool, ...]  # the cell holds a whole number (count or signed change)
    non_negative: tuple[bool, ...]  # the cell may not be below 0 (count or amount)
    sums: tuple[CompiledSum, ...]
    at_least: tuple[CompiledAtLeast, ...]
    sums_of_cell: tuple[tuple[int, ...], ...]  # per cell: the positions in `sums` that involve it
    tables: tuple[tuple[Table, tuple[int, ...]], ...]  # each table and its cells' positions
    table_of_cell: tuple[int, ...]  # per cell: its position in `tables`


_CACHE: dict[int, CompiledTemplate] = {}


def compiled(template: Template) -> CompiledTemplate:
    """The compiled form of a template, built on first use."""
    hit = _CACHE.get(id(template))
    if hit is None or hit.template is not template:
        hit = _compile(template)
        _CACHE[id(template)] = hit
    return hit


def _compile(template: Template) -> CompiledTemplate:
    keys = template.keys
    index = {k: i for i, k in enumerate(keys)}
    cells = template.cells
    sums: list[CompiledSum] = []
    at_least: list[CompiledAtLeast] = []
    for rule in rules_for(template):
        if isinstance(rule, SumRule):
            left = tuple(index[k] for k in rule.left)
            right = tuple(index[k] for k in rule.right)
            sums.append(CompiledSum(rule, left, right, left + right, frozenset(left)))
        else:
            at_least.append(CompiledAtLeast(rule, index[rule.larger], index[rule.smaller]))
    involved: list[list[int]] = [[] for _ in keys]
    for position, s in enumerate(sums):
        for i in s.cells:
            involved[i].append(position)
    tables = tuple((t, tuple(index[c.key] for c in t.cells)) for t in template.tables)
    table_of_cell = [0] * len(keys)
    for position, (_, members) in enumerate(tables):
        for i in members:
            table_of_cell[i] = position
    return CompiledTemplate(
        template=template,
        keys=keys,
        index=index,
        cells=cells,
        whole=tuple(c.kind in ("count", "signed") for c in cells),
        non_negative=tuple(c.kind in ("count", "amount") for c in cells),
        sums=tuple(sums),
        at_least=tuple(at_least),
        sums_of_cell=tuple(tuple(p) for p in involved),
        tables=tables,
        table_of_cell=tuple(table_of_cell),
    )
