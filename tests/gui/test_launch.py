"""`python -m app` options: the offscreen screenshot, the sample import, a store that cannot open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtGui import QImage

from app.cmdline import window_size
from app.gui import launch, resources
from app.gui.launch import run_gui
from app.store import Store
from tests.conftest import REPO, SEEDS

from .conftest import MISREAD_SOURCE


def test_screenshot_of_a_chosen_report_at_1366_by_768(review_db, tmp_path, qapp):
    out = tmp_path / "shot.png"
    assert run_gui(["--db", str(review_db), "--screenshot", str(out), "--select", MISREAD_SOURCE]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366 * image.devicePixelRatio(), 768 * image.devicePixelRatio())


def test_screenshot_of_an_unknown_report_fails_with_a_message(review_db, tmp_path, capsys, qapp):
    code = run_gui(["--db", str(review_db), "--screenshot", str(tmp_path / "x.png"), "--select", "nope.txt"])
    assert code == 2 and "nope.txt" in capsys.readouterr().err


def test_sample_option_imports_the_bundled_reports_without_asking(tmp_path, monkeypatch, qapp):
    samples = tmp_path / "samples"
    samples.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, samples / seed.name)
    monkeypatch.setattr(resources, "SAMPLES", samples)
    db = tmp_path / "new.sqlite3"
    assert run_gui(["--db", str(db), "--sample", "--screenshot", str(tmp_path / "s.png")]) == 0
    with Store(db, read_only=True) as store:
        assert store.count() == 2


def test_a_file_that_is_not_a_store_is_refused_by_name(tmp_path, capsys, qapp):
    bogus = tmp_path / "不是数据库.sqlite3"
    bogus.write_bytes(b"hello, this is not sqlite" * 100)
    assert run_gui(["--db", str(bogus), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "不是数据库.sqlite3" in capsys.readouterr().err


def test_screenshot_at_a_chosen_size(review_db, tmp_path, qapp):
    out = tmp_path / "wide.png"
    assert run_gui(["--db", str(review_db), "--screenshot", str(out), "--size", "1920x1080"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920 * image.devicePixelRatio(), 1080 * image.devicePixelRatio())


@pytest.mark.parametrize(("text", "size"), [("1920x1080", (1920, 1080)), ("1600×900", (1600, 900)),
                                            (" 1366 X 768 ", (1366, 768))])
def test_window_size_is_read_as_width_by_height(text, size):
    assert window_size(text) == size


@pytest.mark.parametrize("text", ["1920", "x1080", "19x10", "big"])
def test_a_bad_window_size_is_refused_with_a_chinese_message(text, capsys):
    with pytest.raises(SystemExit):
        launch.parse_args(["--screenshot", "x.png", "--size", text])
    assert "宽x高" in capsys.readouterr().err


# --- the offscreen platform's chatter -----------------------------------------------------------


def test_offscreen_noise_is_dropped_and_real_warnings_pass(qapp):
    heard: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, message: heard.append(message))
    try:
        with launch.quiet_offscreen_noise():
            qWarning("This plugin does not support propagateSizeHints()")
            qWarning("QPainter::begin: Paint device returned engine == 0")
        qWarning("This plugin does not support propagateSizeHints()")  # the filter is gone again
    finally:
        qInstallMessageHandler(previous)
    assert heard == ["QPainter::begin: Paint device returned engine == 0",
                     "This plugin does not support propagateSizeHints()"]


def test_a_screenshot_run_prints_no_offscreen_noise(review_db, tmp_path):
    # A fresh process, as a reviewer or CI runs it: stderr holds nothing but real problems.
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(review_db), "--screenshot",
                           str(tmp_path / "s.png"), "--select", MISREAD_SOURCE],
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "propagateSizeHints" not in done.stderr


# --- the first start: the bundled samples -------------------------------------------------------


@pytest.mark.parametrize(("empty", "samples", "sample", "interactive", "offer"), [
    (True, True, False, True, "ask"),  # a reviewer's first start
    (True, True, True, True, "import"),  # --sample: no question
    (True, True, True, False, "import"),  # --sample --screenshot
    (True, True, False, False, "none"),  # a screenshot never asks
    (False, True, False, True, "none"),  # reports already there
    (False, True, True, True, "none"),
    (True, False, False, True, "none"),  # a build without the samples folder
])
def test_what_the_first_start_does_about_the_samples(empty, samples, sample, interactive, offer):
    files = [Path("a.txt")] if samples else []
    assert launch.sample_offer(empty, files, sample=sample, interactive=interactive) == offer


@pytest.fixture
def two_samples(tmp_path, monkeypatch) -> list[Path]:
    folder = tmp_path / "samples"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    monkeypatch.setattr(resources, "SAMPLES", folder)
    return resources.sample_files()


@pytest.fixture
def answers(monkeypatch):
    """The first-start question box: records each box asked and answers from the list (Yes by default)."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[QMessageBox] = []
    replies: list[QMessageBox.StandardButton] = []

    def exec_(box):
        asked.append(box)
        return (replies.pop(0) if replies else QMessageBox.StandardButton.Yes).value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked, replies


def test_an_empty_store_offers_the_samples_and_yes_imports_them(open_window, tmp_path, two_samples, answers):
    from PySide6.QtWidgets import QMessageBox

    asked, _ = answers
    window = open_window(tmp_path / "empty.sqlite3")
    summary = launch.first_start(window, two_samples, sample=False, interactive=True)
    assert len(asked) == 1
    box = asked[0]
    assert box.parent() is window and "示例报告" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)
    assert summary is not None and summary.imported == 2
    assert window.queue.model.rowCount() == 2
    assert window.session.state is not None  # the first sample opens at once

    assert launch.first_start(window, two_samples, sample=False, interactive=True) is None
    assert len(asked) == 1  # no second question once there are reports


def test_no_leaves_the_store_empty(open_window, tmp_path, two_samples, answers):
    from PySide6.QtWidgets import QMessageBox

    asked, replies = answers
    replies.append(QMessageBox.StandardButton.No)
    window = open_window(tmp_path / "empty.sqlite3")
    assert launch.first_start(window, two_samples, sample=False, interactive=True) is None
    assert len(asked) == 1 and window.queue.model.rowCount() == 0
    with Store(tmp_path / "empty.sqlite3", read_only=True) as store:
        assert store.count() == 0


def test_the_window_asks_once_it_is_on_screen(tmp_path, monkeypatch, two_samples, answers, qapp):
    """run_gui without --screenshot: the window shows, then the event loop asks over it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow

    asked, _ = answers
    seen: dict[str, object] = {}

    def event_loop(*_args) -> int:
        [window] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.service.store.path == db]
        seen["shown_before_asking"] = window.isVisible() and not asked
        QApplication.processEvents()  # the zero-delay timer: the question, then the import
        seen["rows"] = window.queue.model.rowCount()
        window.close()
        window.deleteLater()
        return 0

    settings = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(launch, "user_settings", lambda: settings)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    db = tmp_path / "first.sqlite3"
    assert run_gui(["--db", str(db)]) == 0
    assert seen == {"shown_before_asking": True, "rows": 2}
    assert len(asked) == 1
    with Store(db, read_only=True) as store:
        assert store.count() == 2
