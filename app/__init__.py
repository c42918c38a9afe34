"""政府信息公开年度报告审核工具 (gov-report-review)."""

import sys
from pathlib import Path

__version__ = "0.1.0"
APP_NAME = "GovReportReview"


def program_name() -> str:
    """How the user started us: the executable's name when frozen, else `python -m app` (for usage lines
    of both the window's and the commands' options)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).name
    return "python -m app"
