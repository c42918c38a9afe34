"""Review status of a report and reviewer decisions on findings: the names stored, the labels shown."""

from __future__ import annotations

from typing import Literal

Status = Literal["new", "in_review", "approved", "rejected"]
NEW: Status = "new"
IN_REVIEW: Status = "in_review"
APPROVED: Status = "approved"
REJECTED: Status = "rejected"

STATUS_LABELS: dict[str, str] = {
    NEW: "待审",
    IN_REVIEW: "审核中",
    APPROVED: "已批准",
    REJECTED: "已退回",
}
STATUSES: tuple[Status, ...] = (NEW, IN_REVIEW, APPROVED, REJECTED)
# A decided report is locked: its values change only after it is reopened.
DECIDED: tuple[Status, ...] = (APPROVED, REJECTED)
# Reports still waiting for a reviewer; bulk approval only ever looks at these.
OPEN: tuple[Status, ...] = (NEW, IN_REVIEW)


def is_reviewable(status: str) -> bool:
    """The report waits for a reviewer (待审 or 审核中)."""
    return status in OPEN


def is_open_error(severity: str, decided: bool) -> bool:
    """An error finding no reviewer has decided on: it blocks approval (a warning never does)."""
    return severity == "error" and not decided


# What a reviewer concluded about one finding.
DECISION_LABELS: dict[str, str] = {
    "fixed": "已更正",
    "source_error": "原报告错误",
    "dismissed": "不是错误",
}


def status_label(status: str) -> str:
    """The Chinese label of a status name; an unknown name is shown as it is."""
    return STATUS_LABELS.get(status, status)


def decision_label(decision: str) -> str:
    return DECISION_LABELS.get(decision, decision)
