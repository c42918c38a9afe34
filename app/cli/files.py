"""Expanding the paths given on a command line into report files, folders walked in name order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".htm", ".html", ".shtml", ".docx", ".doc", ".pdf", ".text"})


def iter_report_files(paths: Iterable[Path], on_missing: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Files as given (whatever their suffix); in folders, report-like files, hidden ones skipped.
    A folder holding only page images is one scanned report: the folder itself is yielded."""
    from app.documents.scan_reader import is_scan_folder, page_files

    for p in paths:
        if p.is_dir():
            scans = [d for d in [p, *sorted(p.rglob("*"))] if d.is_dir() and not d.name.startswith(".")
                     and all(e.is_file() for e in d.iterdir() if not e.name.startswith("."))
                     and is_scan_folder(d, [f.name for f in page_files(d)])]
            yield from scans
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and f.suffix.lower() in REPORT_SUFFIXES and f.parent not in scans:
                    yield f
        elif p.exists():
            yield p
        elif on_missing is not None:
            on_missing(p)
