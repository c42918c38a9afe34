"""The whole path on a real seed: extract → edit → findings → decision → approve → export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.export import export_approved
from app.review import ReviewError, ReviewService
from app.store import Store
from tests.conftest import SEEDS

TOTAL = "requests.new_received.total"


def test_a_broken_total_blocks_approval_until_decided_and_the_export_has_the_reviewed_value(
        tmp_path: Path) -> None:
    with Store(tmp_path / "reviews.sqlite3") as store:
        service = ReviewService(store, "审核员甲", workers=0)
        seed = SEEDS / "001_ee78f7d13cc05699.txt"
        [report_id] = service.import_paths([seed]).report_ids
        state = service.open(report_id)
        assert state.open_errors == []
        state = service.set_cells(report_id, {TOTAL: state.record.fields[TOTAL] + 1}, note="试改")
        errors = [(f, fid) for f, fid in zip(state.findings, state.finding_ids, strict=True)
                  if f.severity == "error"]
        assert errors and TOTAL in errors[0][0].cells
        with pytest.raises(ReviewError, match="错误未处理"):
            service.approve(report_id)
        for _, fid in errors:
            service.decide(report_id, fid, "source_error", "原报告如此")
        assert service.approve(report_id).summary.status == "approved"

        out = tmp_path / "out.csv"
        export_approved(store, out, header="keys")
        [row] = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
        assert int(row[TOTAL]) == state.record.fields[TOTAL]
        assert "：原报告错误，说明：原报告如此（审核员甲，" in row["decisions"]
