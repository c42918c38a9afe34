"""`python -m app extract`: one JSON line per good file, one clear stderr line per bad one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, REPO, SEEDS


def run_extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "extract", *args], cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_seeds_in_one_call_print_their_gold_records(seed_paths):
    proc = run_extract("--json", *map(str, seed_paths))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == len(seed_paths)
    for rec in lines:
        want = json.loads((GOLD / Path(rec["source"]).with_suffix(".json").name).read_text(encoding="utf-8"))
        assert rec["fields"] == want["fields"]
        assert (rec["agency"], rec["year"], rec["template"]) == (want["agency"], want["year"], want["template"])
        assert isinstance(rec["findings"], list) and isinstance(rec["provenance"], dict)


def test_a_folder_is_walked_for_report_files():
    proc = run_extract("--json", str(SEEDS))
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == len(list(SEEDS.glob("*.txt")))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "文件为空"),
        ("binary.bin", bytes(range(256)) * 20, "不是文本"),
        ("truncated.docx", b"PK\x03\x04\x14\x00\x00\x00", "Word"),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<<", "PDF"),
        ("no-tables.txt", "2023年某局政府信息公开工作年度报告\n今年工作很好。\n".encode(), "没有找到"),
    ],
)
def test_a_bad_file_gets_one_clear_line_and_the_others_still_come_out(tmp_path, seed_paths, name, data, message):
    bad = tmp_path / name
    bad.write_bytes(data)
    proc = run_extract("--json", str(bad), str(seed_paths[1]))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    err_lines = proc.stderr.strip().splitlines()
    assert len(err_lines) == 1 and name in err_lines[0] and message in err_lines[0]
    assert len(proc.stdout.splitlines()) == 1


def test_a_missing_path_is_reported_by_name(tmp_path):
    proc = run_extract("--json", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1 and "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_over_the_time_budget_is_named_on_one_line_and_the_run_ends(tmp_path, seed_paths):
    # A budget of zero makes every file "too slow": what matters is the message and that nothing hangs.
    proc = run_extract("--json", "--seconds", "0", str(seed_paths[0]), str(seed_paths[1]))
    assert proc.returncode == 1 and proc.stdout == "" and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert [(Path(seed_paths[i]).name in line, "超过 0 秒" in line) for i, line in enumerate(lines)] == [(True, True)] * 2


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_odd_file_names_keep_one_line_per_report(tmp_path, seed_paths):
    import os

    data = Path(seed_paths[1]).read_bytes()
    gbk = os.path.join(os.fsencode(tmp_path), "年报".encode("gbk") + b".txt")
    with open(gbk, "wb") as f:
        f.write(data)
    newline = tmp_path / "第一行\n第二行.txt"
    newline.write_bytes(data)
    bad = tmp_path / "坏\n文件.txt"
    bad.write_bytes(b"")
    paths = [os.fsdecode(gbk), str(newline), str(bad)]

    as_json = run_extract("--json", *paths)
    assert [json.loads(line)["source"] for line in as_json.stdout.splitlines()] == ["年报.txt", "第一行\n第二行.txt"]
    assert as_json.stderr.count("\n") == 1 and "坏\\n文件.txt" in as_json.stderr
    summary = run_extract(*paths)
    assert [line.split(":")[0] for line in summary.stdout.splitlines()] == ["年报.txt", "第一行\\n第二行.txt"]
