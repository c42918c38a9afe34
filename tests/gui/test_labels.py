"""The window's status and decision names are the record's own, word for word."""

from app.gui.labels import DECISION_TEXT, STATUS_TEXT, decision_text, status_text
from app.record.status import DECISION_LABELS, STATUS_LABELS


def test_status_and_decision_names_match_the_record_module():
    assert STATUS_TEXT == STATUS_LABELS
    assert DECISION_TEXT == DECISION_LABELS


def test_unknown_names_are_shown_as_they_are():
    assert status_text("approved") == "已批准"
    assert status_text("archived") == "archived"
    assert decision_text(None) == ""
