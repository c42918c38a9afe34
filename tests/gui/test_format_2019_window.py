"""A report in the 2019 trial format in the window: its own table 二 (本年新制作数量 …, 上一年项目数量 /
本年增/减, 政府集中采购), its single （六）其他处理 row, edits and undo, and the 2021 grids beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.gui.record_table_view import CELL_PADDING
from app.review import ReviewService
from app.store import Store
from tests.locate.test_format_2019 import ACTIVE, report_2019

from .conftest import MISREAD_SOURCE, REVIEWER

SOURCE_2019 = "report_2019.txt"
CHANGE = "active.licensing.change"  # printed as -312
PROCUREMENT = "active.procurement.amount_yuan"  # printed as 8800.5元


@pytest.fixture
def window_2019(open_window, review_db: Path, tmp_path: Path):
    path = tmp_path / SOURCE_2019
    path.write_text(report_2019(ACTIVE), encoding="utf-8")
    with Store(review_db) as store:
        assert not ReviewService(store, REVIEWER, workers=0).import_paths([path]).failed
    window = open_window(review_db)
    assert window.select_source(SOURCE_2019)
    assert window.session.state.record.template == "2019"
    return window


def active_view(window):
    view = window.tables.views()[0]
    assert view.record_model().table.id == "active"
    return view


def test_table_two_is_laid_out_as_the_2019_format_prints_it(window_2019):
    assert "2019 版格式" in window_2019.report_title.text()
    view = active_view(window_2019)
    model = view.record_model()
    assert not view.horizontalHeader().isVisible()  # each block of rows has its own column labels
    lines = [model.line(r) for r in range(model.rowCount())]
    headers = [(line.label, tuple(t for t in line.column_labels if t)) for line in lines if line.kind == "columns"]
    assert headers == [
        ("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量")),
        ("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量")),
        ("第二十条第（八）项", ("上一年项目数量", "本年增/减")),
        ("第二十条第（九）项", ("采购项目数量", "采购总金额")),
    ]
    assert [line.label for line in lines if line.kind == "value"] == [
        "规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"]
    assert model.index_for_key(CHANGE).data() == "-312"
    assert model.index_for_key(PROCUREMENT).data() == "8800.5"
    assert not model.index_for_key("active.regulations.issued").isValid()  # a 2021 key
    metrics = view.fontMetrics()
    for label in {t for _, texts in headers for t in texts}:  # every column label whole on its line
        assert metrics.horizontalAdvance(label) + CELL_PADDING <= view.columnWidth(0)

    requests = window_2019.tables.views()[1].record_model()
    labels = [requests.line(r).label for r in range(requests.rowCount())]
    assert "（六）其他处理" in labels
    assert requests.index_for_key("requests.other_handling.total").data() == "1"
    assert not requests.index_for_key("requests.other.overdue_correction.total").isValid()


def test_a_negative_change_is_typed_saved_and_undone(qtbot, window_2019):
    window_2019.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window_2019)
    assert window_2019.tables.select_key(CHANGE)
    view = active_view(window_2019)
    qtbot.keyClicks(view, "-")  # the first key opens the editor, as any digit does
    editor = view.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "300")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window_2019.session.state.record.fields[CHANGE] == -300)
    index = view.record_model().index_for_key(CHANGE)
    assert index.data() == "-300"
    assert "-312" in index.data(Qt.ItemDataRole.ToolTipRole)  # the machine's value beside the correction
    with Store(window_2019.service.store.path, read_only=True) as store:
        assert store.load(window_2019.session.report_id).record.fields[CHANGE] == -300

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window_2019.session.state.record.fields[CHANGE] == -312
    assert index.data() == "-312"
    window_2019.act_redo.trigger()
    assert window_2019.session.state.record.fields[CHANGE] == -300


def test_2019_and_2021_reports_each_get_their_own_grids(window_2019):
    grids_2019 = window_2019.tables.views()
    window_2019.session.set_cells({PROCUREMENT: 9000})
    assert window_2019.select_source(MISREAD_SOURCE)
    assert window_2019.session.state.record.template == "2021"
    grids_2021 = window_2019.tables.views()
    assert not set(grids_2019) & set(grids_2021)
    assert grids_2021[0].record_model().index_for_key("active.regulations.issued").isValid()
    shown = window_2019.tables.current_view()
    assert shown in grids_2021 and shown.isVisible()
    assert not any(view.isVisible() for view in grids_2019)
    assert not window_2019.act_undo.isEnabled()  # the 2021 report has nothing to undo

    assert window_2019.select_source(SOURCE_2019)
    assert window_2019.tables.views() == grids_2019
    assert grids_2019[0].record_model().index_for_key(PROCUREMENT).data() == "9000"
    window_2019.act_undo.trigger()  # the 2019 report's own undo stack
    assert window_2019.session.state.record.fields[PROCUREMENT] == 8800.5
