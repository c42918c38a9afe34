"""The checks a template demands, as data derived from its tables.

Sums and balances come from `Row.role` and `Column.is_total`; the few facts the roles cannot
express (which "in" row is last year's carry-over, which columns of 二 bound each other, which
cells a sentence of the report's prose speaks about, how prose names the applicants) are written
here, once, so the validator never names a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import DENIED, LITIGATION, NOT_PROCESSED, UNAVAILABLE
from .model import Column, Row, Table, Template

# The right-hand names of the sums the printed table states in words.
APPLICANTS_SUM = "各类申请人之和"
OUTCOMES_SUM = "各项办理结果之和"

# The "in" row that last year's 四、结转下年度继续办理 must equal, column by column.
CARRIED_OVER_ROW = "carried_over"

# Words prose uses for kinds of applicant besides the columns' labels (自然人, 商业企业 …).
APPLICANT_SHORT_WORDS: tuple[str, ...] = ("个人", "企业")

# Column pairs (larger, smaller) of a "rows" table where the first may not be below the second:
# documents in force include every document issued this year and not repealed.
AT_LEAST_COLUMNS: tuple[tuple[str, str], ...] = (("in_force", "issued"),)


@dataclass(frozen=True)
class SumRule:
    """sum(left) == sum(right), empty cells counting as 0; a failure is an error."""

    id: str  # stable rule id: row_total, outcome_total, balance, appeals_total
    left: tuple[str, ...]
    right: tuple[str, ...]
    left_name: str  # how a message names each side: 总计, 一+二
    right_name: str  # 各类申请人之和, 三(七)+四
    scope: str  # the row, column or block the rule is about: 一, 自然人, 复议


@dataclass(frozen=True)
class AtLeastRule:
    """larger >= smaller; a failure is a warning (the source may really say so)."""

    id: str  # in_force_lt_issued
    larger: str
    smaller: str
    larger_name: str
    smaller_name: str
    scope: str


Rule = SumRule | AtLeastRule


@dataclass(frozen=True)
class NarrativeClaim:
    """A figure the report's prose may state, and the cells of the tables that hold it."""

    id: str  # new_received, handled, completed, granted, denied, review, fees …
    name: str  # how a message names the figure
    readings: tuple[tuple[str, ...], ...]  # each a set of cells whose sum the figure may mean
    unit: str  # 件 for counts, the record's unit (万元) for amounts

    @property
    def cells(self) -> tuple[str, ...]:
        """The cells of the first (usual) reading: those a disagreement is shown on."""
        return self.readings[0]


# claim id -> (name, readings). A count claim names rows of the grid table by id, group or role
# (their total column), or blocks of the blocks table by id or group (their total column).
_COUNT_CLAIMS: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    "new_received": ("新收申请", (("new_received",),)),
    "completed": ("办结申请", (("outcome_total",),)),
    # 办理 may mean the requests concluded or all those on hand (new + carried over).
    "handled": ("办理申请", (("outcome_total",), ("in",))),
    "granted": ("予以公开", (("granted",),)),
    "partially_granted": ("部分公开", (("partially_granted",),)),
    "granted_or_partial": ("予以公开及部分公开", (("granted", "partially_granted"),)),
    "denied": ("不予公开", ((DENIED,),)),
    "unavailable": ("无法提供", ((UNAVAILABLE,),)),
    "not_processed": ("不予处理", ((NOT_PROCESSED,),)),
    "carried_over": ("上年结转申请", (("carried_over",),)),
    "carried_forward": ("结转下年度申请", (("carried_forward",),)),
}
_APPEAL_CLAIMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "review": ("行政复议", ("review",)),
    "litigation": ("行政诉讼", (LITIGATION,)),
}
# claim id -> (name, row id, column id) of table 二: a count the prose may state of one cell.
_ACTIVE_COUNT_CLAIMS: dict[str, tuple[str, str, str]] = {
    "normative_issued": ("制发规范性文件", "normative_docs", "issued"),
    "normative_made": ("制作规范性文件", "normative_docs", "made"),
    "licensing_decisions": ("行政许可决定", "licensing", "decisions"),
    "penalty_decisions": ("行政处罚决定", "penalty", "decisions"),
}
_AMOUNT_CLAIMS: dict[str, tuple[str, str]] = {
    "fees": ("行政事业性收费", "fees"),
}


def rules_for(template: Template) -> tuple[Rule, ...]:
    """Every arithmetic rule of the template, in table order (cached per template)."""
    return _derived(template).rules


def narrative_claims(template: Template) -> dict[str, NarrativeClaim]:
    """The figures prose may state that this template's tables hold (cached per template)."""
    return _derived(template).claims


def applicant_words(template: Template) -> tuple[str, ...]:
    """How prose names one kind of applicant: column labels, spanning labels, short words.

    其他 is left out: as a word of its own it appears everywhere (其他处理, 其他需要报告).
    """
    words: dict[str, None] = {}
    for table in template.tables:
        if table.layout == "grid":
            for col in table.columns:
                if not col.is_total:
                    words.update(dict.fromkeys(w for w in (col.label, *col.group.split("或")) if w))
    words.update(dict.fromkeys(APPLICANT_SHORT_WORDS))
    words.pop("其他", None)
    return tuple(words)


def cross_year_pairs(template: Template) -> tuple[tuple[str, str], ...]:
    """(this year's carried-over key, last year's carried-forward key), one pair per column."""
    return _derived(template).pairs


@dataclass(frozen=True)
class _Derived:
    template: Template
    rules: tuple[Rule, ...]
    claims: dict[str, NarrativeClaim]
    pairs: tuple[tuple[str, str], ...]


_CACHE: dict[int, _Derived] = {}


def _derived(template: Template) -> _Derived:
    # Templates hold a dict and are not hashable: key by identity, keeping the template alive.
    hit = _CACHE.get(id(template))
    if hit is None or hit.template is not template:
        hit = _Derived(template, _build_rules(template), _build_claims(template), _build_pairs(template))
        _CACHE[id(template)] = hit
    return hit


def _build_rules(template: Template) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for table in template.tables:
        if table.layout == "grid":
            rules += _grid_rules(table)
        elif table.layout == "blocks":
            rules += _block_rules(table)
        else:
            rules += _at_least_rules(table)
    return tuple(rules)


def _key(table: Table, row_id: str, column_id: str) -> str:
    return f"{table.id}.{row_id}.{column_id}"


def _split_total(columns: tuple[Column, ...]) -> tuple[Column | None, tuple[Column, ...]]:
    totals = [c for c in columns if c.is_total]
    return (totals[0] if len(totals) == 1 else None), tuple(c for c in columns if not c.is_total)


def _grid_rules(table: Table) -> list[SumRule]:
    rules: list[SumRule] = []
    total, parts = _split_total(table.columns)
    if total is not None:
        for row in table.rows:
            rules.append(SumRule("row_total", (_key(table, row.id, total.id),),
                                 tuple(_key(table, row.id, c.id) for c in parts),
                                 total.display, APPLICANTS_SUM, row.display))
    ins = [r for r in table.rows if r.role == "in"]
    outcomes = [r for r in table.rows if r.role == "outcome"]
    outcome_total = next((r for r in table.rows if r.role == "outcome_total"), None)
    forward = next((r for r in table.rows if r.role == "carried_forward"), None)
    if outcome_total is not None and outcomes:
        for col in table.columns:
            rules.append(SumRule("outcome_total", (_key(table, outcome_total.id, col.id),),
                                 tuple(_key(table, r.id, col.id) for r in outcomes),
                                 outcome_total.display, OUTCOMES_SUM, col.display))
    if ins and outcome_total is not None and forward is not None:
        outs = (outcome_total, forward)
        for col in table.columns:
            rules.append(SumRule("balance", tuple(_key(table, r.id, col.id) for r in ins),
                                 tuple(_key(table, r.id, col.id) for r in outs),
                                 "+".join(r.display for r in ins), "+".join(r.display for r in outs),
                                 col.display))
    return rules


def _block_rules(table: Table) -> list[SumRule]:
    total, parts = _split_total(table.columns)
    if total is None:
        return []
    return [SumRule(f"{table.id}_total", (_key(table, b.id, total.id),),
                    tuple(_key(table, b.id, c.id) for c in parts),
                    total.display, "+".join(c.display for c in parts), b.display)
            for b in table.blocks]


def _at_least_rules(table: Table) -> list[AtLeastRule]:
    rules: list[AtLeastRule] = []
    for row in table.rows:
        by_id = {c.id: c for c in row.columns}
        for larger, smaller in AT_LEAST_COLUMNS:
            if larger in by_id and smaller in by_id:
                rules.append(AtLeastRule(f"{larger}_lt_{smaller}", _key(table, row.id, larger),
                                         _key(table, row.id, smaller), by_id[larger].label,
                                         by_id[smaller].label, row.display))
    return rules


def _names_row(row: Row, names: tuple[str, ...]) -> bool:
    return row.id in names or row.group in names or row.role in names


def _build_claims(template: Template) -> dict[str, NarrativeClaim]:
    claims: dict[str, NarrativeClaim] = {}
    for table in template.tables:
        total, _ = _split_total(table.columns)
        if table.layout == "grid" and total is not None:
            for claim_id, (name, readings) in _COUNT_CLAIMS.items():
                cells = tuple(tuple(_key(table, r.id, total.id) for r in table.rows if _names_row(r, names))
                              for names in readings)
                if all(cells):
                    claims[claim_id] = NarrativeClaim(claim_id, name, cells, "件")
        elif table.layout == "blocks" and total is not None:
            for claim_id, (name, names) in _APPEAL_CLAIMS.items():
                blocks = tuple(_key(table, b.id, total.id) for b in table.blocks
                               if b.id in names or b.group in names)
                if blocks:
                    claims[claim_id] = NarrativeClaim(claim_id, name, (blocks,), "件")
        elif table.layout == "rows":
            keys = {c.key for c in table.cells}
            for claim_id, (name, row_id, column_id) in _ACTIVE_COUNT_CLAIMS.items():
                key = _key(table, row_id, column_id)
                if key in keys:
                    claims[claim_id] = NarrativeClaim(claim_id, name, ((key,),), "件")
            for claim_id, (name, row_id) in _AMOUNT_CLAIMS.items():
                for row in table.rows:
                    amounts = [c for c in row.columns if c.kind == "amount"] if row.id == row_id else []
                    if len(amounts) == 1:
                        cell = _key(table, row.id, amounts[0].id)
                        claims[claim_id] = NarrativeClaim(claim_id, name, ((cell,),), amounts[0].unit)
    return claims


def _build_pairs(template: Template) -> tuple[tuple[str, str], ...]:
    for table in template.tables:
        forward = next((r for r in table.rows if r.role == "carried_forward"), None)
        over = next((r for r in table.rows if r.id == CARRIED_OVER_ROW and r.role == "in"), None)
        if table.layout == "grid" and forward is not None and over is not None:
            return tuple((_key(table, over.id, c.id), _key(table, forward.id, c.id)) for c in table.columns)
    return ()
