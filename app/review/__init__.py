"""The reviewer's operations (import, edit, decide, approve…) over the store and the validator."""

from app.store import Decision, HistoryEntry, ReportSummary

from .errors import ClaimedError, ConflictError, ReviewError
from .service import ReviewService
from .state import ImportSummary, ReportState
from .team import TeamSettings

__all__ = ["ClaimedError", "ConflictError", "Decision", "HistoryEntry", "ImportSummary", "ReportState", "ReportSummary", "ReviewError",
           "ReviewService", "TeamSettings"]
