"""A report's stored source file read again as a Document, to show it as published (pages, tables).

The store keeps the file's bytes and its decoded text, not the grids or page sizes a reader saw, so
the window asks for them here instead of parsing anything itself. Reading a 10-page PDF takes about
0.1 s: the last few documents are kept, keyed by the bytes' hash, so an edit (which shows the same
report again) or going back to the previous report costs nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock

from app.documents import Document, read_document
from app.documents.pdf_render import PdfPages
from app.store import Store

CACHE_SIZE = 6  # documents; a long HTML page is a few MB of text and grids

_cache: OrderedDict[tuple[str, int, str], Document] = OrderedDict()
_lock = Lock()


def source_document(store: Store, report_id: int) -> Document | None:
    """The current version's source file as a Document; None for a plain-text report, whose text
    already is everything there is to show. Raises ReadError (Chinese message) if the stored bytes
    no longer read, and StoreError if the report is gone."""
    summary = store.summary(report_id)
    if summary.kind == "text":
        return None
    key = (str(store.path), report_id, summary.content_hash)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    document = read_document(summary.source, store.source_bytes(report_id))
    with _lock:
        _cache[key] = document
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return document


def source_pages(store: Store, report_id: int) -> PdfPages:
    """The current version's PDF, opened to draw its pages; raises ReadError if it does not open."""
    return PdfPages(store.source_bytes(report_id))
