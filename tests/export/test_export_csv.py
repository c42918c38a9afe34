from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.export import ExportError, export_approved
from app.export.labels import META_COLUMNS, cell_labels
from app.store import Store
from app.template import all_keys, get_template
from tests.review.fakes import report_input


def _read(path: Path):
    import pandas as pd

    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_csv_has_one_row_per_approved_report_and_reads_back(store: Store, gold, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_approved(store, out) == len(gold) - 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel and WPS read it as UTF-8
    frame = _read(out)
    assert list(frame["来源文件"]) == [r.source for r in gold[:-1]]
    assert list(frame["状态"]) == ["已批准"] * (len(gold) - 1)
    assert set(frame["审核人"]) == {"审核员乙"} and all(frame["批准时间"])


def test_values_are_exact_integers_and_empty_cells_stay_empty(store: Store, gold, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_approved(store, out, header="keys")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    for record, row in zip(gold[:-1], rows, strict=True):
        for key, value in record.fields.items():
            assert row[key] == ("" if value is None else str(value)), key
    assert not any(v in ("nan", "NaN", "None") or v.endswith(".0") for row in rows for v in row.values())


def test_decisions_are_exported_as_text(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_approved(store, out)
    sentence = _read(out)["审核结论"][0]
    assert sentence.startswith("合计与各列之和不符（三(一)（自然人））：原报告错误，说明：原报告合计印错（乙，")
    assert "UTC" in sentence and "row_total" not in sentence


def test_a_formula_looking_agency_is_neutralised(store: Store, gold, tmp_path: Path) -> None:
    record = gold[0]
    record.agency = '=HYPERLINK("http://evil","点我")'
    report_id = store.add_report(report_input(record, name="evil.txt", text="evil"), "甲")
    store.set_status(report_id, "approved", "-审核员")
    out = tmp_path / "out.csv"
    export_approved(store, out)
    frame = _read(out)
    last = frame.iloc[-1]
    assert last["机关"] == "'" + record.agency
    assert last["审核人"] == "'-审核员"


def test_headers_are_unique_chinese_labels_or_keys(store: Store, tmp_path: Path) -> None:
    zh, keys = tmp_path / "zh.csv", tmp_path / "keys.csv"
    export_approved(store, zh)
    export_approved(store, keys, header="keys")
    zh_columns = next(csv.reader(io.StringIO(zh.read_bytes().decode("utf-8-sig"), newline="")))
    key_columns = next(csv.reader(io.StringIO(keys.read_bytes().decode("utf-8-sig"), newline="")))
    template = get_template("2021")
    assert key_columns[len(META_COLUMNS):-1] == list(template.keys)
    assert len(set(zh_columns)) == len(zh_columns)
    assert zh_columns[len(META_COLUMNS)] == cell_labels()["active.regulations.issued"]
    assert zh_columns[len(META_COLUMNS)].startswith(template.tables[0].title)


def test_a_mixed_years_store_exports_every_templates_keys(store: Store, gold, tmp_path: Path) -> None:
    old = report_input(gold[1], name="2019.txt", text="2019")
    old.record.template = "2019"
    old.record.fields = {**get_template("2019").empty_fields(), "active.procurement.amount_yuan": 1234.5}
    store.set_status(store.add_report(old, "甲"), "approved", "乙")
    out = tmp_path / "mixed.csv"
    export_approved(store, out, header="keys")
    frame = _read(out)
    assert list(frame.columns[len(META_COLUMNS):-1]) == list(all_keys())
    assert frame["active.procurement.amount_yuan"].iloc[-1] == "1234.5"
    assert frame["active.procurement.amount_yuan"].iloc[0] == ""  # the 2021 records lack the key
    assert frame["active.regulations.issued"].iloc[-1] == ""


def test_long_format_has_one_row_per_cell(store: Store, gold, tmp_path: Path) -> None:
    out = tmp_path / "long.csv"
    cells = len(get_template("2021").keys)
    assert export_approved(store, out, long=True) == cells * (len(gold) - 1)
    frame = _read(out)
    assert list(frame.columns) == ["来源文件", "机关", "年度", "模板", "表", "行", "列", "键", "数值"]
    row = frame[(frame["键"] == "requests.new_received.natural_person")].iloc[0]
    assert (row["行"], row["列"], row["数值"]) == ("一、本年新收政府信息公开申请数量", "自然人",
                                                   str(gold[0].fields["requests.new_received.natural_person"]))
    export_approved(store, tmp_path / "long_keys.csv", long=True, header="keys")
    assert list(_read(tmp_path / "long_keys.csv").columns)[4:8] == ["table", "row", "column", "key"]


def test_xlsx_is_chosen_by_suffix_and_keeps_numbers(store: Store, gold, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out.xlsx"
    export_approved(store, out, header="keys")
    frame = pd.read_excel(out, dtype=object)
    assert len(frame) == len(gold) - 1
    value = frame["requests.new_received.total"][1]
    assert value == gold[1].fields["requests.new_received.total"] and isinstance(value, int)


def test_an_unwritable_destination_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="不存在"):
        export_approved(store, tmp_path / "no" / "out.csv")
    (tmp_path / "taken").mkdir()
    with pytest.raises(ExportError, match="文件夹.*taken"):
        export_approved(store, tmp_path / "taken")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
