"""Each reader's bounds: what it does at and beyond them (the memory and time they keep are
measured in tests/robustness/test_robust_bounds.py)."""

from __future__ import annotations

import time

import pytest

from app.documents import ReadError, read_document
from app.documents.limits import MAX_DOCX_TAGS, MAX_HTML_TAGS, MAX_PDF_PAGE_CHARS, MAX_TEXT_BYTES
from tools.hostile_inputs import damage_page, docx, raw_pdf

PAGE = b"BT /F1 12 Tf 72 800 Td (Page %d 2023) Tj ET\n"


def test_a_damaged_pdf_page_is_flagged_by_number_and_the_other_pages_are_read() -> None:
    data = damage_page(raw_pdf([PAGE % 1, PAGE % 2, PAGE % 3]), 2)
    document = read_document("r.pdf", data)
    assert "Page 1 2023" in document.text and "Page 3 2023" in document.text
    assert "【第 2 页已损坏，未能读取】" in document.text  # seen in the source view, where page 2 would be
    assert document.notes == ["PDF 第 2 页已损坏，未能读取；其余各页已读取"]
    assert len(document.page_sizes) == 3 and {b.page for b in document.boxes} == {0, 2}


def test_a_pdf_whose_every_page_is_damaged_is_refused_in_chinese_without_library_names() -> None:
    data = damage_page(damage_page(raw_pdf([PAGE % 1, PAGE % 2]), 1), 2)
    with pytest.raises(ReadError, match="第 1–2 页已损坏") as raised:
        read_document("r.pdf", data)
    assert "Pdfium" not in str(raised.value) and "Error" not in str(raised.value)


def test_a_pdf_page_with_more_characters_than_a_page_holds_is_skipped_with_a_note() -> None:
    crowded = b"BT /F1 1 Tf 0 800 Td " + b"(0123456789) Tj " * (MAX_PDF_PAGE_CHARS // 10 + 1) + b"ET\n"
    document = read_document("r.pdf", raw_pdf([PAGE % 1, crowded]))
    assert "Page 1 2023" in document.text and "【第 2 页内容过多，未读取】" in document.text
    assert any("第 2 页内容过多" in note for note in document.notes)


def test_a_drawing_of_three_million_segments_is_not_read_as_rulings_and_costs_little() -> None:
    drawing = b"0 0 m " + b"10 10 l 20 10 l " * 1_500_000 + b"S\n"
    started = time.perf_counter()
    document = read_document("r.pdf", raw_pdf([PAGE % 1 + drawing]))
    assert time.perf_counter() - started < 10  # was 22 s and 1.4 GB
    assert "Page 1 2023" in document.text and document.grids == []


def test_twenty_thousand_sibling_tables_are_read_in_linear_time() -> None:
    page = ("<html><body>" + "<table><tr><td>1</td><td>公开</td></tr></table>" * 20_000).encode()
    started = time.perf_counter()
    document = read_document("r.html", page)
    assert time.perf_counter() - started < 5  # was 15-17 s (quadratic)
    assert len(document.grids) == 20_000
    assert document.text.count("1 | 公开\n") == 20_000


def test_a_page_of_more_tags_than_a_report_has_is_refused_before_parsing() -> None:
    page = ("<html><body><table>" + "<td>1" * (MAX_HTML_TAGS + 1)).encode()
    with pytest.raises(ReadError, match="网页标记过多"):
        read_document("r.html", page)


def test_a_word_document_of_more_tags_than_a_report_has_is_refused() -> None:
    body = "<w:p><w:r><w:t>1</w:t></w:r></w:p>" * (MAX_DOCX_TAGS // 6 + 1)
    with pytest.raises(ReadError, match="Word 文档标记过多"):
        read_document("r.docx", docx(body))


@pytest.mark.parametrize("name", ["r.txt", "r.html"])
def test_text_and_pages_over_the_text_limit_are_refused_naming_the_limit(name: str) -> None:
    data = b"<p>" + b"x" * MAX_TEXT_BYTES
    with pytest.raises(ReadError, match=f"超过 {MAX_TEXT_BYTES // 2**20} MB"):
        read_document(name, data)
