"""The reviewer's operations (import, edit, decide, approve…) over the store and the validator."""

from app.store import Decision, HistoryEntry, ReportSummary

from .errors import ReviewError
from .service import ReviewService
from .state import ImportSummary, ReportState

__all__ = ["Decision", "HistoryEntry", "ImportSummary", "ReportState", "ReportSummary", "ReviewError",
           "ReviewService"]
