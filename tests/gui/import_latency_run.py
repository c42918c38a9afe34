"""Run by test_import_latency.py in a process of its own: the window as the program opens it (offscreen,
a store file, extraction in worker processes as `ReviewService` does by default) imports a folder,
while a 10 ms timer records when the event loop turns. Prints one JSON line.

A process of its own because what stalls a Python GUI during an import is the interpreter's whole
heap: a full garbage collection in the import thread holds the interpreter while it walks every
object, and in the test run's process those are the objects of the thousand tests before this one
(a 195 ms full collection was measured there; in the program's own process the import's hundred
collections were all of young objects, the longest 7 ms).

    python -m tests.gui.import_latency_run FOLDER STORE SETTINGS
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

TICK_MS = 10


def main(folder: Path, db: Path, settings_path: Path) -> dict[str, float | int]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui import transfer
    from app.gui.main_window import MainWindow
    from app.review import ReviewService
    from app.store import Store

    app = QApplication([])  # noqa: F841 (must live while the window does)
    store = Store(db)
    window = MainWindow(ReviewService(store, "测试员"), QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1366, 768)
    window.show()
    window.reload_queue()
    transfer.show_import_summary = lambda summary, parent: None  # the summary box would wait for a click
    ticks: list[float] = []
    import_ended = [0.0]
    reload_queue = window.reload_queue

    def reload_after_import() -> None:  # the import has ended: what follows is opening a report
        import_ended[0] = time.perf_counter()
        reload_queue()

    window.reload_queue = reload_after_import  # type: ignore[method-assign]
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    summary = transfer.run_import(window, sorted(folder.glob("*.txt")))
    timer.stop()
    during = [t for t in ticks if t <= import_ended[0]]
    pauses = [b - a for a, b in zip(during, during[1:], strict=False)]
    result = {"imported": summary.imported if summary else -1,
              "failed": len(summary.failed) if summary else -1,
              "rows": window.queue.model.rowCount(),
              "seconds": import_ended[0] - started,
              "ticks": len(during),
              "longest_pause": max(pauses, default=0.0)}
    window.close()
    store.close()
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(*(Path(a) for a in sys.argv[1:4]))))
