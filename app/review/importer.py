"""Import: files and folders → extraction in worker processes → batched writes in this process.

Each file is written in its own savepoint, so a file that fails to write is one failure entry and
takes nothing else back; a batch of them is one transaction (one fsync), so a crash or kill
mid-import leaves every report either complete or absent, and importing the same paths again skips
what is already stored (same bytes) and finishes the rest. Each file's extraction has its own time
budget (app.review.runner).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from app.documents.limits import DOCUMENT_SECONDS, MAX_FILE_BYTES, MB
from app.documents.names import readable_name
from app.record import Origin, Record
from app.store import ReportInput, Store, StoreError
from app.template import TEMPLATES

from .checks import Checker, open_counts
from .extraction import Extracted, Extractor, extract_job
from .files import walk
from .runner import Cancelled, InlineRunner, Job, PoolRunner
from .state import ImportSummary
from .versions import merge_version

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BATCH_SIZE = 200  # reports per transaction: one fsync per batch, little work lost to a crash
BATCH_BYTES = 64 * MB  # and no more source bytes and text than this held in memory for one batch


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class Importer:
    def __init__(self, store: Store, checker: Checker, reviewer: str, extractor: Extractor,
                 workers: int | None = None, batch_size: int = BATCH_SIZE,
                 seconds: float = DOCUMENT_SECONDS) -> None:
        self._store = store
        self._checker = checker
        self._reviewer = reviewer
        self._extractor = extractor
        self._workers = workers if workers is not None else default_workers()
        self._batch_size = batch_size
        self._seconds = seconds
        self._seen: set[str] = set()  # hashes met in this import (a copy under another name)

    def run(self, paths: Iterable[str | Path], progress: Progress | None = None,
            cancel: Cancel | None = None) -> ImportSummary:
        files = list(walk(paths))
        tally = _Tally(len(files), progress)
        batch: list[tuple[Job, ReportInput]] = []
        held = [0]  # bytes of source and text in `batch`
        runner = self._runner(len(files), cancel)

        def collect(results: Iterator[tuple[Job, Extracted | str]]) -> None:
            for job, result in results:
                report = result if isinstance(result, str) else _report_input(job, result)
                if isinstance(report, str):
                    tally.failed(job.path, report)
                    continue
                batch.append((job, report))
                held[0] += len(report.data) + len(report.text)
                if len(batch) >= self._batch_size or held[0] >= BATCH_BYTES:
                    self._write(batch, tally)
                    held[0] = 0
                tally.step()

        try:
            for path, problem in files:
                if cancel is not None and cancel():
                    tally.summary.cancelled = True
                    runner.cancel()
                    break
                job_or_problem = problem or self._job(path)
                if isinstance(job_or_problem, str):
                    tally.failed(path, job_or_problem)
                elif job_or_problem is None:
                    tally.summary.unchanged += 1
                    tally.step()
                else:
                    collect(runner.submit(job_or_problem))
            else:
                collect(runner.drain())
        except Cancelled:  # while a worker was busy: what is complete is kept
            tally.summary.cancelled = True
            runner.cancel()
        finally:
            runner.close()
        self._write(batch, tally)
        return tally.finish()

    def _job(self, path: Path) -> Job | str | None:
        """The extraction job for a file, None when its bytes are already stored, or why it can't be read."""
        try:
            if path.is_dir():  # a folder of one report's scanned pages
                return self._scan_job(path)
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                return f"文件过大（{size / MB:.0f} MB，上限 {MAX_FILE_BYTES // MB} MB）"
            data = path.read_bytes()
        except OSError as e:
            return f"无法读取文件：{e.strerror or e}"
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._seen or self._store.id_by_hash(digest) is not None:
            return None
        self._seen.add(digest)
        return Job(path, readable_name(path.name), data, digest)

    def _scan_job(self, folder: Path) -> Job | str | None:
        """A folder of page images, joined into one image-only PDF named after the folder."""
        from app.documents import ReadError
        from app.documents.scan_reader import folder_as_pdf, page_files

        try:
            data = folder_as_pdf(page_files(folder))
        except ReadError as e:
            return str(e)
        if len(data) > MAX_FILE_BYTES:
            return f"扫描页合起来过大（{len(data) / MB:.0f} MB，上限 {MAX_FILE_BYTES // MB} MB）"
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._seen or self._store.id_by_hash(digest) is not None:
            return None
        self._seen.add(digest)
        return Job(folder, f"{folder.name}.pdf", data, digest)

    def _runner(self, total: int, cancel: Cancel | None) -> InlineRunner | PoolRunner:
        """workers=0 extracts in this process, without a time bound (tests, debugging). Workers
        are polled with `cancel`: a file under OCR takes minutes, and the caller can stop it."""
        if self._workers <= 0:
            return InlineRunner(extract_job, self._extractor)
        return PoolRunner(extract_job, self._extractor, workers=min(self._workers, max(total, 1)),
                          seconds=self._seconds, poll=cancel)

    def _write(self, batch: list[tuple[Job, ReportInput]], tally: _Tally) -> None:
        """One transaction for the batch, one savepoint per file (then the batch is emptied).

        A file that cannot be written (an unforeseen value, a bug) is a failure entry and takes back
        only its own rows; a StoreError (disk full, database in use) stops the import.
        """
        if not batch:
            return
        outcomes: list[tuple[str, int]] = []
        failures: list[tuple[Path, str]] = []
        with self._store.transaction():
            for job, report in batch:
                try:
                    with self._store.transaction():
                        outcomes.append(self._write_one(job, report))
                except StoreError:
                    raise
                except Exception as e:  # one file's bad data must not stop the other 9,999
                    failures.append((job.path, f"保存时程序出错（{e}）"))
        summary = tally.summary
        for outcome, report_id in outcomes:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if outcome != "unchanged":
                summary.report_ids.append(report_id)
        for path, reason in failures:
            summary.failed.append((readable_name(str(path)), reason))
        batch.clear()

    def _write_one(self, job: Job, report: ReportInput) -> tuple[str, int]:
        store = self._store
        same = store.id_by_hash(report.content_hash)
        if same is not None:
            return "unchanged", same
        report_id = self._report_for(job, report)
        if report_id is None:
            if self._checker.previous(report.record) is not None:
                report.errors, report.warnings = self._counts(report.record, report.origins(), report.text, ())
            return "imported", store.add_report(report, self._reviewer)
        old = store.load(report_id)
        merged = merge_version(old, report, store.edited_keys(report_id), store.edited_info(report_id))
        report.errors, report.warnings = self._counts(merged.record, merged.provenance, report.text,
                                                      store.decisions(report_id))
        store.add_version(report_id, report, merged.record, merged.provenance, self._reviewer, merged.note,
                          merged.status)
        return "updated", report_id

    def _report_for(self, job: Job, report: ReportInput) -> int | None:
        """The stored report this file is a new version of, or None for a new report.

        The file name identifies a report, except when the stored one names another agency or year:
        sites publish many reports under one name (index.html, 附件1.pdf), and taking one for a new
        version of another would replace its values. Such a file gets its folder's name in front.
        """
        report_id = self._store.id_by_name(report.file_name)
        if report_id is None or self._same_report(report_id, report.record):
            return report_id
        # (normalised: a path given as reports/../x.txt names its real folder, never "..")
        folder = readable_name(Path(os.path.normpath(os.path.abspath(job.path))).parent.name) or "其他"
        name = f"{folder}/{report.file_name}"
        for n in range(2, 10_000):
            report_id = self._store.id_by_name(name)
            if report_id is None or self._same_report(report_id, report.record):
                break
            name = f"{folder}/{report.file_name} ({n})"
        report.file_name = report.record.source = name
        return report_id

    def _same_report(self, report_id: int, record: Record) -> bool:
        """Whether a new extraction can be a version of a stored report: agency and year, where
        known, agree with what the stored report's file said (a reviewer's correction of its agency
        does not make the next version of the file a stranger)."""
        stored = self._store.summary(report_id)
        as_imported = self._store.info_as_imported(report_id)
        agency = as_imported.get("agency", stored.agency)
        year = as_imported.get("year", stored.year)
        agencies_differ = agency and record.agency and agency != record.agency
        years_differ = year is not None and record.year is not None and year != record.year
        return not (agencies_differ or years_differ)

    def _counts(self, record: Record, provenance: dict[str, Origin], text: str,
                decided: Collection[str]) -> tuple[int, int]:
        findings, ids = self._checker.findings(record, provenance, text)
        return open_counts(findings, ids, decided)


class _Tally:
    """The running count of an import, reported through `progress(done, total)`."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.summary = ImportSummary()
        self.total = total
        self.done = 0
        self._progress = progress

    def step(self) -> None:
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.total)

    def failed(self, path: Path, reason: str) -> None:
        self.summary.failed.append((readable_name(str(path)), reason))
        self.step()

    def finish(self) -> ImportSummary:
        self.summary.failed.sort()
        if self._progress is not None:
            self._progress(self.done, self.total)
        return self.summary


def _report_input(job: Job, result: Extracted) -> ReportInput | str:
    """The worker's plain data as a ReportInput, or the reason it is not a usable record."""
    if result.template not in TEMPLATES:
        return f"提取结果无效：未知的模板 {result.template}"
    try:
        record = Record(job.name, result.template, result.agency, result.year, json.loads(result.fields_json))
    except (TypeError, ValueError) as e:
        return f"提取结果无效：{e}"
    return ReportInput(job.name, job.content_hash, job.data, result.text, result.kind, record,
                       result.provenance_json, result.errors, result.warnings, result.fields_json)
