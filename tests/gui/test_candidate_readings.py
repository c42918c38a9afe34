"""A row the table's arithmetic could not decide: the window offers its readings, one action applies one."""

from __future__ import annotations

from pathlib import Path

from app.review import ReviewService
from app.store import Store
from tests.conftest import SEEDS
from tests.locate.test_joint_solve import glued

from .conftest import REVIEWER

ISSUED = "active.normative_docs.issued"
ROW = (ISSUED, "active.normative_docs.repealed", "active.normative_docs.in_force")


def flat_store(tmp_path: Path) -> Path:
    """A store holding seed 001 flattened to one line: table 二's 321397 is left open."""
    source = tmp_path / "flat_001.txt"
    source.write_text(glued((SEEDS / "001_ee78f7d13cc05699.txt").read_text(encoding="utf-8")), encoding="utf-8")
    path = tmp_path / "reviews.sqlite3"
    with Store(path) as store:
        ReviewService(store, REVIEWER, workers=1).import_paths([source])
    return path


def test_the_service_applies_one_candidate_reading_as_one_edit(tmp_path):
    with Store(flat_store(tmp_path)) as store:
        service = ReviewService(store, REVIEWER, workers=1)
        report = service.reports()[0]
        state = service.open(report.id)
        (finding,) = [f for f in state.findings if f.rule == "unplaced" and ISSUED in f.cells]
        truth = {ROW[0]: 32, ROW[1]: 1, ROW[2]: 397}
        index = [dict(a) for a in finding.alternatives].index(truth)
        state = service.apply_reading(report.id, finding, index)
        assert {k: state.record.fields[k] for k in ROW} == truth
        assert not any(f.rule == "unplaced" and ISSUED in f.cells for f in state.findings)
        assert any("采用读法" in h.note for h in service.history(report.id, ISSUED))


def test_the_window_offers_the_readings_and_undo_takes_one_back(qtbot, open_window, tmp_path):
    window = open_window(flat_store(tmp_path))
    state = window.session.state
    lines = [r for r in range(window.findings.model.rowCount())
             if ISSUED in window.findings.model.line(r).finding.cells
             and window.findings.model.line(r).finding.rule == "unplaced"]
    window.findings.select_row(lines[0])
    window.act_suggest.trigger()
    menu = window.readings_menu
    assert menu is not None and menu.isVisible()
    offered = [a.text() for a in menu.actions()]
    menu.actions()[0].trigger()
    menu.close()
    assert len(offered) > 1 and all(text.startswith("读法 ") for text in offered)
    applied = window.session.state.record.fields
    assert any(applied[k] is not None for k in ROW)
    window.act_undo.trigger()
    assert all(window.session.state.record.fields[k] is None for k in ROW)
    assert state.summary.id == window.session.state.summary.id
