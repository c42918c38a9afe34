"""Scans: image-only PDF pages and image files read through OCR, like the text PDF they were made from.

OCR costs seconds per page on a shared CI core: this set reads a handful of pages; the synthetic
corpus at several resolutions and flaws is measured by tools/bench_ocr.py.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from app.documents import ReadError, read_document
from app.documents.scan_reader import OcrBudget
from app.extract import Extraction, extract_bytes
from tests.locate.test_structured_sources import WANT, national_pdf
from tools.synth.scan import ScanFlaws, image_pdf, scanned_pages, scanned_pdf

pytest.importorskip("rapidocr")


@pytest.fixture(scope="module")
def text_pdf() -> bytes:
    return national_pdf()


@pytest.fixture(scope="module")
def office_scan(text_pdf: bytes) -> bytes:
    """The tables scanned askew at 200 dpi and saved as JPEG, as an office scanner sends them."""
    return scanned_pdf(text_pdf, ScanFlaws(dpi=200, skew=0.6, jpeg_quality=70))


@pytest.fixture(scope="module")
def scan_result(office_scan: bytes) -> Extraction:
    return extract_bytes("scan.pdf", office_scan)


def test_a_scanned_pdf_gives_every_cell_of_its_text_pdf(scan_result: Extraction) -> None:
    result = scan_result
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}
    assert any("文字识别" in note for note in result.document.notes)


def test_a_page_photographed_under_a_lamp_gives_every_cell(text_pdf: bytes) -> None:
    # The far corner's paper darker than ink elsewhere, with grain: evened out, then whitened.
    photo = scanned_pdf(text_pdf, ScanFlaws(dpi=200, skew=0.5, shade=0.55, grain=10, jpeg_quality=70))
    result = extract_bytes("photo.pdf", photo)
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}


def test_scanned_numbers_carry_confidence_and_a_box_where_they_are_printed(text_pdf: bytes,
                                                                         scan_result: Extraction) -> None:
    printed = extract_bytes("report.pdf", text_pdf).provenance
    scanned = scan_result.provenance
    key = "active.licensing.decisions"  # far right on the page: a skew moves it most
    assert printed[key].confidence is None and 0.5 < scanned[key].confidence <= 1.0
    assert scanned[key].page == printed[key].page
    # The box is on the page as scanned (turned 0.6°), not on the straightened page OCR read.
    (x0, y0, x1, y1), (a0, b0, a1, b1) = printed[key].box, scanned[key].box
    turned_y = (y0 + y1) / 2 - 0.6 * 3.1416 / 180 * ((x0 + x1) / 2 - 595 / 2)
    assert abs((b0 + b1) / 2 - turned_y) < 3 and abs((a0 + a1) / 2 - (x0 + x1) / 2) < 4


def test_a_page_fed_upside_down_is_read_turned_and_its_boxes_point_at_the_page_as_scanned(text_pdf: bytes) -> None:
    pages = scanned_pages(text_pdf, ScanFlaws(dpi=200, skew=0.4, jpeg_quality=70))
    printed = extract_bytes("report.pdf", text_pdf).provenance
    key = "active.licensing.decisions"
    turned = printed[key].page
    pages[turned] = pages[turned].rotate(180)
    result = extract_bytes("scan.pdf", image_pdf(pages, 200))
    assert {k: v for k, v in result.record.fields.items() if v != WANT[k]} == {}
    # On the page as scanned (upside down) the number stands where the half turn puts it.
    (x0, y0, x1, y1), (a0, b0, a1, b1) = printed[key].box, result.provenance[key].box
    width, height = pages[turned].size[0] * 72 / 200, pages[turned].size[1] * 72 / 200
    assert abs((a0 + a1) / 2 - (width - (x0 + x1) / 2)) < 6 and abs((b0 + b1) / 2 - (height - (y0 + y1) / 2)) < 6


def test_only_pages_without_a_text_layer_go_through_ocr(text_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    from app.documents import scan_reader
    from app.documents.limits import OCR_PAGE_SECONDS

    asked: list[float] = []  # the OCR time each read asks the runner for (a worker's listener)
    monkeypatch.setattr(scan_reader, "_listener", asked.append)
    read_document("report.pdf", text_pdf)
    assert asked == [], "a PDF with a text layer on every page gets no OCR time"

    combined = pdfium.PdfDocument.new()
    combined.import_pages(pdfium.PdfDocument(text_pdf))  # page 1: text layer
    combined.import_pages(pdfium.PdfDocument(image_pdf(scanned_pages(text_pdf, ScanFlaws())[:1], 200)))
    buffer = io.BytesIO()
    combined.save(buffer)
    document = read_document("mixed.pdf", buffer.getvalue())
    scanned = len(pdfium.PdfDocument(text_pdf))  # 0-based: the last page
    assert [n for n in document.notes if "文字识别" in n] == [
        f"第 {scanned + 1} 页没有可用的文字层（扫描页或乱码），已用文字识别（OCR）读取，数字请对照原页核对"]
    pages = document.text.split("\f\n")
    # The scanned copy of page 1 gives page 1's numbers, in the same order.
    assert re.findall(r"\d+", pages[scanned]) == re.findall(r"\d+", pages[0])
    assert all(b.confidence is None for b in document.boxes if b.page < scanned)
    assert all(b.confidence is not None for b in document.boxes if b.page == scanned)
    assert asked == [OCR_PAGE_SECONDS], "one page's OCR time, for the one scanned page"


def test_an_image_file_is_read_as_one_scanned_page() -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(_font_file(), 28)
    image = Image.new("L", (900, 60), 255)
    draw = ImageDraw.Draw(image)
    draw.text((10, 10), "申请人数", font=font, fill=0)
    for x, number in ((220, "147"), (330, "1"), (400, "148")):
        draw.text((x, 10), number, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(200, 200))
    document = read_document("page.png", buffer.getvalue())
    assert document.kind == "image"
    assert document.page_sizes == [pytest.approx((900 * 72 / 200, 60 * 72 / 200), rel=1e-3)]
    # Neighbouring cells stay apart: numbers are placed by their own boxes, never merged.
    assert document.text.split() == ["申请人数", "147", "1", "148"]


def test_a_file_needing_ocr_of_too_many_pages_is_refused() -> None:
    with pytest.raises(ReadError, match="61 页.*60 页"):
        OcrBudget(61)


def test_ocr_that_runs_past_its_time_limit_stops_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.documents import scan_reader

    monkeypatch.setattr(scan_reader, "ocr_seconds", lambda pages: -1)
    with pytest.raises(ReadError, match="第 3 页"):
        scan_reader.OcrBudget(5).check(2)


def test_a_damaged_image_file_is_refused_with_a_message() -> None:
    with pytest.raises(ReadError, match="图片文件无法读取"):
        read_document("page.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)


def _font_file() -> str:
    path = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not path.exists():
        pytest.skip("需要 fonts-wqy-microhei 字体")
    return str(path)


def _tiff_with_tag(tag: int, *, renamed: int | None = None, count: int | None = None) -> bytes:
    """A small TIFF page whose IFD entry `tag` is given another number or an impossible count."""
    import struct

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (60, 40), 255).save(buffer, "TIFF", dpi=(200, 200))
    data = bytearray(buffer.getvalue())
    assert data[:4] == b"II*\x00"
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        if struct.unpack_from("<H", data, entry)[0] == tag:
            if renamed is not None:
                struct.pack_into("<H", data, entry, renamed)
            if count is not None:
                struct.pack_into("<I", data, entry + 4, count)
            return bytes(data)
    raise AssertionError(f"no tag {tag}")


def test_a_tiff_missing_its_width_is_refused_with_a_message_not_an_internal_error() -> None:
    damaged = _tiff_with_tag(256, renamed=0x9999)  # ImageWidth gone: Pillow fails with a TypeError
    with pytest.raises(ReadError, match="^图片文件无法读取，可能已损坏"):
        read_document("page.tif", damaged, ocr=False)


def test_pillow_warnings_about_damaged_metadata_do_not_reach_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    page = tmp_path / "page.tif"
    page.write_bytes(_tiff_with_tag(282, count=10**6))  # XResolution's data past the end of the file
    script = ("import sys, pathlib; from app.documents import read_document; "
              "d = read_document('page.tif', pathlib.Path(sys.argv[1]).read_bytes(), ocr=False); print(d.kind)")
    done = subprocess.run([sys.executable, "-W", "default", "-c", script, str(page)], capture_output=True,
                          text=True, timeout=60, cwd=str(Path(__file__).parents[2]))
    assert done.stdout.strip() == "image"
    assert done.stderr == ""
