"""RecordTableModel without any widget: layout from the template, roles, and edits as requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui import roles
from app.gui.record_table_model import GridState, RecordTableModel
from app.record import Finding, Origin
from app.template import get_template

DISPLAY = Qt.ItemDataRole.DisplayRole


def model_for(version: str, table_id: str) -> RecordTableModel:
    return RecordTableModel(get_template(version).table(table_id))


def value_row_labels(model: RecordTableModel) -> list[str]:
    return [model.line(r).label for r in range(model.rowCount()) if model.line(r).kind == "value"]


@pytest.mark.parametrize("version", ["2021", "2019"])
@pytest.mark.parametrize("table_id", ["active", "requests", "appeals"])
def test_every_template_key_has_exactly_one_cell(version, table_id):
    table = get_template(version).table(table_id)
    model = RecordTableModel(table)
    keys = [model.index(r, c).data(roles.KEY_ROLE)
            for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert sorted(k for k in keys if k) == sorted(c.key for c in table.cells)


def test_requests_grid_has_template_columns_and_group_lines():
    model = model_for("2021", "requests")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [c.label for c in get_template("2021").table("requests").columns]
    group_rows = [r for r in range(model.rowCount()) if model.line(r).kind == "group"]
    assert [model.line(r).label for r in group_rows] == [
        "三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    assert all(model.flags(model.index(r, 0)) == Qt.ItemFlag.NoItemFlags for r in group_rows)


def test_2019_format_gets_its_own_layout_from_the_template():
    active = model_for("2019", "active")
    assert len(value_row_labels(active)) == 8 and active.columnCount() == 3
    assert not active.has_shared_columns  # 表二 prints a sub-header for each column set
    sub_headers = [active.line(r).column_labels for r in range(active.rowCount())
                   if active.line(r).kind == "columns"]
    assert ("上一年项目数量", "本年增/减", "处理决定数量") in sub_headers
    requests = value_row_labels(model_for("2019", "requests"))
    assert "（六）其他处理" in requests and len(requests) == 23
    assert len(value_row_labels(model_for("2021", "requests"))) == 25


def test_appeals_blocks_become_rows_under_their_group():
    model = model_for("2021", "appeals")
    assert value_row_labels(model) == ["行政复议", "未经复议直接起诉", "复议后起诉"]
    assert model.columnCount() == 5
    assert model.index_for_key("appeals.litigation_after_review.total").row() == 3


def test_values_findings_and_provenance_drive_roles(gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    bad, warned, inferred, edited = ("requests.granted.total", "requests.carried_over.total",
                                      "requests.granted.natural_person", "requests.new_received.total")
    error = Finding("row_total", "error", (bad,), "总计不等于各列之和", numbers={"总计": 1, "各列之和": 2})
    warning = Finding("empty", "warning", (warned,), "空单元格按 0 计")
    fields = dict(record.fields, **{edited: 99})
    model.show(GridState(values=fields, machine=dict(record.fields), findings=[error, warning],
                         provenance={inferred: Origin(10, 11, "1", "inferred"),
                                     bad: Origin(20, 21, "1", "read")}))

    def at(key, role):
        return model.index_for_key(key).data(role)

    assert at(edited, DISPLAY) == "99"
    assert at("requests.new_received.commercial", DISPLAY) == ""  # empty stays empty, not 0
    assert at(bad, Qt.ItemDataRole.BackgroundRole).color() == roles.ERROR_BG
    assert at(warned, Qt.ItemDataRole.BackgroundRole).color() == roles.WARNING_BG
    assert at(edited, Qt.ItemDataRole.BackgroundRole).color() == roles.EDITED_BG
    assert at(inferred, Qt.ItemDataRole.ForegroundRole).color() == roles.INFERRED_FG
    assert at(inferred, Qt.ItemDataRole.FontRole).italic()
    assert "总计不等于各列之和" in at(bad, Qt.ItemDataRole.ToolTipRole)
    assert "=" not in at(bad, Qt.ItemDataRole.ToolTipRole)  # the finding's numbers are in its message, not dumped
    assert "6" in at(edited, Qt.ItemDataRole.ToolTipRole)  # the machine's value is on request
    assert at(bad, roles.ORIGIN_ROLE).start == 20
    assert at(bad, roles.FINDINGS_ROLE) == [error]

    model.set_show_machine(True)
    assert at(edited, DISPLAY) == "99（原 6）"


def test_a_decided_error_is_tinted_paler(gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    error = Finding("row_total", "error", ("requests.granted.total",), "x")
    model.show(GridState(values=record.fields, findings=[error], decided=frozenset({0})))
    brush = model.index_for_key("requests.granted.total").data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == roles.ERROR_DECIDED_BG


def test_set_data_requests_an_edit_and_changes_nothing_itself(qtbot, gold_records):
    record = gold_records[1]
    model = RecordTableModel(record.tmpl.table("active"))
    model.show(GridState(values=record.fields))
    key = "active.fees.amount_10k_yuan"
    before = model.index_for_key(key).data(DISPLAY)
    with qtbot.waitSignal(model.editRequested) as blocker:
        assert model.setData(model.index_for_key(key), "１２.５")  # full-width digits from an IME
    assert blocker.args == [{key: 12.5}]
    assert model.index_for_key(key).data(DISPLAY) == before


def test_set_data_refuses_text_that_is_not_a_count(qtbot, gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    model.show(GridState(values=record.fields))
    with qtbot.waitSignal(model.inputRejected) as blocker, qtbot.assertNotEmitted(model.editRequested):
        assert not model.setData(model.index_for_key("requests.granted.total"), "-3")
    assert "负数" in blocker.args[0]


def test_locked_report_is_read_only(gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    model.show(GridState(values=record.fields, locked=True))
    index = model.index_for_key("requests.granted.total")
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "5")


@pytest.mark.parametrize("version", ["2021", "2019"])
def test_model_passes_qt_model_tester(qtmodeltester, version, gold_records):
    for table in get_template(version).tables:
        model = RecordTableModel(table)
        values = gold_records[0].fields if version == "2021" else get_template(version).empty_fields()
        model.show(GridState(values=values))
        qtmodeltester.check(model, force_py=True)


def test_paste_block_is_one_edit_and_skips_headings(qtbot, gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    model.show(GridState(values=record.fields))
    start = model.index_for_key("requests.carried_over.natural_person")
    with qtbot.waitSignal(model.editRequested) as blocker:
        assert model.paste_block(start.row(), start.column(), "1\t2\r\n3\t4\r\n5\t6\r\n")
    # The second pasted line falls on the 三、本年度办理结果 heading and is skipped.
    assert blocker.args == [{"requests.carried_over.natural_person": 1, "requests.carried_over.commercial": 2,
                             "requests.granted.natural_person": 5, "requests.granted.commercial": 6}]


def test_a_paste_with_one_bad_value_changes_nothing(qtbot, gold_records):
    record = gold_records[0]
    model = RecordTableModel(record.tmpl.table("requests"))
    model.show(GridState(values=record.fields))
    start = model.index_for_key("requests.granted.natural_person")
    with qtbot.assertNotEmitted(model.editRequested), qtbot.waitSignal(model.inputRejected):
        assert not model.paste_block(start.row(), start.column(), "1\tx")


def test_copy_block_gives_spreadsheet_text(gold_records):
    record = gold_records[1]
    model = RecordTableModel(record.tmpl.table("requests"))
    model.show(GridState(values=record.fields))
    first = model.index_for_key("requests.new_received.natural_person")
    second = model.index_for_key("requests.carried_over.commercial")
    block = [model.index(r, c) for r in (first.row(), second.row()) for c in (first.column(), second.column())]
    assert model.copy_block(block) == "61\t3\n0\t0"
