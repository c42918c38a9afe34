"""app/ passes mypy with the configuration in pyproject.toml ([tool.mypy]: strict in template, record
and validation). Its cache lives in the user's cache folder, so the test run leaves the work tree clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_path

ROOT = Path(__file__).resolve().parent.parent


def test_app_passes_the_type_checker() -> None:
    cache = user_cache_path("gov-report-review") / "mypy"
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
