"""The reviewer's operations (import, edit, decide, approve…) over the store and the validator."""

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

__all__ = ["Box", "CellValueError", "ClaimedError", "ConflictError", "Decision", "Document", "Grid", "GridCell",
           "HistoryEntry", "ImportSummary", "PageBitmap", "PdfPages", "ReadError", "ReportState", "ReportSummary",
           "ReviewError", "ReviewService", "TeamSettings", "check_value", "typed_value"]
