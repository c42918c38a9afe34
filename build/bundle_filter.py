"""Trims PyInstaller's collection of Qt down to what a table-editing window needs.

PyInstaller's PySide6 hooks collect every plugin of QtGui (embedded-Linux platforms, VNC, GTK
theme, virtual keyboard...) and then every library those plugins link. This module keeps the
plugins the program uses, then drops each bundled library that no remaining binary needs.
Imported by build/gov-report-review.spec; the TOC entries are PyInstaller's
(destination, source, typecode) tuples.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

TocEntry = tuple[str, str, str]

# Plugin folder -> file-name patterns that are kept. Folders not listed are dropped whole:
# egldeviceintegrations/generic (embedded devices), networkinformation/tls (no networking),
# printsupport, sqldrivers (Python's sqlite3 holds the store), qmltooling, designer.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    # xcb: X11 (UOS, Kylin, most Linux desktops); wayland: newer desktops (libqwayland.so from
    # Qt 6.10, libqwayland-egl/-generic.so before); windows: Windows; offscreen: screenshots and
    # tests without a display.
    "platforms": ("*qxcb.*", "*qwayland.*", "*qwayland-egl.*", "*qwayland-generic.*", "qwindows.*", "*qoffscreen.*"),
    # ibus: Chinese input through IBus, or through fcitx5's IBus front end; compose: dead keys.
    # A fcitx plugin is kept if the Qt build ever ships one.
    "platforminputcontexts": ("*ibus*", "*compose*", "*fcitx*"),
    "imageformats": ("*qico.*", "*qsvg.*"),  # the window icon (.ico on Windows) and SVG glyphs
    "iconengines": ("*",),
    "platformthemes": ("*xdgdesktopportal*",),  # the GTK3 theme would drag GTK into the bundle
    "xcbglintegrations": ("*",),
    "wayland-decoration-client": ("*",),
    "wayland-graphics-integration-client": ("*",),
    "wayland-shell-integration": ("*",),
    "styles": ("*",),  # Windows 11 look
}

# Qt's own translations: only the languages the program speaks (standard dialog buttons).
KEPT_TRANSLATIONS = ("qt_zh_CN.qm", "qtbase_zh_CN.qm", "qt_en.qm", "qtbase_en.qm")

# Linux libraries the program takes from the system, never from the bundle:
# - libstdc++ and libgcc_s: a bundled copy older than the system's is loaded first and breaks the
#   system's GL drivers (Mesa asks for the newer GLIBCXX); every binary of the bundle needs only
#   GCC 8's (build/elf_floor.py checks), and every supported system has at least that.
# - libsystemd: part of the running init system (libdbus links it); Debian-based systems always
#   have it (apt depends on it), and Debian 11's copy needs glibc 2.30.
# - fontconfig and FreeType: fontconfig must read the system's own font configuration (an older
#   bundled copy warns about every newer element in /etc/fonts and may miss fonts); FreeType
#   comes with it. Qt's wheels link the versions of their build system (fontconfig 2.13,
#   FreeType 2.9 for Qt 6.9), which every supported desktop has. AppImage's exclude list leaves
#   both out for the same reasons.
SYSTEM_LIBRARIES = frozenset(
    {"libstdc++.so.6", "libgcc_s.so.1", "libsystemd.so.0", "libfontconfig.so.1", "libfreetype.so.6"}
)

ImportsOf = Callable[[str], Iterable[str]]


def _posix(dest: str) -> str:
    """A bundle path with forward slashes (PyInstaller uses the platform's separator)."""
    return dest.replace("\\", "/")


def _name(dest: str) -> str:
    """A file's name, lower-cased: Windows matches library names without regard to case."""
    return PurePosixPath(_posix(dest)).name.lower()


def _plugin_folder(dest: str) -> str | None:
    """The plugin type of a bundled Qt plugin ('platforms'...), None for anything else."""
    parts = PurePosixPath(_posix(dest)).parts
    if "plugins" in parts and parts[0] == "PySide6":
        i = parts.index("plugins")
        if len(parts) == i + 3:
            return parts[i + 1]
    return None


def keeps_plugin(dest: str) -> bool:
    folder = _plugin_folder(dest)
    if folder is None:
        return True  # not a plugin
    patterns = KEPT_PLUGINS.get(folder, ())
    return any(fnmatch.fnmatch(_name(dest), p.lower()) for p in patterns)


def keeps_data(dest: str) -> bool:
    parts = PurePosixPath(_posix(dest)).parts
    if "translations" in parts and parts[0] == "PySide6":
        return parts[-1] in KEPT_TRANSLATIONS
    return True


def _is_prunable_library(dest: str) -> bool:
    """Libraries PyInstaller added only because a binary linked them: safe to drop when unneeded.

    Package-local libraries (pypdfium2's pdfium, numpy.libs) are loaded by Python code and stay.
    """
    path = PurePosixPath(_posix(dest))
    name = path.name.lower()
    if name.startswith(("python", "libpython")):
        return False  # loaded by the bootloader, linked by nothing
    in_qt_lib_dir = path.parts[:3] == ("PySide6", "Qt", "lib") or (
        path.parts[0] == "PySide6" and len(path.parts) == 2 and name.startswith(("qt6", "icu"))
    )
    return len(path.parts) == 1 or in_qt_lib_dir


def prune_unlinked(binaries: list[TocEntry], imports_of: ImportsOf) -> list[TocEntry]:
    """Drops prunable libraries that no kept binary links, directly or through other libraries.

    imports_of(source_path) gives the library names a binary links (PyInstaller's bindepend).
    """
    by_name: dict[str, list[TocEntry]] = {}
    for entry in binaries:
        by_name.setdefault(_name(entry[0]), []).append(entry)

    roots = [e for e in binaries if not _is_prunable_library(e[0]) and e[2] != "SYMLINK"]
    needed: set[str] = set()
    pending = [e[1] for e in roots]
    while pending:
        source = pending.pop()
        for name in imports_of(source):
            key = _name(name)
            if key in needed:
                continue
            needed.add(key)
            pending.extend(e[1] for e in by_name.get(key, []) if e[2] != "SYMLINK")
    return [e for e in binaries if not _is_prunable_library(e[0]) or _name(e[0]) in needed]


def trim(
    binaries: list[TocEntry], datas: list[TocEntry], imports_of: ImportsOf
) -> tuple[list[TocEntry], list[TocEntry]]:
    """The bundle's binaries and data files without unused Qt plugins and what only they needed."""
    kept = prune_unlinked(
        [e for e in binaries if keeps_plugin(e[0]) and _name(e[0]) not in SYSTEM_LIBRARIES], imports_of
    )
    kept_dests = {_posix(e[0]) for e in kept}
    # PyInstaller lists its top-level links to Qt libraries (libQt6Core.so.6 ->
    # PySide6/Qt/lib/...) among the data files; a link to a dropped library would dangle.
    datas = [e for e in datas if keeps_data(e[0]) and (e[2] != "SYMLINK" or _posix(e[1]) in kept_dests)]
    return kept, datas
