"""A folder holding only page images is one scanned report; any other folder is walked as before."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.documents.scan_reader import folder_as_pdf, page_files
from app.review.files import walk

Image = pytest.importorskip("PIL.Image")


def page_image(path: Path, shade: int, dpi: int = 200) -> None:
    image = Image.new("L", (170, 240), shade)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG" if path.suffix == ".png" else "JPEG", dpi=(dpi, dpi))
    path.write_bytes(buffer.getvalue())


def test_a_folder_of_page_images_is_one_report(tmp_path: Path):
    scans = tmp_path / "县交通局2023年报-扫描"
    scans.mkdir()
    for i, suffix in enumerate([".png", ".jpg", ".PNG"]):
        page_image(scans / f"page{i + 1}{suffix}", 200 + i)
    (scans / ".DS_Store").write_bytes(b"junk")  # hidden: ignored
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4")
    assert list(walk([tmp_path])) == [(tmp_path / "other.pdf", None), (scans, None)]


def test_a_folder_with_anything_but_page_images_is_walked_file_by_file(tmp_path: Path):
    page_image(tmp_path / "page1.png", 200)
    (tmp_path / "notes.txt").write_text("附件说明", encoding="utf-8")
    assert [p.name for p, _ in walk([tmp_path])] == ["notes.txt", "page1.png"]
    single = tmp_path / "one"
    single.mkdir()
    page_image(single / "cover.png", 200)  # one image alone is a file, not a report of pages
    assert [p for p, _ in walk([single])] == [single / "cover.png"]


def test_the_pages_become_one_pdf_in_name_order_the_same_bytes_every_time(tmp_path: Path):
    import pypdfium2 as pdfium

    page_image(tmp_path / "p2.png", 100, dpi=300)  # a page scanned at another resolution keeps its size
    page_image(tmp_path / "p1.png", 200)
    data = folder_as_pdf(page_files(tmp_path))
    assert data == folder_as_pdf(page_files(tmp_path))  # importing the folder again finds it stored
    pdf = pdfium.PdfDocument(data)
    assert [tuple(round(v) for v in pdf[i].get_size()) for i in range(len(pdf))] == [(61, 86), (41, 58)]
    assert pdf[0].render(scale=1).to_pil().convert("L").getpixel((30, 40)) == pytest.approx(200, abs=3)
