"""The JSON line of a record: compact, Chinese readable, the same text with or without orjson."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.extract import extract_bytes
from app.record import json_text

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.txt"))


def _standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_a_sample_report_line_is_the_standard_librarys_text(path: Path) -> None:
    d = extract_bytes(path.name, path.read_bytes()).to_json()
    line = json_text.dumps(d)
    assert line == _standard(d)
    assert "\n" not in line and json.loads(line) == d and d["agency"] in line  # Chinese as is


def test_an_integer_beyond_64_bits_is_written_by_the_standard_library() -> None:
    value = {"raw": "1" * 30, "value": int("1" * 30), "cells": ["三（七）"]}
    assert json_text.dumps(value) == _standard(value)


def test_without_orjson_the_line_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    value = {"a": [1, 2.5, None, "申请"], "b": {"c": -3}}
    with_fast = json_text.dumps(value)
    monkeypatch.setattr(json_text, "_fast", None)
    assert json_text.dumps(value) == with_fast == _standard(value)
