"""At 125 %, 150 % and 200 % display scaling (QT_SCALE_FACTOR) on 1920×1080 and 1366×768 screens the
three panes keep usable widths and the tables never scroll sideways; each case saves screenshots
into the test's tmp dir to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEASURE = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from app.gui.fonts import apply_cjk_font
from app.gui.main_window import MainWindow
from app.review import ReviewService
from app.store import Store

app = QApplication([])
apply_cjk_font(app)
db, ini, width, height, shot = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
window = MainWindow(ReviewService(Store(db), "测试员", workers=1), QSettings(ini, QSettings.Format.IniFormat))
window.resize(width, height)
window.show()
window.reload_queue()
window.source_pane.act_published.setChecked(False)

def settle():
    for _ in range(5):
        app.processEvents()

settle()
grids = {}
for view in window.tables.views():  # every table of the report, each on its tab
    table = view.record_model().table.id
    window.tables.show_table(table)
    settle()
    grids[table] = {"sideways": view.horizontalScrollBar().maximum(), "viewport": view.viewport().width(),
                    "columns": view.horizontalHeader().length(), "labels": view.verticalHeader().width()}
    window.grab().save(shot.replace(".png", f"-{table}.png"))
window.tables.show_table("requests")
settle()
window.grab().save(shot)
note = window.source_pane._note
shown = {
    "folded": window.is_folded(),
    "sizes": window.main_split.sizes(),
    "right": window.right_split.sizes(),
    "minimums": [window.main_split.widget(i).minimumSizeHint().width() for i in range(window.main_split.count())],
    "source": window.source_pane.width(),
    "window": [window.width(), window.height()],
    "note_lines": note.height() // max(1, note.fontMetrics().height()),
    "grids": grids,
    "char": window.fontMetrics().horizontalAdvance("国"),
}
window.show_left_tab(window.queue)  # folded, the queue is the other tab of the left pane
settle()
if window.is_folded():
    window.grab().save(shot.replace(".png", "-queue.png"))
shown["agency_column"] = window.queue.view.columnWidth(0)
print(json.dumps(shown))
"""
CASES = [(scale, screen) for screen in ((1920, 1080), (1366, 768)) for scale in (1.25, 1.5, 2.0)]
QUICK = {(1.5, (1366, 768)), (2.0, (1366, 768)), (2.0, (1920, 1080))}
FOLDED = {(2.0, (1366, 768))}  # 683 px: too narrow for three panes side by side


@pytest.mark.parametrize(("scale", "screen"), [
    pytest.param(scale, screen, marks=() if (scale, screen) in QUICK else pytest.mark.slow,
                 id=f"{int(scale * 100)}%-{screen[0]}x{screen[1]}")
    for scale, screen in CASES])
def test_the_three_panes_stay_usable_at_high_scaling(review_db, tmp_path, scale, screen):
    """Queue, source and tables keep usable widths, and no table scrolls sideways: row labels
    elide, headers wrap, and on the narrowest window the queue becomes a tab beside the source.
    Screenshots (each table's tab, and the queue's when folded) are left in tmp_path."""
    logical = (int(screen[0] / scale), int(screen[1] / scale))  # what the window gets in Qt's units
    shot = tmp_path / f"window-{int(scale * 100)}-{screen[0]}x{screen[1]}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(scale)}
    result = subprocess.run([sys.executable, "-c", MEASURE, str(review_db), str(tmp_path / "s.ini"),
                             *map(str, logical), str(shot)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    sizes, char = shown["sizes"], shown["char"]
    total = sum(sizes)
    assert shown["window"] == list(logical)
    assert shown["folded"] == ((scale, screen) in FOLDED), shown
    assert len(sizes) == (2 if shown["folded"] else 3)
    for size, minimum in zip(sizes, shown["minimums"], strict=True):
        assert size >= minimum
    assert shown["source"] >= 0.25 * total, shown  # the source is never squeezed to a strip
    assert shown["agency_column"] >= 3 * char, shown  # agency names still readable
    assert shown["note_lines"] <= 1, shown  # page and zoom on one line
    assert min(shown["right"]) >= 100, shown  # tables and findings both keep some height
    for table, grid in shown["grids"].items():
        assert grid["sideways"] == 0, (table, shown)  # every column in view: no sideways scrolling
        assert grid["columns"] <= grid["viewport"], (table, shown)
        assert grid["labels"] >= 7 * char, (table, shown)  # row labels keep their first words
    assert shot.stat().st_size > 10_000
