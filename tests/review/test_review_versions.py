"""A changed file under a known name: reviewer work survives, approved values never change silently."""

from __future__ import annotations

from pathlib import Path

from app.review import ReviewService
from tests.review.fakes import write_report

EDITED = "requests.granted.natural_person"
UNTOUCHED = "requests.not_processed.duplicate.natural_person"


def _import_one(service: ReviewService, folder: Path, record, **changes) -> int:
    path = write_report(folder, record.source, record, **changes)
    summary = service.import_paths([path])
    assert not summary.failed
    [report_id] = summary.report_ids or [service.store.id_by_name(record.source)]
    return report_id


def test_a_new_version_keeps_reviewer_edits_and_takes_new_machine_values(service: ReviewService,
                                                                        tmp_path: Path, gold) -> None:
    record = gold[1]
    report_id = _import_one(service, tmp_path, record)
    service.set_cells(report_id, {EDITED: 999})
    summary = service.import_paths([write_report(tmp_path, record.source, record,
                                                 fields={EDITED: 1, UNTOUCHED: 77})])
    assert (summary.imported, summary.updated) == (0, 1)
    state = service.open(report_id)
    assert state.record.fields[EDITED] == 999  # the reviewer's value
    assert state.machine[EDITED] == 1  # what the new version says
    assert state.record.fields[UNTOUCHED] == 77
    assert state.summary.version == 2 and len(service.reports()) == 1
    actions = [e.action for e in service.history(report_id)]
    assert actions[0] == "import" and "edit" in actions and actions[-1] == "version"


def test_an_approved_report_goes_back_to_review_when_a_new_version_changes_values(
        service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    report_id = _import_one(service, tmp_path, record)
    service.approve(report_id)
    approved_values = service.open(report_id).record.fields
    service.import_paths([write_report(tmp_path, record.source, record, fields={UNTOUCHED: 77})])
    state = service.open(report_id)
    assert state.summary.status == "in_review" and not state.locked
    assert state.record.fields[UNTOUCHED] == 77
    why = [e for e in service.history(report_id) if e.action == "status"][-1]
    assert (why.old, why.new) == ("approved", "in_review") and "重新审核" in why.note
    assert approved_values[UNTOUCHED] != 77


def test_an_approved_report_stays_approved_when_the_new_version_has_the_same_values(
        service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    report_id = _import_one(service, tmp_path, record)
    service.approve(report_id)
    path = tmp_path / record.source
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # new bytes, same values
    assert service.import_paths([path]).updated == 1
    state = service.open(report_id)
    assert state.summary.status == "approved" and state.summary.version == 2
    assert "状态不变" in service.history(report_id)[-1].note


def test_a_corrected_agency_survives_a_new_version(service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    report_id = _import_one(service, tmp_path, record)
    service.set_info(report_id, agency="庆元县人民政府")
    service.import_paths([write_report(tmp_path, record.source, record, fields={UNTOUCHED: 5})])
    assert service.open(report_id).record.agency == "庆元县人民政府"


def test_same_name_for_another_agency_is_a_separate_report(service: ReviewService, tmp_path: Path, gold) -> None:
    first, second = tmp_path / "县甲", tmp_path / "县乙"
    first.mkdir()
    second.mkdir()
    write_report(first, "index.txt", gold[1])
    write_report(second, "index.txt", gold[0])  # another agency and year, published under the same name
    summary = service.import_paths([first, second])
    assert summary.imported == 2
    sources = {s.source: s.agency for s in service.reports()}
    assert sources == {"index.txt": gold[1].agency, "县乙/index.txt": gold[0].agency}
    write_report(second, "index.txt", gold[0], fields={UNTOUCHED: 3})
    assert service.import_paths([second]).updated == 1  # the next version finds its own report
    assert len(service.reports()) == 2


def test_a_file_whose_agency_and_cells_a_reviewer_corrected_comes_back_as_a_new_version(
        service: ReviewService, tmp_path: Path, gold) -> None:
    record = gold[1]
    report_id = _import_one(service, tmp_path, record)
    service.set_info(report_id, agency="庆元县人民政府办公室", year=record.year + 1)
    service.set_cells(report_id, {EDITED: 999})
    summary = service.import_paths([write_report(tmp_path, record.source, record, fields={UNTOUCHED: 5})])
    assert (summary.imported, summary.updated) == (0, 1)
    assert [s.id for s in service.reports()] == [report_id]
    state = service.open(report_id)
    assert state.summary.version == 2
    assert (state.record.agency, state.record.year) == ("庆元县人民政府办公室", record.year + 1)
    assert state.record.fields[EDITED] == 999 and state.record.fields[UNTOUCHED] == 5
