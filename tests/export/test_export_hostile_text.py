"""Whatever text the store holds, both writers write it (control characters dropped), and a killed
export's temporary file is gone after the next export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.export import export_approved
from app.record import Record
from app.store import Store
from tests.review.fakes import report_input

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "某\x0b市\x1b[31m人民\x0c政府\x00办公室\x7f\ufffe"


@pytest.fixture
def hostile_store(tmp_path: Path, gold: list[Record]) -> Store:
    store = Store(tmp_path / "hostile.sqlite3")
    record = gold[0]
    report_id = store.add_report(report_input(record, name="第一\n行\x1b.txt"), "甲")
    store.set_info(report_id, "甲\x07", **{"agency": HOSTILE})
    store.set_decision(report_id, "rule@x", "dismissed", "甲", "说明\x1b里有\x08控制符")
    # values no import writes, as a damaged record may hold them
    store.set_values(report_id, {"requests.new_received.total": [1, "\x1b2"],
                                 "requests.granted.total": "=HYPERLINK(\"x\")\x0b"}, {}, "甲")
    store.set_status(report_id, "approved", "审核员\x0b乙")
    return store


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("long", [False, True])
def test_control_characters_never_stop_an_export(hostile_store: Store, tmp_path: Path, suffix: str,
                                                 long: bool) -> None:
    import pandas as pd

    out = tmp_path / f"out{suffix}"
    assert export_approved(hostile_store, out, long=long) > 0
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str) if suffix == ".csv" else pd.read_excel(out, dtype=str)
    texts = [str(v) for v in frame.to_numpy().ravel()]
    assert "某市[31m人民政府办公室" in texts
    assert "第一\n行.txt" in texts
    if not long:
        # CSV guards a formula with an apostrophe; xlsx stores it as text, shown as typed
        formula = "'=HYPERLINK(\"x\")" if suffix == ".csv" else '=HYPERLINK("x")'
        assert '[1, "\\u001b2"]' in texts and formula in texts
    assert not any(c in t for t in texts for c in "\x00\x07\x08\x0b\x0c\x1b\x7f\ufffe")
    hostile_store.close()


def test_the_store_and_source_keep_the_text_as_given(hostile_store: Store) -> None:
    assert hostile_store.summary(1).agency == HOSTILE
    hostile_store.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL is POSIX")
def test_a_part_file_left_by_a_killed_export_is_removed_by_the_next_one(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "审核结果.csv"
    kill_mid_write = ("import os, signal, sys\nfrom pathlib import Path\nfrom app.export.writers import replacing\n"
                      "with replacing(Path(sys.argv[1])) as tmp:\n"
                      "    tmp.write_text('半截')\n    os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", kill_mid_write, str(out)], cwd=REPO, check=False,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] != []  # what a kill leaves

    export_approved(store, tmp_path / "另一个.csv")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
