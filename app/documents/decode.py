"""Bytes of a text or HTML report → str, with the encoding that was used.

Try order: byte-order mark → declared HTML charset → UTF-8 (strict) → GB18030 (strict) → the
likelier of the two with undecodable bytes replaced, and a note. UTF-8 is tried before a declared
legacy charset because valid UTF-8 with non-ASCII bytes is practically never GBK text, while pages
re-saved as UTF-8 often keep a stale `<meta charset=gb2312>`. Line endings become "\n"; nothing
else is changed (full-width forms stay: the locator keeps offsets into this exact text).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .model import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Every GB charset label is decoded as GB18030, the superset that also covers GBK's extensions.
_GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312", "gb_2312-80", "csgb2312",
              "chinese", "iso-ir-58", "csiso58gb231280", "windows-936", "ms936"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b")
_BINARY_SAMPLE = 64 * 1024
_MAX_REPLACED_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""  # set when bytes had to be replaced or a declared charset was overridden


def looks_binary(data: bytes) -> bool:
    """Control bytes (NUL and friends) that no text file holds in any number."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # UTF-16 is full of NULs by design
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(4, len(sample) // 100)


def declared_charset(data: bytes) -> str | None:
    """The charset a `<meta charset>` or http-equiv Content-Type names near the top of a page."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _GB_LABELS:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page whose bytes we are reading as ASCII-compatible cannot really be UTF-16/32.
    return None if name.startswith(("utf-16", "utf-32")) else name


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decodes report bytes; raises ReadError when the result would be mostly replacement chars."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _finish(_strict_or_replaced(data[len(bom):], codec, label))
    for codec in _candidates(declared):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return _finish(Decoded(text, codec, _declaration_note(data, declared, codec)))
    return _finish(_least_replaced(data))


def decode_declared(data: bytes, declared: str | None, undeclared: Decoded) -> Decoded:
    """decode_bytes(data, declared), given undeclared = decode_bytes(data): read_document decodes
    every page once to tell HTML from text, and decoding is a good part of reading a page.

    A declared charset only adds itself to the codecs tried, after UTF-8 and before GB18030; so
    the text is the same unless the declared charset would be tried before the one that decoded
    it, and only the note about a declaration the bytes do not follow can differ.
    """
    if data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        return undeclared  # a byte-order mark outranks any declaration
    decoded_strictly = not undeclared.note  # without a declaration, only replaced bytes are noted
    tried_earlier = declared not in (None, "utf-8", "gb18030")  # before GB18030, the fallback
    if tried_earlier and not (decoded_strictly and undeclared.encoding == "utf-8"):
        return decode_bytes(data, declared)
    note = _declaration_note(data, declared, undeclared.encoding) if decoded_strictly else ""
    return Decoded(undeclared.text, undeclared.encoding, note) if note else undeclared


def normalise_newlines(text: str) -> str:
    if "\r" not in text:  # (a search is much cheaper than a replace on CJK text)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _declaration_note(data: bytes, declared: str | None, codec: str) -> str:
    if declared and codec != declared and not data.isascii():
        return f"网页声明的编码 {declared} 与内容不符，已按 {codec} 读取"
    return ""


def _candidates(declared: str | None) -> list[str]:
    order = ["utf-8"]
    if declared and declared != "utf-8":
        order.append(declared)
    if "gb18030" not in order:
        order.append("gb18030")
    return order


def _strict_or_replaced(data: bytes, codec: str, label: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), label)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return Decoded(text, label, _replaced_note(text, label))


def _least_replaced(data: bytes) -> Decoded:
    utf8 = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    text, codec = (utf8, "utf-8") if utf8.count("\ufffd") <= gb.count("\ufffd") else (gb, "gb18030")
    return Decoded(text, codec, _replaced_note(text, codec))


def _replaced_note(text: str, codec: str) -> str:
    return f"文本编码不完全符合 {codec}，{text.count(chr(0xFFFD))} 处无法识别的字节已替换为 �"


def _finish(decoded: Decoded) -> Decoded:
    text = decoded.text
    if "\ufffd" in text and text.count("\ufffd") > max(8, len(text) * _MAX_REPLACED_SHARE):
        raise ReadError("无法识别文件的文字编码（不是 UTF-8、GB18030 或 UTF-16 文本），文件可能已损坏")
    return Decoded(normalise_newlines(text), decoded.encoding, decoded.note)
