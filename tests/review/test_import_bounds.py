"""One file never stops an import: its time budget, its own savepoint, its name as data, and
worker processes that end with the import."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.record import Record
from app.review import ReviewService
from app.store import Store
from tests.review.fakes import RuleSet, json_extractor, write_report

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["0_slow.html", "0_hangs.pdf"], ids=["html", "pdf-with-text-layer"])
def test_a_file_over_its_time_budget_is_stopped_named_and_the_batch_goes_on(
        store: Store, reports_dir: Path, gold: list[Record], tmp_path: Path, name: str) -> None:
    """Only a file whose pages actually go to OCR gets OCR's time: a .pdf (or an image's suffix)
    alone earns nothing, so a PDF that hangs without OCR is stopped at the document's budget."""
    (reports_dir / name).write_text(f"hang {tmp_path / 'pid'}", encoding="utf-8")
    service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2, seconds=2)
    started = time.monotonic()
    summary = service.import_paths([reports_dir])
    assert time.monotonic() - started < 30
    assert [(Path(p).name, "超过 2 秒" in r) for p, r in summary.failed] == [(name, True)]
    assert summary.imported == len(gold)
    pid = int((tmp_path / "pid").read_text())
    assert not _running(pid), "the timed-out worker is killed, not left running"


def test_a_file_whose_pages_go_to_ocr_gets_ocr_time_per_page_on_top(
        store: Store, reports_dir: Path, gold: list[Record], tmp_path: Path) -> None:
    """Its reader tells the runner how many pages it OCRs before the first one (OcrBudget), and the
    job's budget grows by OCR_PAGE_SECONDS a page: 4 s of OCR pass a 2 s document budget."""
    scan = tmp_path / "scan"
    scan.mkdir()
    path = write_report(scan, "scan.pdf", gold[0])
    path.write_text("ocr 1 4\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2, seconds=2)
    summary = service.import_paths([reports_dir, path])
    assert summary.failed == [] and summary.imported == len(gold) + 1


def test_ocr_time_is_per_page_and_bounded() -> None:
    from app.documents.limits import MAX_OCR_SECONDS, OCR_PAGE_SECONDS, ocr_seconds

    assert ocr_seconds(0) == 0
    assert ocr_seconds(3) == 3 * OCR_PAGE_SECONDS
    assert ocr_seconds(60) == MAX_OCR_SECONDS < 60 * OCR_PAGE_SECONDS


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the address-space cap is Linux only")
def test_a_file_that_would_take_gigabytes_fails_alone_with_out_of_memory(
        store: Store, reports_dir: Path, gold: list[Record]) -> None:
    (reports_dir / "0_hog.txt").write_text("hog", encoding="utf-8")
    service = ReviewService(store, "甲", validation=RuleSet, extractor=json_extractor, workers=2)
    summary = service.import_paths([reports_dir])
    assert [(Path(p).name, "内存不足" in r) for p, r in summary.failed] == [("0_hog.txt", True)]
    assert summary.imported == len(gold)


def test_a_file_that_fails_to_save_takes_back_only_itself(
        store: Store, service: ReviewService, reports_dir: Path, gold: list[Record],
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_report = store.add_report
    victim = gold[2].source

    def add_report_failing_once(report, reviewer, note=""):
        report_id = add_report(report, reviewer, note)  # its rows are written, then it fails
        if report.file_name == victim:
            raise ValueError("unforeseen value")
        return report_id

    monkeypatch.setattr(store, "add_report", add_report_failing_once)
    summary = service.import_paths([reports_dir])
    assert [(Path(p).name, "保存时程序出错" in r) for p, r in summary.failed] == [(victim, True)]
    assert summary.imported == len(gold) - 1
    assert store.id_by_name(victim) is None and store.count() == len(gold) - 1


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_file_names_in_gbk_or_with_newlines_import_and_are_listed_readably(
        store: Store, service: ReviewService, tmp_path: Path, gold: list[Record]) -> None:
    folder = tmp_path / "gbk"
    folder.mkdir()
    gbk_name = "国务院办公厅年报.txt".encode("gbk")
    path = write_report(folder, "placeholder", gold[0])
    os.rename(path, os.path.join(os.fsencode(folder), gbk_name))
    write_report(folder, "第二\n行.txt", gold[1])
    write_report(folder, "=1+1 上级 ..\\.txt", gold[3])
    os.makedirs(os.path.join(os.fsencode(folder), b"\xff\xfe"))
    (Path(os.fsdecode(os.path.join(os.fsencode(folder), b"\xff\xfe"))) / "坏.txt").write_text("不是报告")

    summary = service.import_paths([folder])

    assert summary.imported == 3
    names = {r.source for r in store.list_reports()}
    assert names == {"国务院办公厅年报.txt", "第二\n行.txt", "=1+1 上级 ..\\.txt"}
    assert [p for p, _ in summary.failed] == [str(folder / "\\xff\\xfe" / "坏.txt")]
    summary.failed[0][0].encode("utf-8")  # shown and stored as text, never surrogate escapes


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills by pid on POSIX")
def test_workers_end_when_the_import_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(2):
        (folder / f"{i}.txt").write_text(f"hang {tmp_path / f'pid{i}'}", encoding="utf-8")
    script = ("import sys\nfrom app.review import ReviewService\nfrom app.store import Store\n"
              "from tests.review.fakes import RuleSet, json_extractor\n"
              "if __name__ == '__main__':\n"
              "    with Store(sys.argv[1]) as store:\n"
              "        ReviewService(store, '甲', validation=RuleSet, extractor=json_extractor, workers=2)"
              ".import_paths([sys.argv[2]])\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "r.sqlite3"), str(folder)], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    pids = [_wait_for_pid(tmp_path / f"pid{i}") for i in range(2)]
    proc.kill()  # the import alone, as a task manager would: its workers get no signal from us
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(p) for p in pids)


def _wait_for_pid(path: Path) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if path.exists() and path.read_text():
            return int(path.read_text())
        time.sleep(0.05)
    raise AssertionError(f"no worker wrote {path}")


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return "\nState:\tZ" not in status


def test_a_path_given_with_dot_dot_names_its_real_folder(service: ReviewService, tmp_path: Path,
                                                        gold: list[Record]) -> None:
    first, second = tmp_path / "县甲", tmp_path / "县乙"
    first.mkdir()
    second.mkdir()
    write_report(first, "index.txt", gold[1])
    write_report(second, "index.txt", gold[0])  # another agency under the same name
    summary = service.import_paths([first / "index.txt", second / ".." / "县乙" / "index.txt"])
    assert summary.imported == 2
    assert {r.source for r in service.reports()} == {"index.txt", "县乙/index.txt"}
