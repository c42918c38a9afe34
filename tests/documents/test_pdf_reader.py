"""Text PDFs (built here with reportlab): reading order, word boxes, pages, refusals."""

from __future__ import annotations

import io

import pytest

from app.documents import ReadError, read_document

from .builders import CJK_FONT, grid_texts, pdf_bytes, ruled_table_pdf

PAGE_HEIGHT = 842
# Two pages of a table: (label, numbers) per row, drawn at fixed columns.
PAGES = [
    [("自然人", ["61", "3", "64"]), ("法人或其他组织", ["0", "12", "12"])],
    [("（七）总计", ["37", "1", "38"]), ("四、结转下年度继续办理", ["5", "0", "5"])],
]
LABEL_X, NUMBER_XS, FIRST_BASELINE, ROW_STEP = 72, (300, 360, 420), 760, 24


def _draw_table(rows):
    def draw(pdf) -> None:
        pdf.drawString(LABEL_X, 800, "三、收到和处理政府信息公开申请情况")
        for r, (label, numbers) in enumerate(rows):
            baseline = FIRST_BASELINE - r * ROW_STEP
            pdf.drawString(LABEL_X, baseline, label)
            for x, number in zip(NUMBER_XS, numbers, strict=True):
                pdf.drawString(x, baseline, number)
        pdf.drawCentredString(297, 40, "- 3 -")
    return draw


@pytest.fixture(scope="module")
def table_pdf():
    return read_document("report.pdf", pdf_bytes(*(_draw_table(rows) for rows in PAGES)))


def test_table_rows_read_top_to_bottom_with_tabs_between_cells_and_a_form_feed_between_pages(table_pdf) -> None:
    assert table_pdf.kind == "pdf"
    assert table_pdf.text == (
        "三、收到和处理政府信息公开申请情况\n自然人\t61\t3\t64\n法人或其他组织\t0\t12\t12\n- 3 -\n"
        "\f\n"
        "三、收到和处理政府信息公开申请情况\n（七）总计\t37\t1\t38\n四、结转下年度继续办理\t5\t0\t5\n- 3 -\n"
    )


def test_each_number_has_a_box_where_it_was_drawn(table_pdf) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    boxes = {(box.page, table_pdf.text[box.start:box.end], round(box.x0)): box for box in table_pdf.boxes}
    for page, rows in enumerate(PAGES):
        for r, (_, numbers) in enumerate(rows):
            baseline_from_top = PAGE_HEIGHT - (FIRST_BASELINE - r * ROW_STEP)
            for x, number in zip(NUMBER_XS, numbers, strict=True):
                box = boxes[(page, number, x)]
                assert box.x0 == pytest.approx(x, abs=2)
                assert box.x1 == pytest.approx(x + stringWidth(number, CJK_FONT, 12), abs=2)
                assert box.y0 < baseline_from_top < box.y1
                assert box.y1 - box.y0 == pytest.approx(12, abs=3)


def test_boxes_are_sorted_and_cover_the_text_of_their_word(table_pdf) -> None:
    starts = [box.start for box in table_pdf.boxes]
    assert starts == sorted(starts)
    words = [table_pdf.text[box.start:box.end] for box in table_pdf.boxes]
    assert words[:5] == ["三、收到和处理政府信息公开申请情况", "自然人", "61", "3", "64"]
    assert all(word and not any(ch.isspace() for ch in word) for word in words)


def test_page_sizes_are_in_points(table_pdf) -> None:
    assert table_pdf.page_sizes == [(595, 842), (595, 842)]


def test_a_number_inside_a_chinese_sentence_gets_its_own_box_and_no_added_spaces() -> None:
    document = read_document("r.pdf", pdf_bytes(lambda pdf: pdf.drawString(72, 700, "全年共办理60件申请")))
    assert document.text == "全年共办理60件申请\n"
    assert [document.text[b.start:b.end] for b in document.boxes] == ["全年共办理", "60", "件申请"]


def test_latin_words_are_separated_by_single_spaces() -> None:
    def draw(pdf) -> None:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 700, "Annual report 2023 of the office")

    assert read_document("r.pdf", pdf_bytes(draw)).text == "Annual report 2023 of the office\n"


def test_rotated_page_reads_upright_with_boxes_on_the_displayed_page() -> None:
    import pypdfium2 as pdfium

    # Landscape content on a portrait page turned by /Rotate 90, as landscape tables are printed:
    # text runs up the page in PDF space and reads left to right once the page is displayed.
    def draw(pdf) -> None:
        for displayed_x, text in ((100, "自然人"), (400, "61")):
            pdf.saveState()
            pdf.translate(72, displayed_x)
            pdf.rotate(90)
            pdf.drawString(0, 0, text)
            pdf.restoreState()

    pdf = pdfium.PdfDocument(pdf_bytes(draw))
    pdf[0].set_rotation(90)
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    document = read_document("r.pdf", buffer.getvalue())
    assert document.text == "自然人\t61\n"
    assert document.page_sizes == [(842, 595)]
    number = document.boxes[1]
    assert number.x0 == pytest.approx(400, abs=2)
    assert number.y0 < 72 < number.y1  # the baseline, 72 pt from the displayed top


def test_encrypted_pdf_is_refused() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = pdf_bytes(_draw_table(PAGES[0]), encrypt=StandardEncryption("secret", canPrint=0))
    with pytest.raises(ReadError, match="加密"):
        read_document("r.pdf", data)


def test_pdf_without_a_text_layer_is_refused_as_a_scan() -> None:
    data = pdf_bytes(lambda pdf: pdf.rect(72, 72, 400, 600, fill=1))
    with pytest.raises(ReadError, match="扫描件.*文字识别"):
        read_document("scan.pdf", data)


def test_page_without_text_among_text_pages_is_noted() -> None:
    document = read_document("r.pdf", pdf_bytes(_draw_table(PAGES[0]), lambda pdf: pdf.rect(72, 72, 40, 60)))
    assert document.text.endswith("\f\n")
    assert any("第 2 页" in note for note in document.notes)


def test_truncated_pdf_is_refused() -> None:
    data = pdf_bytes(*(_draw_table(rows) for rows in PAGES))
    with pytest.raises(ReadError, match="不完整"):
        read_document("r.pdf", data[: len(data) * 2 // 3])


def test_corrupt_pdf_is_refused_as_damaged() -> None:
    with pytest.raises(ReadError, match="损坏"):
        read_document("r.pdf", b"%PDF-1.7\n" + b"garbage " * 200 + b"\n%%EOF\n")


REQUESTS = [
    ["项目", "", "自然人", "商业企业", "总计"],
    ["三、本年度办理结果", "（一）予以公开", "１９７６", "", "１９７６"],
    ["", "（二）部分公开", "3", "1", "4"],
]
MERGED = [((0, 0), (1, 0)), ((0, 1), (0, 2))]  # 项目 over two columns; 三、… down two rows


def test_ruled_table_becomes_a_grid_with_merged_cells_and_a_line_per_row() -> None:
    document = read_document("r.pdf", ruled_table_pdf(REQUESTS, MERGED, col_widths=[70, 80, 40, 50, 40]))
    assert grid_texts(document) == [
        [("项目", False), ("项目", True), ("自然人", False), ("商业企业", False), ("总计", False)],
        [("三、本年度办理结果", False), ("（一）予以公开", False), ("１９７６", False), ("", False), ("１９７６", False)],
        [("三、本年度办理结果", True), ("（二）部分公开", False), ("3", False), ("1", False), ("4", False)],
    ]
    assert document.text == ("项目\t自然人\t商业企业\t总计\n"
                             "三、本年度办理结果\t（一）予以公开\t１９７６\t\t１９７６\n"
                             "（二）部分公开\t3\t1\t4\n")
    boxed = [document.text[b.start:b.end] for b in document.boxes]
    assert boxed == [t for row in REQUESTS for t in row if t]  # one box per non-empty cell, in text order
    assert [b.start for b in document.boxes] == sorted(b.start for b in document.boxes)


def test_number_wrapped_inside_a_narrow_cell_reads_as_one_number_with_one_box() -> None:
    rows = [["申请数量", "总计"], ["一、本年新收", "３８００２"]]
    document = read_document("r.pdf", ruled_table_pdf(rows, col_widths=[80, 30], font_size=8))
    number = grid_texts(document)[1][1]
    assert number == ("３８００２", False)
    (box,) = [b for b in document.boxes if document.text[b.start:b.end] == "３８００２"]
    assert box.y1 - box.y0 > 15  # the box covers both printed lines of the cell


def test_label_wrapped_inside_its_cell_is_one_cell_text() -> None:
    rows = [["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "5"], ["（三）不予公开", "0"]]
    document = read_document("r.pdf", ruled_table_pdf(rows, col_widths=[90, 40]))
    assert document.text.splitlines()[0] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5"


def test_text_around_a_ruled_table_keeps_its_place() -> None:
    document = read_document("r.pdf", ruled_table_pdf([["a", "1"], ["b", "2"]], heading="三、收到和处理情况"))
    assert document.text == "三、收到和处理情况\na\t1\nb\t2\n"


def test_pages_beyond_the_page_limit_are_left_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.documents import pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 2)
    pages = [lambda pdf, n=n: pdf.drawString(72, 700, f"第{n}页") for n in (1, 2, 3)]
    document = read_document("r.pdf", pdf_bytes(*pages))
    assert document.text == "第1页\n\f\n第2页\n"
    assert any("共 3 页" in note for note in document.notes)


def test_the_test_pdfs_embed_their_font_so_glyph_widths_never_depend_on_the_machine() -> None:
    data = pdf_bytes(lambda pdf: pdf.drawString(72, 700, "自然人 61"))
    assert b"/FontFile2" in data  # a TrueType font program inside the PDF, not just its name
