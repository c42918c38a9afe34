"""The folders keep to their concerns: data flows one way and each room imports only what it may."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"

# room -> the app rooms it may import (besides itself); see docs/architecture.md
ALLOWED: dict[str, set[str]] = {
    "template": set(),
    "record": {"template"},
    "documents": set(),
    "locate": {"template", "record", "documents"},
    "validation": {"template", "record"},
    "store": {"template", "record"},
    "export": {"template", "record", "store"},
    "review": {"template", "record", "documents", "locate", "validation", "store", "extract", "export"},
    "gui": {"template", "record", "documents", "review", "store", "export", "extract", "cmdline"},
    "cli": {"template", "record", "documents", "extract", "validation", "store", "review", "export", "gui",
            "cmdline"},
}
NO_QT = {"template", "record", "documents", "locate", "validation", "store", "export", "review"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_each_room_imports_only_the_rooms_before_it(room: str) -> None:
    wrong = []
    for path in (APP / room).rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "app" and len(parts) > 1 and parts[1] != room and parts[1] not in ALLOWED[room]:
                wrong.append(f"{path.relative_to(APP)} imports {name}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("room", sorted(NO_QT))
def test_the_core_never_imports_qt(room: str) -> None:
    wrong = [f"{p.relative_to(APP)}" for p in (APP / room).rglob("*.py")
             if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in _imports(p))]
    assert not wrong


def test_sql_is_written_only_in_the_store() -> None:
    wrong = [f"{p.relative_to(APP)}" for p in APP.rglob("*.py")
             if p.parent.name != "store" and "sqlite3" in {n.split(".")[0] for n in _imports(p)}]
    assert not wrong
