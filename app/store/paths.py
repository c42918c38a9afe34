"""Where the review database lives by default: the user's own data folder (no admin rights needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "GovReportReview"
DB_FILE = "reviews.sqlite3"


def data_dir(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """%LOCALAPPDATA%\\GovReportReview on Windows, $XDG_DATA_HOME (or ~/.local/share)/GovReportReview elsewhere."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        # The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
        xdg = env.get("XDG_DATA_HOME", "")
        base = xdg if xdg and os.path.isabs(xdg) else str(Path.home() / ".local" / "share")
    return Path(base) / APP_FOLDER


def default_db_path(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The database file used when none is chosen; its folder is created when the store opens."""
    return data_dir(environ, platform) / DB_FILE
