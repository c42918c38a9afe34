"""GUI test fixtures: a review store built from the gold records and seed texts, and the window on it.

Qt's offscreen platform is chosen in tests/conftest.py, before any QApplication exists.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.record import Origin, Record
from app.store import ReportInput, Store
from app.store.codec import provenance_json
from app.validation import validate_record
from tests.conftest import GOLD, SEEDS

REVIEWER = "测试员"
# Seed 001 prints 三(一) as "(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |". The store gets 39 for its
# total, as a machine misreading would: two arithmetic errors, each suggesting 38.
MISREAD_SOURCE = "001_ee78f7d13cc05699.txt"
MISREAD_KEY = "requests.granted.total"
MISREAD_VALUE = 39
GRANTED_LABEL = "(一)予以公开"


@pytest.fixture(scope="session")
def gold_records() -> list[Record]:
    return [Record.from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(GOLD.glob("*.json"))]


def origins_after(text: str, label: str, keys: list[str]) -> dict[str, Origin]:
    """Provenance for the numbers printed after `label` on its line, in the order of `keys`."""
    start = text.index(label) + len(label)
    line_end = text.index("\n", start)
    numbers = list(re.finditer(r"\d+", text[start:line_end]))
    return {key: Origin(start + m.start(), start + m.end(), m.group()) for key, m in zip(keys, numbers, strict=False)}


def report_input(record: Record) -> ReportInput:
    """The stored form of a gold record with its seed's text (and, for seed 001, one misread total)."""
    text = (SEEDS / record.source).read_text(encoding="utf-8")
    fields = dict(record.fields)
    provenance: dict[str, Origin] = {}
    if record.source == MISREAD_SOURCE:
        fields[MISREAD_KEY] = MISREAD_VALUE
        keys = [c.key for c in record.tmpl.table("requests").row_cells("granted")]
        provenance = origins_after(text, GRANTED_LABEL, keys)
    data = text.encode("utf-8")
    stored = Record(record.source, record.template, record.agency, record.year, fields)
    findings = validate_record(stored, provenance, text=text)  # the queue's counts, as an import stores them
    return ReportInput(record.source, hashlib.sha256(data).hexdigest(), data, text, "text", stored,
                       provenance_json(provenance), sum(f.severity == "error" for f in findings),
                       sum(f.severity == "warning" for f in findings))


@pytest.fixture
def review_db(tmp_path: Path, gold_records: list[Record]) -> Path:
    path = tmp_path / "reviews.sqlite3"
    with Store(path) as store:
        for record in gold_records:
            store.add_report(report_input(record), REVIEWER)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """Messages the window would show in a warning box (the box itself would block the test)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch) -> None:
    """A modal dialog nobody answers would hang the test run: any the test did not expect fails
    it at once (a test that expects one patches it again, as `refusals` does)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for owner, names in ((QInputDialog, ("getText", "getInt", "getItem", "getMultiLineText")),
                         (QMessageBox, ("question", "warning", "critical", "information", "about")),
                         (QFileDialog, ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                                        "getExistingDirectory"))):
        for name in names:
            monkeypatch.setattr(owner, name, unexpected)
    for owner in (QDialog, QMenu, QMessageBox):
        monkeypatch.setattr(owner, "exec", unexpected)


@pytest.fixture
def open_window(qtbot, settings: QSettings, refusals) -> Iterator:
    """Opens the main window on a store file; stores are closed when the test ends."""
    from app.gui.main_window import MainWindow
    from app.review import ReviewService

    opened: list[tuple[object, Store]] = []

    def open_on(path: Path, size: tuple[int, int] = (1366, 768)):
        store = Store(path)
        window = MainWindow(ReviewService(store, REVIEWER, workers=0), settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.reload_queue()
        opened.append((window, store))
        return window

    yield open_on
    for window, store in opened:
        window.close()
        store.close()


@pytest.fixture
def window(open_window, review_db: Path):
    return open_window(review_db)
