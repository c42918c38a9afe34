"""政府信息公开年度报告审核工具 (gov-report-review)."""

__version__ = "0.1.0"
APP_NAME = "GovReportReview"
