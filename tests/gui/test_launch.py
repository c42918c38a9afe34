"""`python -m app` options: the offscreen screenshot, the sample import, a store that cannot open."""

from __future__ import annotations

import shutil

from PySide6.QtGui import QImage

from app.gui import resources
from app.gui.launch import run_gui
from app.store import Store
from tests.conftest import SEEDS

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
