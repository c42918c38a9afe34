"""`correct`, `history`, `export --all`, `push` and `team` on each engine."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, gold_records, json_extractor, write_report

TOTAL = "requests.new_received.total"
FREE = "active.regulations.issued"


@pytest.fixture
def gold():
    return gold_records()


def _fill(target: str, folder: Path, records, approve: int | None = None) -> list[str]:
    """The records imported into `target` (file names returned); the one at `approve` approved."""
    folder.mkdir(exist_ok=True)
    paths = [write_report(folder, r.source, r) for r in records]
    with Store(target) as store:
        service = ReviewService(store, "导入员", validation=RuleSet, extractor=json_extractor, workers=1)
        ids = service.import_paths(paths).report_ids
        if approve is not None:
            service.approve(ids[approve], empty_confirmed=True)  # its blanks are the source's
    return [p.name for p in paths]


def _write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows([["file", "key", "value", "note"], *rows])
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_correct_applies_each_row_with_history_and_names_refused_rows(db_target: str, tmp_path: Path, gold,
                                                                     encoding: str, capsys) -> None:
    names = _fill(db_target, tmp_path / "reports", gold[:3], approve=2)
    fixes = _write_csv(tmp_path / "fixes.csv", [
        [names[0], FREE, "1,234", "按原文更正"],
        ["missing.txt", FREE, "1", ""],
        [names[1], "no.such.key", "1", ""],
        [names[2], FREE, "7", "已批准的报告"],
        [names[1], FREE, "８", ""],  # full-width digit, as a Chinese IME types it
    ], encoding)
    assert main(["correct", "--db", db_target, "--reviewer", "组长", str(fixes)]) == 1
    captured = capsys.readouterr()
    assert "第 3 行（missing.txt" in captured.err and "第 4 行" in captured.err and "第 5 行" in captured.err
    assert "已批准" in captured.err and "已更正 2 行" in captured.out and "拒绝 3 行" in captured.out
    with Store(db_target) as store:
        first = store.id_by_name(names[0])
        assert store.load(first).record.fields[FREE] == 1234
        [entry] = store.history(first, FREE)
        assert (entry.reviewer, entry.note, entry.new) == ("组长", "按原文更正", 1234)
        assert store.load(store.id_by_name(names[1])).record.fields[FREE] == 8
        assert store.load(store.id_by_name(names[2])).record.fields[FREE] == gold[2].fields[FREE]


def test_correct_with_only_good_rows_exits_0(db_target: str, tmp_path: Path, gold) -> None:
    names = _fill(db_target, tmp_path / "reports", gold[:1])
    fixes = _write_csv(tmp_path / "fixes.csv", [[names[0], FREE, "3", ""]], "utf-8")
    assert main(["correct", "--db", db_target, str(fixes)]) == 0


def test_correct_refuses_a_list_without_the_columns(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "list.csv"
    bad.write_text("name,value\na,1\n", encoding="utf-8")
    assert main(["correct", "--db", str(tmp_path / "r.sqlite3"), str(bad)]) == 2
    assert "缺少列 file,key" in capsys.readouterr().err


def test_history_json_is_one_object_per_line_oldest_first(db_target: str, tmp_path: Path, gold, capsys) -> None:
    names = _fill(db_target, tmp_path / "reports", gold[:1])
    fixes = _write_csv(tmp_path / "fixes.csv", [[names[0], FREE, "5", "一"], [names[0], FREE, "6", "二"]], "utf-8")
    main(["correct", "--db", db_target, "--reviewer", "乙", str(fixes)])
    capsys.readouterr()
    assert main(["history", "--db", db_target, "--report", names[0], "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(set(d) == {"at", "reviewer", "action", "key", "old_value", "new_value", "note"} for d in lines)
    assert [d["action"] for d in lines][0] == "import"
    edits = [(d["old_value"], d["new_value"], d["note"]) for d in lines if d["action"] == "edit"]
    assert edits == [(gold[0].fields[FREE], 5, "一"), (5, 6, "二")]
    assert main(["history", "--db", db_target, "--report", "missing.txt"]) == 2


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_export_all_has_every_report_with_status_and_long_keys_columns(db_target: str, tmp_path: Path, gold) -> None:
    _fill(db_target, tmp_path / "reports", gold[:3], approve=0)
    wide, long = tmp_path / "all.csv", tmp_path / "long.csv"
    assert main(["export", "--db", db_target, "--out", str(wide), "--all", "--header", "keys"]) == 0
    rows = _rows(wide)
    assert sorted(r["status"] for r in rows) == ["approved", "new", "new"]
    assert {"reviewer", "first_reviewer", "editors"} <= set(rows[0])
    assert main(["export", "--db", db_target, "--out", str(long), "--all", "--long", "--header", "keys"]) == 0
    with long.open(encoding="utf-8-sig") as f:
        columns = next(csv.reader(f))
    assert {"source", "key", "value"} <= set(columns)
    assert main(["export", "--db", db_target, "--out", str(wide)]) == 0
    assert len(_rows(wide)) == 1  # without --all: approved only


def test_push_copies_history_and_decisions_and_rerunning_adds_only_what_is_new(pg_url: str, tmp_path: Path, gold,
                                                                              capsys) -> None:
    local = str(tmp_path / "local.sqlite3")
    names = _fill(local, tmp_path / "reports", gold[:3], approve=1)
    with Store(local) as store:
        service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=1)
        rid = store.id_by_name(names[0])
        service.set_cells(rid, {FREE: 42}, note="本机修改")
        service.store.set_decision(rid, "row_total@x", "dismissed", "甲", "说明")
    assert main(["push", "--from", local, "--db", pg_url]) == 0
    assert "新复制 3 份报告" in capsys.readouterr().out
    with Store(local) as a, Store(pg_url) as b:
        for name in names:
            x, y = a.id_by_name(name), b.id_by_name(name)
            assert [(e.action, e.key, e.old, e.new, e.reviewer) for e in a.history(x)] == \
                   [(e.action, e.key, e.old, e.new, e.reviewer) for e in b.history(y)]
            assert a.load(x).record.fields == b.load(y).record.fields and a.decisions(x) == b.decisions(y)
            assert a.source_bytes(x) == b.source_bytes(y) and a.summary(x).status == b.summary(y).status
    assert main(["push", "--from", local, "--db", pg_url]) == 0
    assert "新复制 0 份报告，更新 0 份，已是最新 3 份" in capsys.readouterr().out
    with Store(local) as store:
        ReviewService(store, "甲", validation=RuleSet).set_cells(store.id_by_name(names[0]), {FREE: 43})
    with Store(pg_url) as server:  # meanwhile on the server, someone works on another report
        ReviewService(server, "乙", validation=RuleSet).set_cells(server.id_by_name(names[2]), {FREE: 9})
    with Store(local) as store:
        ReviewService(store, "甲", validation=RuleSet).set_cells(store.id_by_name(names[2]), {FREE: 8})
    assert main(["push", "--from", local, "--db", pg_url]) == 1
    captured = capsys.readouterr()
    assert "更新 1 份" in captured.out and "冲突 1 份" in captured.out and names[2] in captured.err
    with Store(pg_url) as server:
        assert server.load(server.id_by_name(names[0])).record.fields[FREE] == 43
        assert server.load(server.id_by_name(names[2])).record.fields[FREE] == 9  # the server's work is kept
        assert len([e for e in server.history(server.id_by_name(names[0])) if e.action == "edit"]) == 2


def test_team_sets_four_eyes_and_releases_a_claim(db_target: str, tmp_path: Path, gold, capsys) -> None:
    names = _fill(db_target, tmp_path / "reports", gold[:1])
    with Store(db_target) as store:
        ReviewService(store, "甲").claim(store.id_by_name(names[0]))
    assert main(["team", "--db", db_target, "--four-eyes", "on", "--leads", "组长"]) == 0
    out = capsys.readouterr().out
    assert "四眼复核：开" in out and "甲\t修改 0 份\t待复核 0 份\t已批准 0 份\t正在审核 1 份" in out
    assert main(["team", "--db", db_target, "--reviewer", "乙", "--release", names[0]]) == 2
    assert "组长" in capsys.readouterr().err
    assert main(["team", "--db", db_target, "--reviewer", "组长", "--release", names[0]]) == 0
    assert "已释放占用" in capsys.readouterr().out
