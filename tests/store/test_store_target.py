"""Which engine a --db value means, and that a server address never becomes a local folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.store import is_server_url
from app.store.target import without_password


@pytest.mark.parametrize(("target", "server"), [
    ("postgresql://li@db.office:5432/grr", True),
    ("postgres://li@db.office/grr?sslmode=require", True),
    ("POSTGRESQL://li@db.office/grr", True),
    ("reviews.sqlite3", False),
    (r"C:\Users\li\reviews.sqlite3", False),
    (Path("postgresql:/x"), False),
])
def test_a_postgresql_url_means_the_server_anything_else_a_file(target, server: bool) -> None:
    assert is_server_url(target) == server


def test_a_password_in_the_url_is_never_shown() -> None:
    assert without_password("postgresql://li:s3cret@db.office:5432/grr?sslmode=require") == \
        "postgresql://li@db.office:5432/grr?sslmode=require"
    assert without_password("postgresql://li@db.office/grr") == "postgresql://li@db.office/grr"


def test_an_unreachable_server_is_a_message_and_no_local_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    url = "postgresql://li:s3cret@127.0.0.1:9/grr?connect_timeout=2"  # port 9 (discard): nothing listens
    assert main(["history", "--db", url, "--report", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert "无法连接审核库服务器" in err and "s3cret" not in err
    assert list(tmp_path.iterdir()) == []
