"""No dead code: what vulture is sure of (80 % and more) is removed, not left lying about."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_vulture_finds_no_dead_code_in_app() -> None:
    result = subprocess.run([sys.executable, "-m", "vulture", "app", "--min-confidence", "80"], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
