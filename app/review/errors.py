"""The refusals a reviewer sees when an operation is not allowed (messages in Chinese)."""

from __future__ import annotations

from typing import Any


class ReviewError(Exception):
    """An operation the current state of a report does not allow, e.g. approving with open errors."""


class ConflictError(ReviewError):
    """Another reviewer changed what this edit was based on; nothing was written.

    `state` is the report as it is now (with the other reviewer's value), for the window to show.
    """

    def __init__(self, message: str, state: Any = None) -> None:
        super().__init__(message)
        self.state = state


class ClaimedError(ReviewError):
    """The report is open for editing by another reviewer (由 X 审核中): read-only for everyone else."""
