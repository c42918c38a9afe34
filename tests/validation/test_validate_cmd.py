"""`python -m app validate`: one line per record, clear messages for bad files, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main

from .helpers import GOLD, changed, load_gold


def _write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def broken_record(tmp_path, gold_001) -> Path:
    return _write(tmp_path / "broken.json", changed(gold_001, {"requests.new_received.total": 65}).to_json())


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_output_is_one_line_per_file_in_order(capsys, broken_record):
    paths = [str(p) for p in sorted(GOLD.glob("*.json"))[:2]] + [str(broken_record)]
    assert main(["validate", "--json", *paths]) == 0
    lines = _json_lines(capsys.readouterr().out)
    assert [line["source"] for line in lines] == paths
    errors = [f for f in lines[2]["findings"] if f["severity"] == "error"]
    assert [f["rule"] for f in errors] == ["row_total", "balance"]
    error = errors[0]
    assert set(error) == {"rule", "severity", "cells", "message", "suggestion"}
    assert error["message"] == "总计 ≠ 各类申请人之和（一）：65 ≠ 61 + 3 + 0 + 0 + 0 + 0"
    assert error["suggestion"] == {"requests.new_received.total": 64}
    assert all("suggestion" not in f for f in lines[0]["findings"])


def test_strict_exits_2_when_an_error_is_found(capsys, broken_record):
    assert main(["validate", "--strict", "--json", str(broken_record)]) == 2
    assert main(["validate", "--strict", str(next(GOLD.glob("001_*.json")))]) == 0


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "不是有效的 JSON"),
    ("[1, 2]", "内容不是记录对象"),
    ('{"template": "2021", "fields": {"requests.nonsense.total": 1}}', "没有的键"),
    ('{"template": "2021", "fields": {"requests.granted.total": "多"}}', "不是数字"),
    ('{"template": "2021", "fields": []}', "缺少 fields"),
    ('{"template": "2021", "year": "去年", "fields": {}}', "year 不是年份"),
    ('{"template": "2021", "fields": {}, "provenance": [1]}', "provenance"),
])
def test_a_bad_file_gets_one_clear_line_and_the_others_are_still_checked(capsys, tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    good = next(GOLD.glob("001_*.json"))
    assert main(["validate", "--json", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"{bad}：") and problem in line
    assert [r["source"] for r in _json_lines(captured.out)] == [str(good)]


def test_a_missing_or_undecodable_file_is_named(capsys, tmp_path):
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes('{"agency": "庆元县"}'.encode("gb18030"))
    assert main(["validate", str(tmp_path / "missing.json"), str(gbk)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{tmp_path / 'missing.json'}：文件不存在", f"{gbk}：不是 UTF-8 编码的 JSON 文件"]


def test_provenance_in_the_record_is_used(capsys, tmp_path, gold_001):
    data = changed(gold_001, {"requests.granted.total": None}).to_json()
    data["provenance"] = {"requests.granted.total": {"start": 5, "end": 7, "raw": "38", "how": "unplaced"}}
    path = _write(tmp_path / "extracted.json", data)
    assert main(["validate", "--json", str(path)]) == 0
    rules = {f["rule"] for f in _json_lines(capsys.readouterr().out)[0]["findings"]}
    assert "unplaced" in rules


def test_extract_output_with_one_record_per_line_is_read(capsys, tmp_path, gold_001, gold_004):
    path = tmp_path / "extracted.jsonl"
    path.write_text("\n".join(json.dumps(r.to_json(), ensure_ascii=False) for r in (gold_001, gold_004)),
                    encoding="utf-8")
    assert main(["validate", "--json", str(path)]) == 0
    assert [r["source"] for r in _json_lines(capsys.readouterr().out)] == [f"{path}:1", f"{path}:2"]


def test_last_years_record_among_the_inputs_is_compared(capsys, tmp_path, gold_001):
    next_year = changed(gold_001, {})
    next_year.year = 2023  # took over nothing although 2022 carried 4 forward
    paths = [_write(tmp_path / "2022.json", gold_001.to_json()),
             _write(tmp_path / "2023.json", next_year.to_json())]
    assert main(["validate", "--json", *map(str, paths)]) == 0
    lines = _json_lines(capsys.readouterr().out)
    assert [f["rule"] for f in lines[0]["findings"]] == []
    assert [f["cells"] for f in lines[1]["findings"] if f["rule"] == "cross_year"] == [
        ["requests.carried_over.natural_person"], ["requests.carried_over.total"]]


def test_the_readable_summary_is_chinese(capsys, broken_record):
    assert main(["validate", str(next(GOLD.glob("001_*.json"))), str(broken_record)]) == 0
    out = capsys.readouterr().out
    assert "（庆元县，2022 年）：未发现问题" in out
    assert f"{broken_record}（庆元县，2022 年）：2 个错误" in out
    assert "  [错误] 总计 ≠ 各类申请人之和（一）：65 ≠ 61 + 3 + 0 + 0 + 0 + 0" in out
    assert "      建议：一（总计） 改为 64" in out


def test_every_gold_record_passes_strict(capsys):
    assert main(["validate", "--strict", *map(str, sorted(GOLD.glob("*.json")))]) == 0
    assert load_gold("001").agency in capsys.readouterr().out
