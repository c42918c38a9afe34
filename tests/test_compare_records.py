"""tools/compare_records.py, the seeds-vs-expected-records check CI runs: its verdict and exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOLD
from tools.compare_records import main


def _write_records(path: Path, records: list[dict]) -> str:
    path.write_text("progress noise\n" + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return str(path)


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def test_the_expected_records_themselves_are_all_exact(tmp_path: Path, capsys) -> None:
    golds = _golds()
    assert main([str(GOLD), _write_records(tmp_path / "out.jsonl", golds)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"files {len(golds)}/{len(golds)} exact")


def test_one_wrong_cell_is_named_and_fails_the_check(tmp_path: Path, capsys) -> None:
    golds = _golds()
    key = next(k for k, v in golds[0]["fields"].items() if v is not None)
    golds[0]["fields"][key] += 1
    golds[1]["agency"] = " ".join(golds[1]["agency"])  # the same agency: spaces do not count
    assert main([str(GOLD), _write_records(tmp_path / "out.jsonl", golds)]) == 1
    out = capsys.readouterr().out
    assert f"1 cells wrong  {key}: got" in out
    assert f"files {len(golds) - 1}/{len(golds)} exact" in out


def test_a_missing_argument_or_file_gets_a_usage_message_not_a_traceback(tmp_path: Path, capsys) -> None:
    for argv in ([], [str(GOLD)], [str(GOLD), str(tmp_path / "absent.jsonl")], ["--help"]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        err = capsys.readouterr()
        # (In English, or in Chinese once the program's own argparse wording is loaded by an earlier test.)
        shown = err.out + err.err
        assert ("usage:" in shown or "用法：" in shown) and "Traceback" not in err.err
        assert stop.value.code == (0 if argv == ["--help"] else 2)
    with pytest.raises(SystemExit):
        main([str(GOLD), str(tmp_path / "absent.jsonl")])
    assert "absent.jsonl：不是文件" in capsys.readouterr().err


def test_the_accuracy_asked_for_decides_the_exit_status(tmp_path: Path, capsys) -> None:
    golds = _golds()
    key = next(k for k, v in golds[0]["fields"].items() if v is not None)
    golds[0]["fields"][key] += 1
    out = _write_records(tmp_path / "out.jsonl", golds)
    assert main([str(GOLD), out]) == 1
    assert main([str(GOLD), out, "--min-accuracy", "0.99"]) == 0
