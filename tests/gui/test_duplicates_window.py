"""A report imported twice (as a web page and as Word) shows as such in the queue and can be settled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.gui.queue_model import FORMAT
from app.store import Store

from .conftest import MISREAD_SOURCE, REVIEWER, report_input

COPY = "001_copy.docx"


@pytest.fixture
def db_with_copy(review_db: Path, gold_records) -> Path:
    record = next(r for r in gold_records if r.source == MISREAD_SOURCE)
    original = report_input(record)
    copy = replace(original, file_name=COPY, content_hash="0" * 64, kind="docx",
                   record=replace(original.record, source=COPY))
    with Store(review_db) as store:
        store.add_report(copy, REVIEWER)
    return review_db


def test_the_queue_shows_format_and_marks_both_copies(open_window, db_with_copy):
    window = open_window(db_with_copy)
    model = window.queue.model
    original, copy = model.row_of_source(MISREAD_SOURCE), model.row_of_source(COPY)
    assert model.index(original, FORMAT).data() == "文本 重复"
    assert model.index(copy, FORMAT).data() == "Word 重复"
    assert COPY in model.index(copy, 0).data(0x03)  # the tooltip names the file
    others = [r for r in range(model.rowCount()) if r not in (original, copy)]
    assert all("重复" not in model.index(r, FORMAT).data() for r in others)


def test_keeping_one_copy_sends_the_other_back(open_window, db_with_copy):
    window = open_window(db_with_copy)
    assert window.select_source(COPY)
    assert any(f.rule == "duplicate" for f in window.session.state.findings)
    window.act_keep_only.trigger()
    model = window.queue.model
    original = model.summary_at(model.row_of_source(MISREAD_SOURCE))
    assert original.status == "rejected"
    assert "重复" not in model.index(model.row_of_source(COPY), FORMAT).data()
    assert not any(f.rule == "duplicate" for f in window.session.state.findings)
