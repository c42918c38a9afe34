"""Import and export off the GUI thread: QThreads with their own store connection (SQLite in WAL
mode, or the PostgreSQL server, lets the window keep reading on its own), reporting by signals;
both stop when asked."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.review import ReviewService
from app.store import Store

from .commands import USER_ERRORS


class ImportThread(QThread):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # app.review.ImportSummary
    failed = Signal(str)  # a Chinese message (database locked, disk full …)

    def __init__(self, service: ReviewService, paths: Sequence[str | Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._paths = list(paths)
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Asks the import to stop after the file it is on (saved work is kept)."""
        self._stop.set()

    def run(self) -> None:
        try:
            with self._service.store.another() as store:
                summary = self._service.on_store(store).import_paths(
                    self._paths, progress=lambda done, total: self.progressed.emit(done, total),
                    cancel=self._stop.is_set)
        except USER_ERRORS as exc:
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(summary)


class ExportThread(QThread):
    """Writes the approved records with its own store connection; emits its progress, then the
    rows written, the reason it could not, or that it stopped when asked (no file written)."""

    progressed = Signal(int, int)  # rows done, rows in all
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, store: Store, out: Path, *, long: bool, xlsx: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._out, self._long, self._xlsx = store, out, long, xlsx  # the window's store
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Asks the export to stop before its next row; the file is then not written at all."""
        self._stop.set()

    def run(self) -> None:
        from app.export import ExportCancelled, ExportError, export_approved

        try:
            with self._store.another(read_only=True) as store:
                rows = export_approved(store, self._out, long=self._long, xlsx=self._xlsx,
                                       progress=lambda done, total: self.progressed.emit(done, total),
                                       cancel=self._stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
            return
        except (ExportError, *USER_ERRORS) as exc:
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(rows)


__all__ = ["ExportThread", "ImportThread"]
