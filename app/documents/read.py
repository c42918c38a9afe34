"""read_document: the one entry point from file bytes to a Document."""

from __future__ import annotations

import logging
from pathlib import Path

from .decode import decode_bytes, looks_binary
from .limits import MAX_FILE_BYTES, MAX_TEXT_BYTES, MAX_TEXT_CHARS, MB
from .model import Document, ReadError
from .sniff import binary_message, extension, looks_like_html, sniff_format

_log = logging.getLogger(__name__)
# The start of the message for a failure no reader foresaw (tests look for it to find such bugs).
UNFORESEEN_FAILURE = "文件无法读取，可能已损坏"


def read_document(name: str, data: bytes, *, ocr: bool = True) -> Document:
    """Reads a report file; every failure is a ReadError with a Chinese message (the caller adds
    the file name). `name` only hints: the bytes decide the format. Without `ocr`, scanned pages
    are not recognised (seconds per page), only measured: enough to show them as published."""
    try:
        document = _read(name, data, ocr)
    except ReadError:
        raise
    except RecursionError as error:
        raise ReadError("文件结构嵌套过深，无法读取") from error
    except MemoryError as error:
        raise ReadError("文件内容过于庞大，内存不足，无法读取") from error
    except Exception as error:
        # A parser failing on input nobody foresaw must still give the reviewer a message, not a
        # traceback; the details go to the log for whoever fixes the reader.
        _log.warning("unexpected error reading %s", name, exc_info=True)
        # (Never the library's class or message: PdfiumError means nothing to a reviewer.)
        raise ReadError(f"{UNFORESEEN_FAILURE}，或其格式超出本程序能读取的范围") from error
    if len(document.text) > MAX_TEXT_CHARS:
        raise ReadError(f"文件中的文字过多（{len(document.text) / 10_000:,.0f} 万字，上限 {MAX_TEXT_CHARS // 10_000:,} 万字），"
                        "不像一份年报，未读取")
    return document


def read_file_bytes(path: Path) -> bytes:
    """A report file's bytes; an oversized file is refused from its size, before it is read."""
    try:
        size = path.stat().st_size
        _check_size(size)
        return path.read_bytes()
    except OSError as e:
        raise ReadError(f"无法读取文件：{e.strerror or e}") from e


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ReadError(f"文件过大（{size / MB:.1f} MB），超过 {MAX_FILE_BYTES // MB} MB 的上限")


def _read(name: str, data: bytes, ocr: bool) -> Document:
    if not data:
        raise ReadError("文件为空")
    _check_size(len(data))
    ext = extension(name)
    fmt = sniff_format(data, ext)
    if fmt == "pdf":
        from .pdf_reader import read_pdf

        return read_pdf(data, ocr=ocr)
    if fmt == "image":
        from .scan_reader import read_image

        return read_image(data, ocr=ocr)
    if fmt == "zip":
        from .docx_reader import read_docx

        return read_docx(data)
    if fmt == "ole":
        from .doc_reader import read_doc

        return read_doc(data)
    if looks_binary(data):
        raise ReadError(binary_message(ext))
    if len(data) > MAX_TEXT_BYTES:
        raise ReadError(f"文本或网页文件过大（{len(data) / MB:.1f} MB），超过 {MAX_TEXT_BYTES // MB} MB 的上限")
    decoded = decode_bytes(data)
    if looks_like_html(decoded.text, ext):
        from .html_reader import read_html

        return read_html(data, decoded)
    from .text_reader import read_text

    return read_text(data, decoded)
