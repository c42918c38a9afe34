"""Exports a person opens: xlsx text kept as text, header frozen, columns sized, a sheet of
decisions; files with the user's normal permissions; times in local time with the offset."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from app.export import export_approved
from app.record.times import local_time
from app.store import Store
from tests.review.fakes import report_input


def test_xlsx_keeps_formula_looking_text_as_text_without_an_apostrophe(store: Store, gold, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    record = gold[0]
    record.agency = '=HYPERLINK("http://evil","点我")'
    report_id = store.add_report(report_input(record, name="evil.txt", text="evil"), "甲")
    store.set_status(report_id, "approved", "-审核员")
    out = tmp_path / "out.xlsx"
    export_approved(store, out)
    sheet = load_workbook(out)["已批准记录"]
    header = [c.value for c in sheet[1]]
    last = {name: cell for name, cell in zip(header, sheet[sheet.max_row], strict=True)}
    assert last["机关"].value == record.agency and last["机关"].data_type == "s"
    assert last["审核人"].value == "-审核员"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width >= 10  # 机关 sized to its names, not Excel's default 8.43


def test_xlsx_has_a_second_sheet_with_each_decision(store: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "out.xlsx"
    export_approved(store, out)
    book = load_workbook(out)
    assert book.sheetnames == ["已批准记录", "问题与审核结论"]
    rows = list(book["问题与审核结论"].iter_rows(values_only=True))
    assert rows[0][:6] == ("来源文件", "机关", "年度", "问题类型", "单元格", "审核结论")
    [decision] = rows[1:]
    assert decision[3:7] == ("合计与各列之和不符", "三(一)（自然人）", "原报告错误", "原报告合计印错")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_exported_files_get_the_users_normal_permissions(store: Store, tmp_path: Path, name: str) -> None:
    old = os.umask(0o022)
    try:
        export_approved(store, tmp_path / name)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX")
def test_times_are_shown_in_local_time_with_the_offset(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert local_time("2026-12-02T00:25:38+00:00") == "2026-12-02 08:25:38 (UTC+08:00)"
    finally:
        monkeypatch.undo()
        time.tzset()
    assert local_time("") == "" and local_time("不是时间") == "不是时间"
