from __future__ import annotations

from pathlib import Path

from app.cli.main import main
from app.store import Store


def test_export_writes_csv_and_infers_xlsx_from_the_suffix(store: Store, gold, tmp_path: Path, capsys) -> None:
    import pandas as pd

    db = str(store.path)
    assert main(["export", "--db", db, "--out", str(tmp_path / "a.csv"), "--header", "keys"]) == 0
    assert f"已导出 {len(gold) - 1} 份" in capsys.readouterr().out
    assert len(pd.read_csv(tmp_path / "a.csv", encoding="utf-8-sig")) == len(gold) - 1
    assert main(["export", "--db", db, "--out", str(tmp_path / "a.xlsx")]) == 0
    assert list(pd.read_excel(tmp_path / "a.xlsx")["来源文件"]) == [r.source for r in gold[:-1]]


def test_export_of_a_missing_database_names_it(tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", str(tmp_path / "none.sqlite3"), "--out", str(tmp_path / "a.csv")]) == 2
    assert "none.sqlite3" in capsys.readouterr().err
