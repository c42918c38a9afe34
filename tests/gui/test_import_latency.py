"""The window stays responsive while 500 reports import: the event loop's longest pause is measured."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from app.gui import transfer

ROOT = Path(__file__).resolve().parents[2]
COUNT = 500
TICK_MS = 10
MAX_PAUSE_S = 0.25  # a click answered within a quarter second feels immediate


def synthetic_reports(folder: Path, count: int) -> list[Path]:
    subprocess.run([sys.executable, "-m", "tools.synth", "--out", str(folder), "--count", str(count),
                    "--shapes", "000", "001", "002"], cwd=ROOT, check=True, capture_output=True, timeout=300)
    return sorted(folder.glob("*.txt"))


def test_the_event_loop_keeps_turning_during_an_import_of_500_files(open_window, tmp_path, monkeypatch):
    paths = synthetic_reports(tmp_path / "reports", COUNT)
    assert len(paths) == COUNT
    window = open_window(tmp_path / "new.sqlite3")
    monkeypatch.setattr(transfer, "show_import_summary", lambda summary, parent: None)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    summary = transfer.run_import(window, paths)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert summary is not None and summary.imported == COUNT and not summary.failed
    assert window.queue.model.rowCount() == COUNT
    pauses = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    longest = max(pauses)
    print(f"import of {COUNT} files: {elapsed:.1f} s, {len(ticks)} ticks, longest event-loop pause {longest * 1000:.0f} ms")
    assert len(ticks) >= elapsed / (TICK_MS / 1000) / 4  # the timer fired all along, not once at the end
    assert longest < MAX_PAUSE_S
