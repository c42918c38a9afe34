"""Shared fixtures of the packaging tests: the repository, the built program, the seeds."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_build_module(name: str) -> ModuleType:
    """Imports a script of build/ (a folder of scripts, not a package) by file name."""
    spec = importlib.util.spec_from_file_location(f"build_{name}", REPO / "build" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """The built executable named by FROZEN_APP (e.g. dist/gov-report-review/gov-report-review)."""
    value = os.environ.get("FROZEN_APP")
    if not value:
        pytest.skip("FROZEN_APP is not set: build with build/build.sh and point FROZEN_APP at the program")
    path = Path(value).resolve()
    if not path.is_file():
        pytest.fail(f"FROZEN_APP={value} is not a file")
    return path


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path
