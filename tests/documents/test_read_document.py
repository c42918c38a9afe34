"""read_document: the format is sniffed from the bytes, and every bad file is a Chinese ReadError."""

from __future__ import annotations

import io
import random
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents import Document, ReadError, read_document
from app.documents.limits import MAX_FILE_BYTES
from app.documents.read import UNFORESEEN_FAILURE
from tests.fuzzing import examples

from .builders import docx_bytes, pdf_bytes

CHINESE = re.compile("[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def word_file() -> bytes:
    return docx_bytes(lambda document: document.add_paragraph("一、总体情况"))


@pytest.fixture(scope="module")
def pdf_file() -> bytes:
    return pdf_bytes(lambda pdf: pdf.drawString(72, 700, "一、总体情况"))


def test_each_format_is_recognised_by_its_bytes_not_its_extension(word_file: bytes, pdf_file: bytes) -> None:
    assert read_document("report.txt", word_file).kind == "docx"
    assert read_document("report.docx", pdf_file).kind == "pdf"
    assert read_document("report.pdf", "<!DOCTYPE html><p>正文</p>".encode()).kind == "html"
    assert read_document("report.html", "正文：a < b".encode()).kind == "text"


def test_html_extension_helps_when_markup_starts_late() -> None:
    page = ("说明文字" * 1000 + "<p>正文</p>").encode()
    assert read_document("page.htm", page).kind == "html"
    assert read_document("page.txt", page).kind == "text"


def _ole(payload: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + payload


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


# case: (bytes from the good Word and PDF files, file name, expected message)
BAD_FILES = {
    "empty": (lambda w, p: b"", "r.txt", "文件为空"),
    "only whitespace": (lambda w, p: b" \r\n\t ", "r.txt", "文件为空"),
    "random binary": (lambda w, p: random.Random(1).randbytes(4096), "r.dat", "不是文本"),
    "binary named .pdf": (lambda w, p: random.Random(2).randbytes(4096), "r.pdf", r"扩展名是 \.pdf"),
    "damaged old Word .doc": (lambda w, p: _ole(), "r.doc", r"Word 文档（\.doc）不完整或已损坏"),
    "password-protected Word": (lambda w, p: _ole("EncryptedPackage".encode("utf-16-le")), "r.docx", "加密"),
    "PNG image": (lambda w, p: b"\x89PNG\r\n\x1a\n" + bytes(100), "r.png", "图片"),
    "RAR archive": (lambda w, p: b"Rar!\x1a\x07\x00" + bytes(100), "r.rar", "解压"),
    "RTF": (lambda w, p: b"{\\rtf1\\ansi report}", "r.doc", "RTF"),
    "MHT web archive": (lambda w, p: b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x",
                        "r.doc", "MHT"),
    "truncated docx": (lambda w, p: _truncated(w), "r.docx", "损坏"),
    "truncated PDF": (lambda w, p: _truncated(p), "r.pdf", "不完整"),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_bad_file_gives_a_chinese_read_error(case: str, word_file: bytes, pdf_file: bytes) -> None:
    make, name, message = BAD_FILES[case]
    with pytest.raises(ReadError, match=message) as raised:
        read_document(name, make(word_file, pdf_file))
    assert CHINESE.search(str(raised.value))
    assert "r." not in str(raised.value)  # the caller adds the file name


def test_file_over_the_size_limit_is_refused_with_its_size() -> None:
    with pytest.raises(ReadError, match=r"文件过大（50\.0 MB）"):
        read_document("big.txt", b"a" * (MAX_FILE_BYTES + 1))


def test_unexpected_library_failure_becomes_a_read_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.documents import html_reader

    class PdfiumError(Exception):
        pass

    def broken(data: bytes, *_: object) -> Document:
        raise PdfiumError("Failed to load page (PDFium: Data format error)")

    monkeypatch.setattr(html_reader, "read_html", broken)
    with pytest.raises(ReadError, match=UNFORESEEN_FAILURE) as raised:
        read_document("r.html", b"<html><p>x</p></html>")
    assert isinstance(raised.value.__cause__, PdfiumError)
    assert not re.search("[A-Za-z]", str(raised.value)), "no library class name or message for a reviewer"


def _docx_shell(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><table><tr><td rowspan=", b"<p>", b"\xef\xbb\xbf",
            b"\xff\xfe"]
SUFFIXES = [b"", b"\n%%EOF\n"]  # the PDF end marker lets broken PDFs through to pdfium


def assert_foreseen(error: ReadError) -> None:
    """A Chinese message from a reader that expected this failure, not the catch-all."""
    assert CHINESE.search(str(error))
    assert not str(error).startswith(UNFORESEEN_FAILURE), repr(error.__cause__)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES),
       name=st.sampled_from(["a.txt", "a.docx"]))
def test_any_bytes_give_a_document_or_a_foreseen_read_error(prefix: bytes, body: bytes, suffix: bytes,
                                                           name: str) -> None:
    try:
        document = read_document(name, prefix + body + suffix)
    except ReadError as error:
        assert_foreseen(error)
    else:
        assert document.text.strip()


@settings(max_examples=examples(100), deadline=None)
@given(st.binary(max_size=400))
def test_any_document_xml_gives_a_document_or_a_foreseen_read_error(xml: bytes) -> None:
    header = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    try:
        read_document("a.docx", _docx_shell(header + xml))
    except ReadError as error:
        assert_foreseen(error)


def test_pdf_after_leading_junk_is_still_a_pdf_but_text_mentioning_pdf_is_text(pdf_file: bytes) -> None:
    assert read_document("r.pdf", b"Warning: header sent\n" + pdf_file).kind == "pdf"
    assert read_document("r.txt", "文件格式说明：%PDF-1.7 开头的是 PDF\n".encode()).kind == "text"
