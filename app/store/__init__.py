"""The local SQLite review database: the only place in the project where SQL is written."""

from .errors import StoreError
from .models import ApprovedRecord, Decision, HistoryEntry, ReportInput, ReportSummary, StoredReport
from .paths import default_db_path
from .store import Store, local_now

__all__ = ["ApprovedRecord", "Decision", "HistoryEntry", "ReportInput", "ReportSummary", "Store", "StoreError",
           "StoredReport", "default_db_path", "local_now"]
