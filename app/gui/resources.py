"""Where the program's resources are: beside the app package, in a checkout and in a frozen build."""

from __future__ import annotations

from pathlib import Path

import app

RESOURCES = Path(app.__file__).resolve().parent.parent / "resources"
SAMPLES = RESOURCES / "samples"
I18N = RESOURCES / "i18n"
ICON = RESOURCES / "icons" / "gov-report-review-256.png"


def sample_files() -> list[Path]:
    """The bundled sample reports (empty when the folder is missing)."""
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))
