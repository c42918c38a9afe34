"""Word 97–2003 .doc: the text through the piece table, tables through the row marks, and files
that must be refused with a message (see tests/data/doc/README.md for how the files were made)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.documents import ReadError, read_document
from app.extract import extract_bytes
from tests.conftest import REPO

DOC = REPO / "tests" / "data" / "doc"


def _grid_texts(document) -> list[list[tuple[str, bool]]]:
    return [[(document.text[c.start:c.end], c.copy) for c in row] for row in document.grids[0]]


def test_a_report_saved_as_doc_gives_every_cell_of_its_true_record() -> None:
    truth = json.loads((DOC / "synthetic_2021.truth.json").read_text(encoding="utf-8"))
    result = extract_bytes("report.doc", (DOC / "synthetic_2021.doc").read_bytes())
    assert result.document.kind == "doc"
    assert (result.record.agency, result.record.year, result.record.template) == \
        (truth["agency"], truth["year"], truth["template"])
    assert result.record.fields == truth["fields"]


def test_rows_are_told_from_cells_by_their_marks_so_empty_cells_stay_cells() -> None:
    document = read_document("features.doc", (DOC / "features.doc").read_bytes())
    assert _grid_texts(document) == [
        [("信息内容", False), ("本年数", False), ("本年数", True)],  # colspan: one cell over two columns
        [("信息内容", True), ("甲", False), ("乙", False)],  # rowspan: the cell above, repeated
        [("规章", False), ("", False), ("7", False)],
        [("规范性文件", False), ("3", False), ("", False)],
    ]
    assert "规章 |  | 7\n规范性文件 | 3 | \n表后文字\n" in document.text


def test_a_fields_instruction_is_dropped_and_its_result_kept() -> None:
    document = read_document("features.doc", (DOC / "features.doc").read_bytes())
    assert "详见政府网站。\n" in document.text
    assert "HYPERLINK" not in document.text and "example.gov.cn" not in document.text


def test_a_table_nested_in_a_cell_is_read_as_that_cells_text() -> None:
    document = read_document("features.doc", (DOC / "features.doc").read_bytes())
    assert "外层内一内二 | 外二\n结束\n" in document.text


def _fib_at(data: bytes) -> int:
    at = data.find(b"\xec\xa5")  # wIdent, the first bytes of the WordDocument stream
    assert at > 0
    return at


def test_an_encrypted_doc_is_refused_with_the_reason() -> None:
    data = bytearray((DOC / "features.doc").read_bytes())
    data[_fib_at(data) + 0x0B] |= 0x01  # fEncrypted
    with pytest.raises(ReadError, match="已加密"):
        read_document("r.doc", bytes(data))


def test_a_word_95_file_is_refused_with_what_to_do() -> None:
    data = bytearray((DOC / "features.doc").read_bytes())
    data[_fib_at(data) + 2:_fib_at(data) + 4] = (0x65).to_bytes(2, "little")  # nFib of Word 6/95
    with pytest.raises(ReadError, match="Word 6/95.*另存为 .docx"):
        read_document("r.doc", bytes(data))


def test_an_office_file_that_is_not_a_word_document_is_refused() -> None:
    data = (DOC / "features.doc").read_bytes().replace("WordDocument".encode("utf-16-le"),
                                                        "Workbook\0\0\0\0".encode("utf-16-le"))
    with pytest.raises(ReadError, match="不是 Word 文档"):
        read_document("r.doc", data)


@pytest.mark.parametrize("cut", [0.1, 0.3, 0.6, 0.9])
def test_a_truncated_doc_is_refused_as_damaged_or_read_as_far_as_it_goes(cut: float) -> None:
    data = (DOC / "synthetic_2021.doc").read_bytes()
    with pytest.raises(ReadError, match="不完整或已损坏|没有文字"):
        read_document("r.doc", data[: int(len(data) * cut)])


def test_old_excel_files_are_still_refused_as_not_a_report() -> None:
    with pytest.raises(ReadError, match="Excel"):
        read_document("table.xls", (DOC / "features.doc").read_bytes())


def test_a_doc_file_names_no_library_in_its_messages(tmp_path: Path) -> None:
    for data in (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, (DOC / "features.doc").read_bytes()[:700]):
        with pytest.raises(ReadError) as refused:
            read_document("r.doc", data)
        assert "olefile" not in str(refused.value) and "Error" not in str(refused.value)


def test_a_doc_of_absurdly_many_cells_is_refused_before_any_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.documents import doc_reader

    monkeypatch.setattr(doc_reader, "MAX_DOC_MARKS", 100)  # the fixture holds 387 marks
    with pytest.raises(ReadError, match="段落和单元格过多.*上限 100 个"):
        read_document("r.doc", (DOC / "synthetic_2021.doc").read_bytes())
