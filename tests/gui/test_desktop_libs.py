"""The check of Qt's system libraries before the window starts: which desktops it checks, the one
apt-get line it prints, and that its tables match what Qt's plugins really link."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.gui import desktop_libs, launch
from app.gui.desktop_libs import COMMON, PLATFORMS, missing_libraries, missing_message, platforms_to_try
from tests.packaging.conftest import REPO, load_build_module, require_tool
from tools import dev

X11 = {"DISPLAY": ":0"}


class AllBut:
    """A library lookup that finds every library except `absent`, and remembers what it was asked."""

    def __init__(self, *absent: str) -> None:
        self.absent = set(absent)
        self.asked: list[str] = []

    def __call__(self, soname: str) -> bool:
        self.asked.append(soname)
        return soname not in self.absent


def test_an_x11_desktop_missing_two_libraries_gets_one_apt_line_for_both() -> None:
    message = missing_message(X11, AllBut("libxcb-icccm.so.4", "libxcb-keysyms.so.1"), "linux")
    assert message is not None
    assert "缺少图形界面所需的系统库 libxcb-icccm.so.4、libxcb-keysyms.so.1" in message
    assert message.splitlines()[-1].strip() == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"


def test_a_desktop_with_every_library_passes() -> None:
    assert missing_message(X11, AllBut(), "linux") is None
    assert missing_message({"WAYLAND_DISPLAY": "wayland-0"}, AllBut(), "linux") is None


@pytest.mark.parametrize("env", [
    {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
    {"DISPLAY": ":0", "QT_QPA_PLATFORM": "vnc"},
    {},  # no display: Qt says so itself
])
def test_nothing_is_checked_when_no_window_is_shown_on_a_desktop(env: dict[str, str]) -> None:
    present = AllBut(*COMMON, *PLATFORMS["xcb"], *PLATFORMS["wayland"])
    assert missing_message(env, present, "linux") is None
    assert present.asked == []


def test_other_systems_are_not_checked() -> None:
    present = AllBut("libGL.so.1")
    assert missing_message(X11, present, "win32") is None
    assert present.asked == []


def test_a_wayland_session_with_xwayland_needs_only_one_complete_plugin() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert platforms_to_try(env) == ["wayland", "xcb"]
    assert missing_libraries(env, AllBut("libwayland-cursor.so.0")) == {}  # X11 through XWayland
    both = missing_libraries(env, AllBut("libwayland-cursor.so.0", "libxcb-cursor.so.0"))
    assert both == {"libwayland-cursor.so.0": "libwayland-cursor0", "libxcb-cursor.so.0": "libxcb-cursor0"}


def test_a_forced_platform_is_the_one_checked() -> None:
    assert platforms_to_try({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}) == ["xcb"]
    assert platforms_to_try({"QT_QPA_PLATFORM": "wayland-egl"}) == ["wayland"]
    assert platforms_to_try({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;offscreen"}) == []
    missing = missing_libraries({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, AllBut("libwayland-egl.so.1"))
    assert missing == {"libwayland-egl.so.1": "libwayland-egl1"}


def test_a_library_of_this_machine_is_found_and_a_made_up_one_is_not() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux libraries")
    assert desktop_libs.library_present("libc.so.6")
    assert not desktop_libs.library_present("libno-such-library-gov-report.so.9")


def test_dev_run_prints_the_line_and_stops_before_installing(monkeypatch, capsys) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(desktop_libs, "library_present", AllBut("libxcb-icccm.so.4"))
    monkeypatch.setattr(dev, "_ensure_venv", lambda extras: pytest.fail("installed despite the missing library"))
    assert dev.main(["run"]) == 1
    assert "sudo apt-get install libxcb-icccm4" in capsys.readouterr().err


def test_the_program_prints_the_line_instead_of_starting_qt(monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(desktop_libs, "library_present", AllBut("libxkbcommon-x11.so.0"))
    assert launch.run_gui(["--db", str(tmp_path / "r.sqlite3")]) == 1
    assert "sudo apt-get install libxkbcommon-x11-0" in capsys.readouterr().err
    assert not (tmp_path / "r.sqlite3").exists()


def test_the_x11_tables_are_the_packages_the_release_build_installs() -> None:
    listed = (REPO / "build" / "linux" / "qt-x11-packages.txt").read_text(encoding="utf-8")
    packages = {word for line in listed.splitlines() if not line.startswith("#") for word in line.split()}
    assert set(COMMON.values()) | set(PLATFORMS["xcb"].values()) == packages


def test_the_tables_hold_every_system_library_qt_links() -> None:
    """Read from the installed PySide6, so a Qt upgrade that links a new library fails here."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux plugins")
    require_tool("objdump")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    elf_needed = load_build_module("elf_floor").elf_needed
    bundled = {p.name for p in (qt / "lib").iterdir()}  # Qt's own libraries and ICU come with the wheel
    # The C and C++ runtime and zlib, which every system has.
    base = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libz.so", "libzstd.so")

    def system_libraries(*files: Path) -> set[str]:
        return {name for f in files for name in elf_needed(f) if name not in bundled and not name.startswith(base)}

    common = system_libraries(qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6DBus.so.6",
                              qt / "lib" / "libQt6Core.so.6", qt / "lib" / "libQt6Widgets.so.6")
    assert common <= set(COMMON)
    plugins = qt / "plugins"
    xcb = system_libraries(plugins / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                           *(plugins / "xcbglintegrations").glob("*.so"))
    assert xcb - common <= set(PLATFORMS["xcb"]) | set(COMMON)
    wayland_plugin = next(p for p in (plugins / "platforms").glob("libqwayland*.so"))
    wayland = system_libraries(wayland_plugin, *(plugins / "wayland-graphics-integration-client").glob("*.so"),
                               *(plugins / "wayland-shell-integration").glob("*.so"))
    assert wayland <= set(PLATFORMS["wayland"]) | set(COMMON)
    # And nothing listed that Qt does not link: a library the check asks for must be one Qt needs.
    assert set(COMMON) <= common | xcb
    assert set(PLATFORMS["xcb"]) <= xcb
    assert set(PLATFORMS["wayland"]) <= wayland
