"""Expanding the paths given on a command line into report files, folders walked in name order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".htm", ".html", ".shtml", ".docx", ".pdf", ".text"})


def iter_report_files(paths: Iterable[Path], on_missing: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Files as given (whatever their suffix); in folders, report-like files, hidden ones skipped."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and f.suffix.lower() in REPORT_SUFFIXES:
                    yield f
        elif p.exists():
            yield p
        elif on_missing is not None:
            on_missing(p)
