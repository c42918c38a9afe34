"""An import killed mid-way (power cut, task manager) leaves a consistent file that a re-import completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, gold_records, json_extractor, write_report

REPO = Path(__file__).resolve().parents[2]
FILES = 500
IMPORT_SCRIPT = """
import sys
from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, json_extractor

def progress(done, total):
    print(done, flush=True)

if __name__ == "__main__":
    with Store(sys.argv[1]) as store:
        ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2).import_paths(
            [sys.argv[2]], progress=progress)
    print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="SIGKILL of a process group is POSIX only")
def test_an_import_killed_mid_way_leaves_whole_reports_and_reimport_completes(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    record = gold_records()[1]
    for i in range(FILES):
        write_report(folder, f"r{i:04}.txt", record, agency=f"测试机关{i}")
    db = tmp_path / "reviews.sqlite3"
    script = tmp_path / "run_import.py"
    script.write_text(IMPORT_SCRIPT, encoding="utf-8")

    with subprocess.Popen([sys.executable, str(script), str(db), str(folder)], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True,
                          start_new_session=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "finished" or int(line) >= FILES // 2:
                break
        os.killpg(proc.pid, signal.SIGKILL)  # the import and its worker processes, without any clean-up

    with closing(sqlite3.connect(db)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reports = con.execute("SELECT count(*) FROM reports").fetchone()[0]
        assert 0 < reports < FILES, "the kill should land mid-import"
        incomplete = con.execute(
            "SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM records c WHERE c.report_id = r.id)"
            " OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.report_id = r.id)"
            " OR NOT EXISTS (SELECT 1 FROM history h WHERE h.report_id = r.id AND h.action = 'import')"
        ).fetchone()[0]
        assert incomplete == 0

    with Store(db) as store:
        summary = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=0).import_paths(
            [folder])
        assert summary.failed == [] and summary.unchanged == reports
        assert summary.imported == FILES - reports and store.count() == FILES
