"""Gold records and seed texts of the seed corpus, and a helper to corrupt a record."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from app.record import Finding, Record
from tests.conftest import GOLD, SEEDS


def gold_paths() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def load_gold(prefix: str) -> Record:
    """The gold record whose file name starts with `prefix` (000 … 004)."""
    (path,) = GOLD.glob(f"{prefix}_*.json")
    return Record.from_json(json.loads(path.read_text(encoding="utf-8")))


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def changed(record: Record, changes: dict[str, int | float | None]) -> Record:
    """A copy of `record` with some cells set."""
    out = copy.deepcopy(record)
    for key, value in changes.items():
        assert key in out.fields, key
        out.fields[key] = value
    return out


def by_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]
