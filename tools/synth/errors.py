"""Deliberate errors: a printed cell (or a pair) changed so that a named rule of the template breaks.

Each error touches rows and columns of table 三 that no other error of the same report touches,
so two errors can never cancel out in a column sum. After the change the rules are checked again
and the error records every rule it breaks; an error that breaks nothing is never kept.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from app.record import Value
from app.template import Template

from .arithmetic import violations


@dataclass
class InjectedError:
    rule: str  # the rule the change was made to break
    cells: tuple[str, ...]
    was: dict[str, Value]
    now: dict[str, Value]
    breaks: tuple[str, ...] = ()  # every rule the change breaks, found by checking afterwards

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "cells": list(self.cells), "was": self.was, "now": self.now,
                "breaks": list(self.breaks)}


@dataclass
class _Claims:
    """Rows of 三 (and blocks of 四), applicant columns and cells already used by an error."""

    rows: set[str] = field(default_factory=set)
    cols: set[str] = field(default_factory=set)
    cells: set[str] = field(default_factory=set)

    def free(self, row: str, col: str) -> bool:
        return row not in self.rows and col not in self.cols

    def take(self, row: str, col: str, keys: tuple[str, ...]) -> None:
        self.rows.add(row)
        self.cols.add(col)
        self.cells.update(keys)


KINDS = ("row_total", "outcome_total", "balance", "appeals_total", "non_negative", "whole_number")


def inject_errors(template: Template, fields: dict[str, Value], rng: random.Random, count: int,
                  *, rows_keep_their_sum: bool = False) -> list[InjectedError]:
    """Changes `fields` in place; returns the errors made (fewer than asked if no room is left).

    rows_keep_their_sum: for shapes whose rows show only 自然人 and 总计 with the blank cells
    gone (000), a row whose two numbers differ could not be placed by anyone; such rows keep
    自然人 = 总计 and errors only break the column rules there.
    """
    kinds = [k for k in KINDS if not (rows_keep_their_sum and k == "row_total")]
    claims = _Claims()
    made: list[InjectedError] = []
    for _ in range(count):
        # Kinds in random order until one finds room (a shape may print no cell a kind needs).
        for kind in rng.sample(kinds, len(kinds)):
            change = _propose(kind, template, fields, rng, claims)
            if change is not None:
                made.append(InjectedError(kind, tuple(change), {k: fields[k] for k in change}, change))
                fields.update(change)
                break
    # Label each error with the rules it breaks, now that all changes are in.
    found = violations(template, fields)
    for error in made:
        error.breaks = tuple(sorted({v.rule for v in found if set(v.cells) & set(error.cells)}))
    return made


def _delta(rng: random.Random, value: int) -> int:
    """A non-zero change that keeps a count at or above zero."""
    choices = [d for d in range(-min(value, 9), 10) if d]
    return rng.choice(choices)


def _propose(kind: str, template: Template, fields: dict[str, Value], rng: random.Random,
             claims: _Claims) -> dict[str, Value] | None:
    requests = template.table("requests")
    applicants = [c.id for c in requests.columns if not c.is_total]
    total = next(c.id for c in requests.columns if c.is_total)

    def pair(row: str) -> dict[str, Value] | None:
        # The same change in an applicant cell and in the row's total keeps the row total right
        # and breaks the rules of that applicant's column only.
        t = f"requests.{row}.{total}"
        cols = [c for c in applicants if claims.free(row, c)
                and fields[f"requests.{row}.{c}"] is not None and fields[t] is not None]
        if not cols:
            return None
        col = rng.choice(cols)
        a = f"requests.{row}.{col}"
        d = _delta(rng, int(fields[a] or 0))
        claims.take(row, col, (a, t))
        return {a: int(fields[a] or 0) + d, t: int(fields[t] or 0) + d}

    if kind == "row_total":
        rows = [r.id for r in requests.rows if r.id not in claims.rows
                and fields[f"requests.{r.id}.{total}"] is not None]
        if not rows:
            return None
        row = rng.choice(rows)
        key = f"requests.{row}.{total}"
        claims.rows.add(row)
        claims.cells.add(key)
        return {key: int(fields[key] or 0) + _delta(rng, int(fields[key] or 0))}
    if kind == "outcome_total":
        return pair(next(r.id for r in requests.rows if r.role == "outcome_total"))
    if kind == "balance":
        return pair(rng.choice([r.id for r in requests.rows if r.role in ("in", "carried_forward")]))
    if kind == "appeals_total":
        cells = [c for c in template.table("appeals").cells
                 if fields[c.key] is not None and c.key.rsplit(".", 1)[0] not in claims.rows]
        if not cells:
            return None
        cell = rng.choice(cells)
        claims.rows.add(cell.key.rsplit(".", 1)[0])
        return {cell.key: int(fields[cell.key] or 0) + _delta(rng, int(fields[cell.key] or 0))}
    counts = [c for c in template.table("active").cells
              if c.kind == "count" and fields[c.key] is not None and c.key not in claims.cells]
    if not counts:
        return None
    cell = rng.choice(counts)
    claims.cells.add(cell.key)
    old = int(fields[cell.key] or 0)
    if kind == "non_negative":
        return {cell.key: -rng.randint(1, 60) if old == 0 else -old}
    return {cell.key: old + 0.5}
