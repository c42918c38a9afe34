"""Building report texts for locator tests from the cleanest seed shape (one row per line)."""

from __future__ import annotations

import json

from app.documents.model import Document
from app.locate import locate_record
from app.record import Origin, Record
from tests.conftest import GOLD, SEEDS

ROW_SEED = "001_ee78f7d13cc05699"


def seed_text(stem: str = ROW_SEED) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def gold(stem: str = ROW_SEED) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def locate(text: str, name: str = "x.txt") -> tuple[Record, dict[str, Origin]]:
    return locate_record(Document(text), name)


def diff(record: Record, want: dict) -> list[tuple[str, object, object]]:
    return [(k, record.fields.get(k), v) for k, v in want["fields"].items() if record.fields.get(k) != v]
