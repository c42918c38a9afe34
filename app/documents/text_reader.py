"""Plain-text reports → Document (the text exactly as decoded, line endings normalised)."""

from __future__ import annotations

from .decode import Decoded, decode_bytes
from .model import Document, ReadError


def read_text(data: bytes, decoded: Decoded | None = None) -> Document:
    """`decoded`: decode_bytes(data) when the caller has already decoded the bytes to sniff them."""
    if decoded is None:
        decoded = decode_bytes(data)
    if not decoded.text.strip():
        raise ReadError("文件为空（只有空白字符）")
    return Document(decoded.text, kind="text", encoding=decoded.encoding,
                    notes=[decoded.note] if decoded.note else [])
