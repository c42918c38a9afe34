"""Runs extraction jobs in worker processes (extraction is CPU-bound pure Python) or in-process.

Results come back in submission order, so an import is repeatable whatever the workers' timing.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .extraction import Extracted, Extractor, extract_job

CRASHED = "提取时处理进程意外退出（文件可能损坏或过大）"
POLL_SECONDS = 0.1  # while waiting for a worker: how often the caller may repaint and be cancelled


class Cancelled(Exception):
    """The caller's poll asked to stop while a worker was still busy (e.g. OCR of a long scan)."""


@dataclass
class Job:
    path: Any  # the file's path, carried through for the summary
    name: str
    data: bytes
    content_hash: str


def _share_cores(workers: int) -> None:
    """In each worker: OCR uses its share of the cores (onnxruntime would start a thread per core
    in every worker, and a folder of scans would run cores x workers threads)."""
    import os

    from app.documents.ocr import set_threads

    set_threads(max(1, (os.cpu_count() or 1) // workers))


class InlineRunner:
    """Extracts in the calling process: for a handful of files, where starting workers costs more."""

    def __init__(self, extractor: Extractor) -> None:
        self._extractor = extractor

    def submit(self, job: Job) -> Iterator[tuple[Job, Extracted | str]]:
        yield job, extract_job(self._extractor, job.name, job.data)

    def drain(self) -> Iterator[tuple[Job, Extracted | str]]:
        return iter(())

    def cancel(self) -> None:
        pass

    def close(self) -> None:
        pass


class PoolRunner:
    """A ProcessPoolExecutor with a bounded number of jobs (and bytes) in flight.

    The window is deep enough that the workers stay busy while this process writes a batch to the
    database, and bounded so that memory stays flat on a folder of large PDFs.
    Workers are started with "spawn" on every platform: forking a process that runs Qt threads can
    deadlock, and spawn is what Windows does anyway. A worker that dies (e.g. a crash in a PDF
    library) breaks the pool: see _restart.
    """

    def __init__(self, extractor: Extractor, workers: int, window: int | None = None,
                 window_bytes: int = 64 * 2**20, poll: Callable[[], bool] | None = None) -> None:
        self._extractor = extractor
        self._poll = poll  # called while waiting; True stops the wait (raises Cancelled)
        self._workers = workers
        self._window = window or workers * 128
        self._window_bytes = window_bytes
        self._bytes = 0
        self._pending: deque[tuple[Job, Future[Extracted | str]]] = deque()
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_share_cores, initargs=(self._workers,))

    def _send(self, job: Job) -> None:
        self._pending.append((job, self._pool.submit(extract_job, self._extractor, job.name, job.data)))
        self._bytes += len(job.data)

    def submit(self, job: Job) -> Iterator[tuple[Job, Extracted | str]]:
        self._send(job)
        while len(self._pending) >= self._window or self._bytes >= self._window_bytes:
            yield from self._next()

    def drain(self) -> Iterator[tuple[Job, Extracted | str]]:
        while self._pending:
            yield from self._next()

    def _next(self) -> Iterator[tuple[Job, Extracted | str]]:
        job, future = self._pending[0]
        try:
            result = self._wait(future)
        except BrokenProcessPool:
            self._pending.popleft()
            self._bytes -= len(job.data)
            yield from self._restart(job)
            return
        self._pending.popleft()
        self._bytes -= len(job.data)
        yield job, result

    def _wait(self, future: Future[Extracted | str]) -> Extracted | str:
        """The job's result; with a poll, waits in short steps so a window stays painted and a
        cancel stops even a job that takes minutes."""
        if self._poll is None:
            return future.result()
        while True:
            try:
                return future.result(timeout=POLL_SECONDS)
            except FutureTimeout:
                if self._poll():
                    raise Cancelled from None

    def _restart(self, broken: Job) -> Iterator[tuple[Job, Extracted | str]]:
        """After a worker died: a fresh pool runs the jobs that were in flight one at a time, so the
        file that kills a worker again is the one reported, and the others import normally."""
        suspects = [broken] + [job for job, _ in self._pending]
        self._pending.clear()
        self._bytes = 0
        self._renew()
        for job in suspects:
            try:
                result = self._pool.submit(extract_job, self._extractor, job.name, job.data).result()
            except BrokenProcessPool:
                result = CRASHED
                self._renew()
            yield job, result

    def _renew(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def cancel(self) -> None:
        busy = any(not future.done() for _, future in self._pending)
        for _, future in self._pending:
            future.cancel()
        self._pending.clear()
        self._bytes = 0
        if busy:
            self._stop_workers()

    def _stop_workers(self) -> None:
        """Ends the worker processes: a job already running (OCR of a long scan) cannot be cancelled
        through the executor, and closing would wait for it (Python 3.14 adds terminate_workers)."""
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
