"""Checks of a record against its template's arithmetic, its own prose and last year's report."""

from .validate import finding_id, validate_record

__all__ = ["finding_id", "validate_record"]
