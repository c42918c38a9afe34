"""The rooms keep to their concerns: import-linter checks the contracts of pyproject.toml
([tool.importlinter], written from docs/architecture.md) on every import of app/, relative ones and
those inside functions included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = ["-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
        "--no-cache", "--no-logo"]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Runs lint-imports on the `app` package and pyproject.toml found in `root`."""
    return subprocess.run([sys.executable, *LINT, str(root / "pyproject.toml")], cwd=root,
                          env=dict(os.environ, PYTHONPATH=str(root)), capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def test_every_import_keeps_the_architecture_contracts() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture(scope="module")
def app_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("copy")
    shutil.copytree(ROOT / "app", root / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


BREACHES = {
    "relative import of the store in validation": ("app/validation/numerals.py", "from ..store import Store\n"),
    "store imported inside a function of the pipeline glue": (
        "app/extract.py", "def _save():\n    from app.store import Store\n    return Store\n"),
    "document reader imported by the GUI": ("app/gui/roles.py", "from app.documents import read_document\n"),
    "lxml in the GUI": ("app/gui/roles.py", "def _parse():\n    import lxml.html\n    return lxml.html\n"),
    "Qt in the review service": ("app/review/errors.py", "from PySide6.QtCore import QObject\n"),
    "sqlite3 in the export": ("app/export/labels.py", "import sqlite3\n"),
    "the postgresql driver outside the store": ("app/review/errors.py", "import psycopg\n"),
    "the GUI imported by the command line's room below": ("app/review/errors.py", "import app.gui.roles\n"),
    "a new top-level module outside the layers": ("app/helpers.py", "X = 1\n"),
}


@pytest.mark.parametrize("breach", sorted(BREACHES))
def test_a_broken_rule_fails_the_contracts(app_copy: Path, breach: str) -> None:
    """Each kind of breach the contracts exist for is caught (the check can fail)."""
    relative, line = BREACHES[breach]
    path = app_copy / relative
    before = path.read_text(encoding="utf-8") if path.exists() else None
    try:
        path.write_text((before or "") + "\n" + line, encoding="utf-8")
        result = lint_imports(app_copy)
    finally:
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
