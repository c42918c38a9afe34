"""Import and export through the window's menus and its real (patched) file dialogs."""

from __future__ import annotations

import shutil
import threading

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.export.writers import Tracker
from app.gui.import_worker import ExportThread
from tests.conftest import SEEDS

APPROVABLE = "004_d85570ef8ddfd07a.txt"  # a warning but no error: approvable as it stands


def result_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "the import outcome is shown"
    return boxes[-1]


def test_import_files_shows_counts_and_each_failure(open_window, tmp_path, monkeypatch):
    window = open_window(tmp_path / "new.sqlite3")
    broken = tmp_path / "损坏的报告.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    seed = sorted(SEEDS.glob("*.txt"))[1]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(seed), str(broken)], ""))
    window.act_import_files.trigger()
    assert window.queue.model.rowCount() == 1
    assert window.queue.model.summary_at(0).source == seed.name
    box = result_box(window)
    assert "新导入 1 份" in box.text() and "失败 1 份" in box.text()
    assert "损坏的报告.pdf" in box.detailedText()
    assert window.session.state.summary.source == seed.name  # the first report opens


def test_import_folder_and_cancel(open_window, tmp_path, monkeypatch):
    window = open_window(tmp_path / "new.sqlite3")
    folder = tmp_path / "报告"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    window.act_import_folder.trigger()
    assert "导入已取消" in result_box(window).text()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: False)
    window.act_import_folder.trigger()
    assert window.queue.model.rowCount() == 2


def test_export_writes_approved_records_in_three_shapes(window, tmp_path, monkeypatch):
    assert window.select_source(APPROVABLE)
    agency = window.session.state.record.agency
    window.act_approve.trigger()
    assert [s.agency for s in window.service.reports(status="approved")] == [agency]
    for action, name in ((window.act_export_csv, "out.csv"), (window.act_export_long, "long"),
                         (window.act_export_xlsx, "out.xlsx")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        action.trigger()
    wide = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert agency in wide and len(wide.strip().splitlines()) == 2  # header + the one approved report
    assert agency in (tmp_path / "long.csv").read_text(encoding="utf-8-sig")  # suffix added
    assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"
    assert "已导出" in window.statusBar().currentMessage()


def test_export_failure_is_a_message_not_a_traceback(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    missing = tmp_path / "不存在的文件夹" / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    window.act_export_csv.trigger()
    assert shown and "不存在" in shown[0]


def test_export_cancelled_half_way_writes_nothing_and_keeps_the_old_file(window, tmp_path, monkeypatch):
    assert window.select_source(APPROVABLE)
    window.act_approve.trigger()
    target = tmp_path / "long.csv"
    target.write_bytes(b"last week's export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = threading.Event()
    cancel, start = ExportThread.cancel, Tracker.__init__

    def cancel_and_tell(thread) -> None:
        cancel(thread)
        asked.set()

    def start_waiting_for_the_cancel(tracker, total, progress=None, cancel=None) -> None:
        """Once the worker has told of rows written it waits until the reviewer's cancel has
        reached it: the export cannot finish first, however the threads are scheduled."""
        def progress_then_wait(done: int, all_rows: int) -> None:
            progress(done, all_rows)
            if done > 0:
                assert asked.wait(30)

        start(tracker, total, progress_then_wait if progress else None, cancel)

    monkeypatch.setattr(ExportThread, "cancel", cancel_and_tell)
    monkeypatch.setattr(Tracker, "__init__", start_waiting_for_the_cancel)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: self.value() > 0)  # 取消 once rows are written
    window.act_export_long.trigger()
    assert asked.is_set()
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert "导出已取消" in window.statusBar().currentMessage()


def test_export_cancelled_before_it_starts_writes_nothing(window, tmp_path, monkeypatch):
    assert window.select_source(APPROVABLE)
    window.act_approve.trigger()
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    window.act_export_xlsx.trigger()
    assert not target.exists() and "导出已取消" in window.statusBar().currentMessage()
