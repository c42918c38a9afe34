"""Translatable names of statuses, decisions and severities.

The Chinese names are app.record.status's; they are written out here once more only so that
lupdate can see them as literals (tests/gui/test_labels.py keeps the two in step).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_TEXT: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "待审"),
    "in_review": QT_TRANSLATE_NOOP("Labels", "审核中"),
    "approved": QT_TRANSLATE_NOOP("Labels", "已批准"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "已退回"),
}
DECISION_TEXT: dict[str, str] = {
    "fixed": QT_TRANSLATE_NOOP("Labels", "已更正"),
    "source_error": QT_TRANSLATE_NOOP("Labels", "原报告错误"),
    "dismissed": QT_TRANSLATE_NOOP("Labels", "不是错误"),
}
SEVERITY_TEXT: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Labels", "错误"),
    "warning": QT_TRANSLATE_NOOP("Labels", "警告"),
    "info": QT_TRANSLATE_NOOP("Labels", "提示"),
}

# What a history entry records (app.store's history.action).
ACTION_TEXT: dict[str, str] = {
    "import": QT_TRANSLATE_NOOP("Labels", "导入"),
    "version": QT_TRANSLATE_NOOP("Labels", "新版本"),
    "edit": QT_TRANSLATE_NOOP("Labels", "修改数值"),
    "info": QT_TRANSLATE_NOOP("Labels", "修改信息"),
    "status": QT_TRANSLATE_NOOP("Labels", "状态"),
    "decision": QT_TRANSLATE_NOOP("Labels", "处理问题"),
}


def _translated(table: dict[str, str], name: str | None) -> str:
    if name is None:
        return ""
    return QCoreApplication.translate("Labels", table[name]) if name in table else name


def status_text(status: str) -> str:
    return _translated(STATUS_TEXT, status)


def decision_text(decision: str | None) -> str:
    return _translated(DECISION_TEXT, decision)


def severity_text(severity: str) -> str:
    return _translated(SEVERITY_TEXT, severity)


def action_text(action: str) -> str:
    return _translated(ACTION_TEXT, action)
