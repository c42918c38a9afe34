"""Where the review database lives by default: the user's own data folder (no admin rights needed)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_FOLDER = "GovReportReview"
DB_FILE = "reviews.sqlite3"


def data_dir() -> Path:
    """The platform's per-user data folder (platformdirs): %LOCALAPPDATA%\\GovReportReview on Windows,
    ~/Library/Application Support/GovReportReview on macOS, $XDG_DATA_HOME (when absolute) or
    ~/.local/share/GovReportReview elsewhere."""
    return user_data_path(APP_FOLDER, appauthor=False, roaming=False)


def default_db_path() -> Path:
    """The database file used when none is chosen; its folder is created when the store opens."""
    return data_dir() / DB_FILE
