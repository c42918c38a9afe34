"""Records, findings and provenance as one line of compact JSON (Chinese kept readable).

orjson where it has a wheel (Windows, Linux x86-64 and ARM64, macOS): a seed report's line is
written in about a fifth of the standard library's time, which was a quarter of `extract --json`'s
whole run. Elsewhere (LoongArch: the package is not installed there) and for what orjson does not
take (integers beyond 64 bits, which a long run of digits can be) the standard library writes the
same text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast: Callable[[Any], bytes] | None
try:
    import orjson

    _fast = orjson.dumps
except ImportError:  # no wheel for this machine: the standard library writes the same line
    _fast = None


def dumps(value: Any) -> str:
    """Compact JSON text of plain data (dicts with string keys, lists, str, int, float, None)."""
    if _fast is not None:
        try:
            return _fast(value).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError is a TypeError: an integer beyond 64 bits
            pass
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
