"""Word .docx: body order, merged cells, nested tables, and files that must not be opened."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from app.documents import ReadError, read_document
from app.documents.limits import MAX_UNZIPPED_BYTES

from .builders import docx_bytes, grid_texts


def test_paragraphs_and_tables_come_in_body_order() -> None:
    def build(document) -> None:
        document.add_paragraph("二、主动公开政府信息情况")
        table = document.add_table(rows=2, cols=2)
        for (r, c), text in {(0, 0): "信息内容", (0, 1): "本年制发件数", (1, 0): "规章", (1, 1): "3"}.items():
            table.cell(r, c).text = text
        document.add_paragraph("三、收到和处理政府信息公开申请情况")

    document = read_document("r.docx", docx_bytes(build))
    assert document.kind == "docx"
    assert document.text == "二、主动公开政府信息情况\n信息内容 | 本年制发件数\n规章 | 3\n三、收到和处理政府信息公开申请情况\n"
    assert grid_texts(document) == [[("信息内容", False), ("本年制发件数", False)], [("规章", False), ("3", False)]]


def test_tabs_and_line_breaks_inside_a_paragraph_are_kept() -> None:
    def build(document) -> None:
        paragraph = document.add_paragraph("自然人\t61")
        paragraph.add_run().add_break()
        paragraph.add_run("法人\t3")

    assert read_document("r.docx", docx_bytes(build)).text == "自然人\t61\n法人\t3\n"


def test_grid_span_and_vertical_merge_expand_with_copies() -> None:
    def build(document) -> None:
        table = document.add_table(rows=3, cols=3)
        table.cell(0, 0).merge(table.cell(1, 0)).text = "三、本年度办理结果"  # vMerge restart/continue
        table.cell(0, 1).merge(table.cell(0, 2)).text = "申请人情况"  # gridSpan 2
        for (r, c), text in {(1, 1): "自然人", (1, 2): "总计", (2, 0): "（一）予以公开", (2, 1): "5",
                             (2, 2): ""}.items():
            table.cell(r, c).text = text

    document = read_document("r.docx", docx_bytes(build))
    assert grid_texts(document) == [
        [("三、本年度办理结果", False), ("申请人情况", False), ("申请人情况", True)],
        [("三、本年度办理结果", True), ("自然人", False), ("总计", False)],
        [("（一）予以公开", False), ("5", False), ("", False)],
    ]
    assert document.text.splitlines()[:2] == ["三、本年度办理结果 | 申请人情况", "自然人 | 总计"]


def test_cell_paragraphs_join_into_one_line() -> None:
    def build(document) -> None:
        cell = document.add_table(rows=1, cols=2).cell(0, 0)
        cell.text = "自"
        cell.add_paragraph("然人")
        document.tables[0].cell(0, 1).text = "12\t34"

    assert grid_texts(read_document("r.docx", docx_bytes(build))) == [[("自然人", False), ("12 34", False)]]


def test_nested_table_becomes_the_grid_and_the_outer_cells_become_lines() -> None:
    def build(document) -> None:
        outer = document.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "附表"
        inner = outer.cell(0, 1).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = "自然人"
        inner.cell(0, 1).text = "6"

    document = read_document("r.docx", docx_bytes(build))
    assert grid_texts(document) == [[("自然人", False), ("6", False)]]
    assert document.text.split("\n")[0] == "附表"
    assert "自然人 | 6\n" in document.text


def _zip_with_zeros(member: str, megabytes: int) -> bytes:
    """A zip whose member inflates to `megabytes` of zeros (deflate makes that ~1000x smaller)."""
    buffer = io.BytesIO()
    block = bytes(1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(member, "w", force_zip64=True) as out:
            for _ in range(megabytes):
                out.write(block)
    return buffer.getvalue()


def test_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated() -> None:
    bomb = _zip_with_zeros("word/document.xml", 100)
    assert len(bomb) < 1024 * 1024
    start = time.perf_counter()
    with pytest.raises(ReadError, match="压缩炸弹"):
        read_document("bomb.docx", bomb)
    assert time.perf_counter() - start < 0.1


def test_member_with_an_absurd_compression_ratio_is_refused_even_below_the_size_cap() -> None:
    megabytes = 20
    assert megabytes * 1024 * 1024 < MAX_UNZIPPED_BYTES
    with pytest.raises(ReadError, match="压缩比"):
        read_document("ratio.docx", _zip_with_zeros("word/document.xml", megabytes))


def test_truncated_docx_is_refused_as_damaged() -> None:
    data = docx_bytes(lambda document: document.add_paragraph("正文"))
    with pytest.raises(ReadError, match="损坏"):
        read_document("r.docx", data[: len(data) // 2])


def test_a_directory_entry_claiming_an_unknown_zip_version_is_refused_as_damaged() -> None:
    data = bytearray(docx_bytes(lambda document: document.add_paragraph("正文")))
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6:entry + 8] = (71).to_bytes(2, "little")  # "version needed to extract": 7.1
    with pytest.raises(ReadError, match="^Word 文档不完整或已损坏") as refused:
        read_document("r.docx", bytes(data))
    assert isinstance(refused.value.__cause__, NotImplementedError)  # zipfile's own refusal, foreseen


def test_broken_document_xml_is_refused_as_damaged() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p>")
    with pytest.raises(ReadError, match="损坏"):
        read_document("r.docx", buffer.getvalue())


@pytest.mark.parametrize(
    ("member", "message"),
    [("xl/workbook.xml", "Excel"), ("OFD.xml", "OFD"), ("报告.txt", "解压")],
)
def test_other_zip_files_are_refused_with_what_they_are(member: str, message: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "x")
    with pytest.raises(ReadError, match=message):
        read_document("r.docx", buffer.getvalue())


def test_document_with_only_empty_paragraphs_is_refused() -> None:
    with pytest.raises(ReadError, match="没有文字"):
        read_document("r.docx", docx_bytes(lambda document: document.add_paragraph("")))
