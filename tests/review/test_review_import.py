from __future__ import annotations

from pathlib import Path

from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, broken_row_total, json_extractor, write_report


def test_a_folder_imports_every_report_once(service: ReviewService, reports_dir: Path, gold) -> None:
    first = service.import_paths([reports_dir])
    assert (first.imported, first.updated, first.unchanged, first.failed) == (len(gold), 0, 0, [])
    again = service.import_paths([reports_dir])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, len(gold))
    assert len(service.reports()) == len(gold)


def test_a_renamed_copy_is_not_duplicated(service: ReviewService, reports_dir: Path, tmp_path: Path) -> None:
    original = sorted(reports_dir.iterdir())[0]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(original.read_bytes())
    summary = service.import_paths([original, copy])
    assert (summary.imported, summary.unchanged) == (1, 1)


def test_bad_files_are_listed_with_reasons_and_the_rest_imported(service: ReviewService, reports_dir: Path,
                                                                 tmp_path: Path) -> None:
    (reports_dir / "notes.txt").write_text("会议纪要", encoding="utf-8")
    (reports_dir / "crash.pdf").write_text("crash", encoding="utf-8")
    (reports_dir / ".hidden.txt").write_text("not a report", encoding="utf-8")
    summary = service.import_paths([reports_dir, tmp_path / "missing.txt"])
    reasons = {Path(p).name: r for p, r in summary.failed}
    assert set(reasons) == {"notes.txt", "crash.pdf", "missing.txt"}
    assert "不是报告文件" in reasons["notes.txt"]
    assert "程序内部出错" in reasons["crash.pdf"] and "RuntimeError" not in reasons["crash.pdf"]
    assert "不存在" in reasons["missing.txt"]
    assert summary.imported == 5


def test_progress_reaches_the_total(service: ReviewService, reports_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    service.import_paths([reports_dir], progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_stops_the_import_and_keeps_what_was_done(service: ReviewService, reports_dir: Path) -> None:
    asked: list[bool] = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 2  # the user presses cancel while the third file is due

    summary = service.import_paths([reports_dir], cancel=cancel)
    assert summary.cancelled and summary.imported == 2
    assert len(service.reports()) == 2


def test_workers_extract_in_parallel_processes(store: Store, reports_dir: Path, gold) -> None:
    service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2)
    (reports_dir / "crash.txt").write_text("crash", encoding="utf-8")
    summary = service.import_paths([reports_dir])
    assert summary.imported == len(gold) and [Path(p).name for p, _ in summary.failed] == ["crash.txt"]


def test_a_file_that_kills_its_worker_fails_alone(store: Store, reports_dir: Path, gold) -> None:
    service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2)
    (reports_dir / "0_die.txt").write_text("die", encoding="utf-8")  # first, so the others are in flight
    summary = service.import_paths([reports_dir])
    assert [(Path(p).name, "意外退出" in r) for p, r in summary.failed] == [("0_die.txt", True)]
    assert summary.imported == len(gold)


def test_queue_counts_come_from_the_findings(service: ReviewService, reports_dir: Path, gold) -> None:
    write_report(reports_dir, gold[1].source, gold[1], **broken_row_total(gold[1]))
    service.import_paths([reports_dir])
    [broken] = service.reports(has_errors=True)
    assert broken.source == gold[1].source and broken.errors == 1


def test_a_file_over_the_size_limit_is_refused_unread(service: ReviewService, tmp_path: Path) -> None:
    from app.documents.limits import MAX_FILE_BYTES

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    [(path, reason)] = service.import_paths([huge]).failed
    assert path == str(huge) and "文件过大" in reason
