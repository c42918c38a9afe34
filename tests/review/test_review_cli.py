"""`python -m app import` and `approve` on the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.store import Store
from tests.conftest import GOLD, SEEDS


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def test_import_reads_the_seeds_like_their_gold_records(seeds: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "reviews.sqlite3"
    assert main(["import", "--db", str(db), "--workers", "1", str(seeds)]) == 0
    assert "新导入 5 份" in capsys.readouterr().out
    with Store(db, read_only=True) as store:
        for summary in store.list_reports():
            gold = json.loads((GOLD / summary.source.replace(".txt", ".json")).read_text("utf-8"))
            assert (summary.agency, summary.year, summary.template) == (gold["agency"], gold["year"],
                                                                        gold["template"])


def test_import_lists_bad_files_and_exits_1(seeds: Path, tmp_path: Path, capsys) -> None:
    (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    code = main(["import", "--db", str(tmp_path / "r.sqlite3"), "--workers", "1", str(seeds),
                 str(tmp_path / "missing.pdf")])
    out = capsys.readouterr().out
    assert code == 1
    assert "photo.jpg：" in out and "missing.pdf：" in out and "新导入 5 份" in out


def test_approve_clean_prints_how_many_and_records_the_reviewer(seeds: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "reviews.sqlite3")
    main(["import", "--db", db, "--workers", "1", str(seeds)])
    assert main(["approve", "--db", db, "--clean", "--reviewer", "张三"]) == 0
    out = capsys.readouterr().out
    with Store(db, read_only=True) as store:
        approved = store.list_reports("approved")
    assert f"已批准 {len(approved)} 份报告" in out
    assert approved and {s.decided_by for s in approved} == {"张三"}


def test_an_unusable_database_is_a_message_not_a_traceback(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    assert main(["approve", "--db", str(bad), "--clean"]) == 2
    assert "bad.sqlite3" in capsys.readouterr().err

