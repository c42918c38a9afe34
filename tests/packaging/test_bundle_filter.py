"""Which Qt plugins and libraries the PyInstaller build keeps (build/bundle_filter.py)."""

from __future__ import annotations

import pytest

from tests.packaging.conftest import load_build_module

bundle_filter = load_build_module("bundle_filter")

LINUX_PLUGINS = "PySide6/Qt/plugins"
WINDOWS_PLUGINS = "PySide6\\plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX_PLUGINS}/platforms/libqxcb.so",
        f"{LINUX_PLUGINS}/platforms/libqwayland.so",
        f"{LINUX_PLUGINS}/platforms/libqwayland-generic.so",  # Qt 6.9 (the release build)
        f"{LINUX_PLUGINS}/platforms/libqwayland-egl.so",
        f"{LINUX_PLUGINS}/platforms/libqoffscreen.so",
        f"{LINUX_PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{LINUX_PLUGINS}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        f"{LINUX_PLUGINS}/platforminputcontexts/libfcitx5platforminputcontextplugin.so",
        f"{LINUX_PLUGINS}/imageformats/libqico.so",
        f"{LINUX_PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so",
        f"{LINUX_PLUGINS}/wayland-shell-integration/libxdg-shell.so",
        f"{WINDOWS_PLUGINS}\\platforms\\qwindows.dll",
        f"{WINDOWS_PLUGINS}\\styles\\qmodernwindowsstyle.dll",
        f"{WINDOWS_PLUGINS}\\imageformats\\qico.dll",
        "PySide6/Qt/lib/libQt6Core.so.6",  # not a plugin: the filter leaves it to pruning
    ],
)
def test_plugins_the_window_needs_are_kept(dest: str) -> None:
    assert bundle_filter.keeps_plugin(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX_PLUGINS}/platforms/libqvnc.so",
        f"{LINUX_PLUGINS}/platforms/libqeglfs.so",
        f"{LINUX_PLUGINS}/platforms/libqlinuxfb.so",
        f"{LINUX_PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{LINUX_PLUGINS}/platformthemes/libqgtk3.so",
        f"{LINUX_PLUGINS}/imageformats/libqpdf.so",
        f"{LINUX_PLUGINS}/sqldrivers/libqsqlite.so",
        f"{LINUX_PLUGINS}/tls/libqopensslbackend.so",
        f"{LINUX_PLUGINS}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{LINUX_PLUGINS}/designer/libqwebengineview.so",
        f"{WINDOWS_PLUGINS}\\platforms\\qdirect2d.dll",
        f"{WINDOWS_PLUGINS}\\generic\\qtuiotouchplugin.dll",
    ],
)
def test_plugins_of_unused_qt_features_are_dropped(dest: str) -> None:
    assert not bundle_filter.keeps_plugin(dest)


def test_only_chinese_and_english_qt_translations_are_kept() -> None:
    kept = [
        d
        for d in ("qtbase_zh_CN.qm", "qtbase_de.qm", "qt_help_zh_CN.qm", "qt_zh_CN.qm")
        if bundle_filter.keeps_data(f"PySide6/Qt/translations/{d}")
    ]
    assert kept == ["qtbase_zh_CN.qm", "qt_zh_CN.qm"]
    assert bundle_filter.keeps_data("resources/i18n/app_de.qm")  # the program's own files stay


# A miniature bundle: xcb links XcbQpa; vnc (to be dropped) links Network, which links libssl.
BINARIES = [
    ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
    ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
    ("libxkbcommon.so.0", "/usr/lib/libxkbcommon.so.0", "BINARY"),
    ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
    ("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),
    ("libsystemd.so.0", "/usr/lib/libsystemd.so.0", "BINARY"),
    ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
    ("pypdfium2_raw/libpdfium.so", "/src/libpdfium.so", "BINARY"),  # loaded by ctypes, linked by none
    ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # loaded by the bootloader
]
LINKS = {
    "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/src/libQt6XcbQpa.so.6": ["libxkbcommon.so.0", "libdbus-1.so.3"],  # reached only through another library
    "/src/libQt6Widgets.so.6": ["libstdc++.so.6", "libfontconfig.so.1"],
    "/usr/lib/libdbus-1.so.3": ["libsystemd.so.0"],
    "/src/libqvnc.so": ["libQt6Network.so.6"],
    "/src/libQt6Network.so.6": ["libssl.so.3"],
}
DATAS = [
    ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
    ("resources/icons/gov-report-review-16.png", "/src/icon.png", "DATA"),
]


def _trimmed() -> tuple[set[str], set[str]]:
    binaries, datas = bundle_filter.trim(BINARIES, DATAS, lambda src: LINKS.get(src, []))
    return {e[0] for e in binaries}, {e[0] for e in datas}


def test_libraries_only_a_dropped_plugin_linked_leave_with_it() -> None:
    binaries, _ = _trimmed()
    assert "PySide6/Qt/plugins/platforms/libqvnc.so" not in binaries
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in binaries
    assert "libssl.so.3" not in binaries


def test_libraries_reached_through_kept_binaries_stay() -> None:
    binaries, _ = _trimmed()
    assert {
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxkbcommon.so.0",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
    } <= binaries


def test_libraries_that_must_match_the_system_are_never_bundled() -> None:
    binaries, _ = _trimmed()
    assert "libdbus-1.so.3" in binaries  # linked, and not one of them
    assert not {"libstdc++.so.6", "libsystemd.so.0", "libfontconfig.so.1"} & binaries


def test_libraries_loaded_at_run_time_are_never_pruned() -> None:
    binaries, _ = _trimmed()
    assert {"pypdfium2_raw/libpdfium.so", "libpython3.11.so.1.0"} <= binaries


def test_links_to_dropped_libraries_are_dropped_too() -> None:
    _, datas = _trimmed()
    assert datas == {"libQt6XcbQpa.so.6", "resources/icons/gov-report-review-16.png"}

