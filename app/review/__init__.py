"""The reviewer's operations (import, edit, decide, approve…) over the store and the validator.

The names below are loaded when first used (PEP 562): `extract` needs only app.review.runner, and
importing this package must not pull in the store, the service and the PDF renderer for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # The document types the window draws (it never reads a file itself: see source_document).
    from app.documents import Document, Grid, GridCell, ReadError
    from app.documents.model import Box
    from app.documents.pdf_render import PageBitmap, PdfPages
    from app.store import Decision, HistoryEntry, ReportSummary

    from .cell_values import CellValueError, check_value, typed_value
    from .errors import ClaimedError, ConflictError, ReviewError
    from .service import ReviewService
    from .state import ImportSummary, ReportState
    from .team import TeamSettings

_HOMES = {
    "app.documents": ("Document", "Grid", "GridCell", "ReadError"),
    "app.documents.model": ("Box",),
    "app.documents.pdf_render": ("PageBitmap", "PdfPages"),
    "app.store": ("Decision", "HistoryEntry", "ReportSummary"),
    ".cell_values": ("CellValueError", "check_value", "typed_value"),
    ".errors": ("ClaimedError", "ConflictError", "ReviewError"),
    ".service": ("ReviewService",),
    ".state": ("ImportSummary", "ReportState"),
    ".team": ("TeamSettings",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = ["Box", "CellValueError", "ClaimedError", "ConflictError", "Decision", "Document", "Grid", "GridCell",
           "HistoryEntry", "ImportSummary", "PageBitmap", "PdfPages", "ReadError", "ReportState", "ReportSummary",
           "ReviewError", "ReviewService", "TeamSettings", "check_value", "typed_value"]


def __getattr__(name: str) -> Any:
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # found once; later look-ups do not come here
    return value
