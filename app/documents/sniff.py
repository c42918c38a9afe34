"""Which reader a file needs, judged from its bytes; the file name's extension is only a hint.

Formats that are recognisable but not readable (old binary Excel, GIF, archives, RTF, MHT) are
refused here with a message that says what to do instead.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

from .model import ENCRYPTED, ReadError

Format = Literal["pdf", "zip", "ole", "image", "markup_or_text"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office files with an open password are OLE containers holding this stream, whatever the extension.
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"GIF8", "这是图片文件（GIF），不是报告正文：扫描页请保存为 PNG、JPEG 或 TIFF 后再导入"),
    (b"Rar!", "这是 RAR 压缩包：请先解压，再导入其中的报告文件"),
    (b"7z\xbc\xaf\x27\x1c", "这是 7z 压缩包：请先解压，再导入其中的报告文件"),
    (b"\x1f\x8b", "这是 gzip 压缩文件：请先解压，再导入其中的报告文件"),
    (b"{\\rtf", "这是 RTF 文档，暂不支持：请用 Word 或 WPS 另存为 .docx 后再导入"),
)
_SCANNED_PAGE = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")  # PNG, JPEG, TIFF
_MHT = re.compile(rb"^(?:[\w-]+:[^\n]*\n){0,20}?MIME-Version:", re.I)
_HTML_EXTENSIONS = {".htm", ".html", ".shtml", ".xhtml"}
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|table)\b", re.I)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.I)
_FORMAT_BY_EXTENSION = {".pdf": "PDF", ".docx": "Word（.docx）", ".doc": "Word"}


def extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def sniff_format(data: bytes, ext: str) -> Format:
    if _is_pdf(data):
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(_SCANNED_PAGE):
        return "image"  # a scanned page: read through OCR
    if data.startswith(_OLE):
        if _ENCRYPTED_OOXML in data:
            raise ReadError(ENCRYPTED)
        if ext in (".xls", ".et"):
            raise ReadError("这是旧版 Excel 表格（.xls），不是报告正文：请导入报告的 Word、PDF 或网页版本")
        return "ole"  # Word 97–2003 (.doc, and WPS files saved that way): doc_reader checks the rest
    for signature, message in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(message)
    if _MHT.match(data[:4096]) and b"multipart/related" in data[:8192].lower():
        raise ReadError("这是 MHT 网页归档文件，暂不支持：请在浏览器或 Word 中另存为 .html 或 .docx 后再导入")
    return "markup_or_text"


def _is_pdf(data: bytes) -> bool:
    if data.lstrip()[:5] == b"%PDF-":
        return True
    # pdfium, like Acrobat, accepts junk before the header (a web server's warning, say); a text
    # merely mentioning "%PDF-" near its top has no end-of-file marker.
    return b"%PDF-" in data[:1024] and b"%%EOF" in data[-1024:]


def looks_like_html(text: str, ext: str) -> bool:
    """Markup near the start; or an HTML extension and tags somewhere (a long preamble first)."""
    if _HTML_START.search(text, 0, 2048):
        return True
    return ext in _HTML_EXTENSIONS and _ANY_TAG.search(text, 0, 65536) is not None


def binary_message(ext: str) -> str:
    expected = _FORMAT_BY_EXTENSION.get(ext)
    if expected:
        return f"文件扩展名是 {ext}，但内容不是{expected}文件：文件可能已损坏或不完整"
    return "文件不是文本，也不是能识别的报告格式（支持 PDF、Word .docx/.doc、网页、文本文件和扫描图片）"
