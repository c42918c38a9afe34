"""The review database (a local SQLite file or a shared PostgreSQL server): the only place in the
project where SQL is written."""

from .errors import StoreError
from .models import (
                     ApprovedRecord,
                     Claim,
                     Decision,
                     HistoryEntry,
                     ReportInput,
                     ReportSummary,
                     ReviewerWork,
                     StoredReport,
)
from .paths import default_db_path
from .store import Store, local_now
from .target import is_server_url

__all__ = ["ApprovedRecord", "Claim", "Decision", "HistoryEntry", "ReportInput", "ReportSummary", "ReviewerWork", "Store",
           "StoreError",
           "StoredReport", "default_db_path", "is_server_url", "local_now"]
