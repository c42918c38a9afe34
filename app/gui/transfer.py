"""Import and export from the window: file dialogs, a cancellable progress dialog, the outcome.

Both run in a worker thread with its own store connection (an import's extraction itself in the
service's worker processes); the window stays responsive and the progress dialog can cancel
them. A cancelled import keeps what it saved; a cancelled export writes no file at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.review.state import ImportSummary

from .dialogs import show_import_summary
from .import_worker import ExportThread, ImportThread

if TYPE_CHECKING:
    from .main_window import MainWindow

REPORT_SUFFIXES = ("*.txt", "*.htm", "*.html", "*.docx", "*.doc", "*.pdf")



def _last_folder(window: MainWindow) -> str:
    return str(window.settings.value("last_folder", "") or Path.home())


def _remember_folder(window: MainWindow, path: str) -> None:
    window.settings.setValue("last_folder", str(Path(path).parent if Path(path).is_file() else path))


def import_files(window: MainWindow) -> ImportSummary | None:
    paths, _ = QFileDialog.getOpenFileNames(
        window, QCoreApplication.translate("Transfer", "导入报告文件"), _last_folder(window),
        QCoreApplication.translate("Transfer", "报告文件 ({0});;所有文件 (*)").format(" ".join(REPORT_SUFFIXES)))
    if not paths:
        return None
    _remember_folder(window, paths[0])
    return run_import(window, paths)


def import_folder(window: MainWindow) -> ImportSummary | None:
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("Transfer", "导入文件夹（包括子文件夹）"), _last_folder(window))
    if not folder:
        return None
    _remember_folder(window, folder)
    return run_import(window, [folder])


def run_import(window: MainWindow, paths: Sequence[str | Path]) -> ImportSummary | None:
    """Imports in a worker thread with a progress dialog the reviewer can cancel; the window keeps
    painting and answering meanwhile. Shows the outcome and the failures; returns the summary."""
    window.tables.commit_open_editor()
    dialog = QProgressDialog(QCoreApplication.translate("Transfer", "正在导入报告…"), QCoreApplication.translate("Transfer", "取消"), 0, 0, window)
    dialog.setWindowTitle(QCoreApplication.translate("Transfer", "导入"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    if dialog.wasCanceled():  # cancelled before anything started
        summary: ImportSummary | None = ImportSummary(cancelled=True)
    else:
        summary = _import_in_thread(window, paths, dialog)
    dialog.close()
    if summary is None:
        return None
    window.reload_queue()
    show_import_summary(summary, window)
    return summary


def _import_in_thread(window: MainWindow, paths: Sequence[str | Path], dialog: QProgressDialog
                      ) -> ImportSummary | None:
    thread = ImportThread(window.service, paths, window)
    outcome: list[ImportSummary] = []
    loop = QEventLoop()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(QCoreApplication.translate("Transfer", "正在导入报告：{0} / {1}").format(done, total))
        if dialog.wasCanceled():
            thread.cancel()

    def failed(message: str) -> None:
        QMessageBox.critical(window, QCoreApplication.translate("Transfer", "导入失败"), message)

    thread.progressed.connect(progress)
    thread.succeeded.connect(outcome.append)
    thread.failed.connect(failed)
    dialog.canceled.connect(thread.cancel)
    thread.finished.connect(loop.quit)
    with window.watch_paused():
        thread.start()
        loop.exec()  # the window's events go on while the thread works
        thread.wait()
    thread.deleteLater()
    return outcome[0] if outcome else None


# kind -> (default file name, file-dialog filter, long format, xlsx)
EXPORT_KINDS: dict[str, tuple[str, str, bool, bool]] = {
    "csv": ("已批准记录.csv", "CSV (*.csv)", False, False),
    "xlsx": ("已批准记录.xlsx", "Excel (*.xlsx)", False, True),
    "long": ("已批准记录_长表.csv", "CSV (*.csv)", True, False),
}


def export(window: MainWindow, kind: str) -> Path | None:
    """Asks where to write the approved records, writes them, and says how many rows (or that the
    export was cancelled and nothing was written)."""

    name, file_filter, long, xlsx = EXPORT_KINDS[kind]
    chosen, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Transfer", "导出已批准的记录"),
                                            str(Path(_last_folder(window)) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != Path(name).suffix:
        path = path.with_name(path.name + Path(name).suffix)
    _remember_folder(window, str(path))
    window.tables.commit_open_editor()
    rows = _export_in_thread(window, path, long=long, xlsx=xlsx)
    if rows is None:
        return None
    if rows == CANCELLED:
        window.statusBar().showMessage(QCoreApplication.translate("Transfer", "导出已取消，没有写入文件：{0}").format(path), 10000)
        return None
    if rows == 0:
        window.statusBar().showMessage(QCoreApplication.translate("Transfer", "没有已批准的报告，导出的文件只有表头：{0}").format(path), 10000)
    else:
        window.statusBar().showMessage(QCoreApplication.translate("Transfer", "已导出 {0} 行：{1}").format(rows, path), 10000)
    return path


CANCELLED = -1  # what _export_in_thread answers for an export stopped by the reviewer


def _export_in_thread(window: MainWindow, path: Path, *, long: bool, xlsx: bool) -> int | None:
    """Writes the file in a worker thread behind a progress dialog the reviewer can cancel (nothing
    is then written); the window keeps painting. The rows written, CANCELLED, or None on failure."""
    dialog = QProgressDialog(QCoreApplication.translate("Transfer", "正在导出…"),
                             QCoreApplication.translate("Transfer", "取消"), 0, 0, window)
    dialog.setWindowTitle(QCoreApplication.translate("Transfer", "导出"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if dialog.wasCanceled():  # cancelled before anything started
        dialog.close()
        return CANCELLED
    thread = ExportThread(window.service.store, path, long=long, xlsx=xlsx, parent=window)
    rows: list[int] = []
    errors: list[str] = []
    loop = QEventLoop()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(QCoreApplication.translate("Transfer", "正在导出：{0} / {1} 行").format(done, total))
        if dialog.wasCanceled():
            thread.cancel()

    thread.progressed.connect(progress)
    thread.succeeded.connect(rows.append)
    thread.failed.connect(errors.append)
    thread.cancelled.connect(lambda: rows.append(CANCELLED))
    dialog.canceled.connect(thread.cancel)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()  # the window's events go on while the thread works
    thread.wait()
    thread.deleteLater()
    dialog.close()
    if errors:
        QMessageBox.critical(window, QCoreApplication.translate("Transfer", "导出失败"), errors[0])
        return None
    return rows[0] if rows else None
