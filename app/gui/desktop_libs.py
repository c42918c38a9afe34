"""The system libraries Qt needs to open a window on a Linux desktop, checked before Qt starts.

When Qt's X11 (xcb) or Wayland platform plugin cannot load a library it links, Qt aborts with an
English message that often names the wrong library. Checked first, a missing library gets instead
a Chinese message with the one `apt-get install` line that supplies it. Standard library only:
`tools/dev.py run` imports this with the system Python, before the virtual environment exists.

The tables are what QtGui and each plugin link (their DT_NEEDED entries, read from PySide6's
libQt6Gui, libQt6DBus, libqxcb + libQt6XcbQpa and its GLX integration, libqwayland +
libQt6WaylandClient and its EGL integration), with the Debian package (also UOS, Kylin) of each.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# QtGui links these whatever the window system.
COMMON: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Each platform plugin, by the name QT_QPA_PLATFORM gives it.
PLATFORMS: dict[str, dict[str, str]] = {
    "xcb": {
        "libxcb.so.1": "libxcb1",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-glx.so.0": "libxcb-glx0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-render.so.0": "libxcb-render0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-sync.so.1": "libxcb-sync1",
        "libxcb-util.so.1": "libxcb-util1",
        "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
    },
    "wayland": {
        "libwayland-client.so.0": "libwayland-client0",
        "libwayland-cursor.so.0": "libwayland-cursor0",
        "libwayland-egl.so.1": "libwayland-egl1",
    },
}


def library_present(soname: str) -> bool:
    """Whether the dynamic loader finds the library, as the plugin will ask it. The frozen program
    carries some of them in its own folder, where its Qt finds them."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / soname).exists():
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platforms_to_try(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt may use to show the window; empty when it shows none this check
    knows (offscreen, a VNC or framebuffer platform, no display at all)."""
    forced = [name.strip() for name in env.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    if forced:
        plugins = ["wayland" if name.startswith("wayland") else name.split(":")[0] for name in forced]
        return plugins if all(p in PLATFORMS for p in plugins) else []
    # Unforced, Qt takes Wayland in a Wayland session and X11 (directly or through XWayland) otherwise.
    return [name for name, variable in (("wayland", "WAYLAND_DISPLAY"), ("xcb", "DISPLAY")) if env.get(variable)]


def missing_libraries(env: Mapping[str, str], present: Callable[[str], bool]) -> dict[str, str]:
    """Library -> package of what to install so that a plugin Qt may use loads; empty when one
    already can, or when no window is shown."""
    platforms = platforms_to_try(env)
    missing: dict[str, str] = {}
    for platform in platforms:
        wanted = {**COMMON, **PLATFORMS[platform]}
        absent = {soname: package for soname, package in wanted.items() if not present(soname)}
        if not absent:
            return {}
        missing.update(absent)
    return missing


def missing_message(env: Mapping[str, str] | None = None, present: Callable[[str], bool] | None = None,
                    system: str | None = None) -> str | None:
    """What to tell the user before Qt would abort for want of a library; None when all is there.
    By default: this process's environment, libraries and system."""
    if not (system or sys.platform).startswith("linux"):
        return None
    missing = missing_libraries(os.environ if env is None else env, present or library_present)
    if not missing:
        return None
    packages = " ".join(sorted(set(missing.values())))
    return (f"无法打开窗口：缺少图形界面所需的系统库 {'、'.join(sorted(missing))}。\n"
            f"请先安装（需要管理员权限），再重新启动：\n"
            f"  sudo apt-get install {packages}")
