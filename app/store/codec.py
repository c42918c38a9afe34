"""JSON encoding of values and provenance as the store keeps them (compact, Chinese kept readable)."""

from __future__ import annotations

import json
from typing import Any

from app.record import Origin
from app.record.json_text import dumps

__all__ = ["dumps", "loads", "provenance_json"]


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def provenance_json(provenance: dict[str, Origin]) -> str:
    return dumps({k: o.to_json() for k, o in provenance.items()})
