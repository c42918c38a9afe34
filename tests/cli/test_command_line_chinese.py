"""The command line speaks Chinese: usage, headings, errors, --version; --help lists the window's options."""

from __future__ import annotations

import pytest

from app import __version__
from app.cli.main import main


def test_a_missing_argument_is_reported_in_chinese(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.startswith("用法：python -m app import")
    assert "错误：缺少必需的参数" in err
    assert "usage:" not in err and "error:" not in err and "required" not in err


def test_help_lists_commands_and_the_windows_own_options_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("用法：", "选项", "审核窗口的选项", "--screenshot", "--db", "import", "export", "显示本帮助并退出"):
        assert word in out, word
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"python -m app {__version__}"


def test_an_unknown_option_of_a_command_is_reported_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--db", "x.sqlite3", "--out", "x.csv", "--colour"])
    assert "无法识别的参数：--colour" in capsys.readouterr().err


def test_the_database_may_be_named_before_the_command(tmp_path, capsys):
    from app.store import Store
    from tests.conftest import SEEDS

    db = tmp_path / "r.sqlite3"
    sample = sorted(SEEDS.glob("*.txt"))[0]
    assert main(["--db", str(db), "import", "--workers", "0", str(sample)]) == 0
    assert main([f"--db={db}", "history", "--report", sample.name]) == 0
    capsys.readouterr()
    with Store(str(db)) as store:
        assert [r.source for r in store.list_reports()] == [sample.name]
