"""The queue model without widgets: display, in-place updates, sorting that keeps selections."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPersistentModelIndex, Qt

from app.gui.queue_model import AGENCY, ERRORS, STATUS, QueueModel
from app.store import ReportSummary


def summary(n: int, agency: str | None, errors: int = 0, status: str = "new") -> ReportSummary:
    return ReportSummary(n, f"{n:03d}_报告.txt", agency, 2022, "2021", "text", status, "", errors, 0,
                         None, None, "2024-01-01T00:00:00", 1, f"hash{n}")


def make_model() -> QueueModel:
    model = QueueModel()
    model.set_reports([summary(1, "乙县", 2), summary(2, None, 0, "approved"), summary(3, "甲市", 5)])
    return model


def test_rows_show_agency_or_file_name_and_chinese_status(qtmodeltester):
    model = make_model()
    assert [model.index(r, AGENCY).data() for r in range(3)] == ["乙县", "002_报告.txt", "甲市"]
    assert model.index(1, STATUS).data() == "已批准"
    qtmodeltester.check(model, force_py=True)


def test_sorting_keeps_a_selected_report_selected():
    model = make_model()
    chosen = QPersistentModelIndex(model.index(model.row_of(3), AGENCY))
    model.sort(ERRORS, Qt.SortOrder.DescendingOrder)
    assert [model.summary_at(r).id for r in range(3)] == [3, 1, 2]
    assert chosen.row() == 0 and model.row_of(3) == 0


def test_new_counts_replace_the_line_in_place():
    model = make_model()
    model.update_summary(replace(model.summary_at(0), errors=0, status="in_review"))
    assert model.index(0, ERRORS).data() == "0"
    assert model.index(0, STATUS).data() == "审核中"
    assert model.row_of_source("003_报告.txt") == 2


def test_sorting_by_no_column_restores_import_order():
    model = make_model()
    model.sort(AGENCY, Qt.SortOrder.AscendingOrder)
    model.sort(-1)
    assert [model.summary_at(r).id for r in range(3)] == [1, 2, 3]
