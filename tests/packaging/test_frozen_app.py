"""The PyInstaller build itself (FROZEN_APP=dist/gov-report-review/gov-report-review).

Skipped unless FROZEN_APP names the built program; .ci/packaging.sh builds it and runs these.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, REPO

pytestmark = pytest.mark.frozen

HEAVY_LIBRARIES = ("pandas", "numpy", "lxml", "pypdfium2_raw")
TIMEOUT = 120


def _isolated_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home, data and settings folders are all under `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _run(app: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=TIMEOUT
    )


def _loaded_libraries(app: Path, *args: str, env: dict[str, str]) -> str:
    """What the dynamic loader opened while the program ran (glibc's LD_DEBUG=files trace)."""
    result = subprocess.run(
        [str(app), *args], capture_output=True, text=True, env={**env, "LD_DEBUG": "files"}, timeout=TIMEOUT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return "\n".join(line for line in result.stderr.splitlines() if "file=" in line)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def test_frozen_help_lists_the_commands(frozen_app: Path) -> None:
    result = _run(frozen_app, "--help")
    assert result.returncode == 0, result.stderr
    for command in ("extract", "validate", "import", "approve", "export"):
        assert command in result.stdout


def test_frozen_extract_gives_the_gold_records(frozen_app: Path, seed_paths: list[Path], tmp_path: Path) -> None:
    result = _run(frozen_app, "extract", "--json", *map(str, seed_paths), env=_isolated_env(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    records = tmp_path / "records.jsonl"
    records.write_text(result.stdout, encoding="utf-8")
    compare = subprocess.run(
        [sys.executable, str(REPO / "tools" / "compare_records.py"), str(GOLD), str(records)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    golds = len(list(GOLD.glob("*.json")))
    assert f"files {golds}/{golds} exact" in compare.stdout, compare.stdout


@pytest.fixture(scope="module")
def window_run(
    frozen_app: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One offscreen start of the window on the bundled samples: (the run, its screenshot)."""
    scratch = tmp_path_factory.mktemp("window")
    shot = scratch / "window.png"
    result = _run(
        frozen_app,
        "--db",
        str(scratch / "review.sqlite3"),
        "--sample",
        "--screenshot",
        str(shot),
        env=_isolated_env(scratch / "home"),
    )
    return result, shot


def test_frozen_window_renders_offscreen(window_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    from PySide6.QtGui import QImage

    result, shot = window_run
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)}
    assert len(colours) > 20, "the screenshot is nearly blank"


def test_frozen_import_worker_processes_start(
    window_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """A frozen worker re-runs the program itself; multiprocessing.freeze_support() must divert it.

    Without that call in app/__main__.py each worker is taken for a window start and exits
    with an argument error, and the import falls back to one slow process.
    """
    result, _ = window_run
    assert "--multiprocessing-fork" not in result.stderr, result.stderr[-2000:]
    assert "resource_tracker" not in result.stderr, result.stderr[-2000:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads glibc's loader trace")
def test_frozen_start_up_loads_no_heavy_library(frozen_app: Path, tmp_path: Path) -> None:
    loaded = _loaded_libraries(frozen_app, "--help", env=_isolated_env(tmp_path))
    assert "libQt6Core" in loaded or "python" in loaded  # the trace works
    for library in HEAVY_LIBRARIES:
        assert f"/{library}/" not in loaded, f"{library} is loaded before any command needs it"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads glibc's loader trace")
def test_frozen_window_loads_neither_pandas_nor_the_pdf_engine(frozen_app: Path, tmp_path: Path) -> None:
    """The window on the sample text reports: pandas is for export, pdfium for PDF files only."""
    loaded = _loaded_libraries(
        frozen_app,
        "--db",
        str(tmp_path / "review.sqlite3"),
        "--sample",
        "--screenshot",
        str(tmp_path / "window.png"),
        env=_isolated_env(tmp_path / "home"),
    )
    assert "libqoffscreen" in loaded  # the trace works
    for library in ("pandas", "pypdfium2_raw"):
        assert f"/{library}/" not in loaded, f"{library} is loaded when the window opens"


def test_frozen_program_writes_nothing_beside_itself(frozen_app: Path, seed_paths: list[Path],
                                                      tmp_path: Path) -> None:
    """Store and settings go to the user's folders, so the program folder may be read-only."""
    program_folder = frozen_app.parent
    before = _snapshot(program_folder)
    home = tmp_path / "home"
    env = _isolated_env(home)
    seed = str(seed_paths[0])
    for args in (
        ["--help"],
        ["extract", "--json", seed],
        ["--sample", "--screenshot", str(tmp_path / "w.png")],
    ):
        result = _run(frozen_app, *args, env=env)
        assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
    assert _snapshot(program_folder) == before
    # Without --db the window's store went to the user's data folder.
    assert list((home / "data").rglob("*.sqlite3"))


def test_frozen_bundle_keeps_the_plugins_a_linux_desktop_needs(frozen_app: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux plugin layout")
    plugins = frozen_app.parent / "_internal" / "PySide6" / "Qt" / "plugins"
    present = {f"{p.parent.name}/{p.name}" for p in plugins.glob("*/*.so")}
    # Wayland: libqwayland.so from Qt 6.10; libqwayland-generic.so (and -egl) before.
    assert {"platforms/libqwayland.so", "platforms/libqwayland-generic.so"} & present
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "imageformats/libqico.so",
    ):
        assert needed in present
    for unused in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "platformthemes/libqgtk3.so"):
        assert unused not in present
    assert not (plugins / "sqldrivers").exists()


def test_frozen_bundle_finds_every_qt_library_it_links(frozen_app: Path) -> None:
    """No kept plugin links a Qt library that the trimming dropped (ldd, as the program loads)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("uses ldd")
    internal = frozen_app.parent / "_internal"
    missing = []
    for binary in sorted(internal.rglob("*.so*")):
        if binary.is_symlink():
            continue
        out = subprocess.run(
            ["ldd", str(binary)],
            capture_output=True,
            text=True,
            env={**os.environ, "LD_LIBRARY_PATH": str(internal)},
        ).stdout
        missing += [
            f"{binary.name}: {line.strip()}"
            for line in out.splitlines()
            if "Qt6" in line and "not found" in line
        ]
    assert not missing
