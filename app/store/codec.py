"""JSON encoding of values and provenance as the store keeps them (compact, Chinese kept readable)."""

from __future__ import annotations

import json
from typing import Any

from app.record import Origin


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def origin_json(origin: Origin) -> dict[str, Any]:
    """The same dict as Origin.to_json(), without dataclasses.asdict's deep copy: an import encodes
    200 origins per report, and asdict made that the slowest step of importing 10,000 reports."""
    d = {k: v for k, v in vars(origin).items() if v is not None and v != "" and v != ()}
    if origin.box is not None:
        d["box"] = [round(v, 2) for v in origin.box]
    if origin.candidates:
        d["candidates"] = list(origin.candidates)
    return d


def provenance_json(provenance: dict[str, Origin]) -> str:
    return dumps({k: origin_json(o) for k, o in provenance.items()})
