"""Runs extraction jobs in worker processes (extraction is CPU-bound pure Python) or in-process.

Results come back in submission order, so an import is repeatable whatever the workers' timing.
Each job in a worker has a time budget: a worker still busy when it runs out is killed, the job
is reported as timed out, and a fresh worker takes the next job. Every job starts with the same
budget (the per-document seconds); a job whose reader finds pages to OCR tells the runner how
many seconds of OCR it gets (MoreTime, sent by the worker before the first page is read), and only
then is that job's budget extended by as much. Workers die with this process:
each watches a pipe only this process holds open (and on Linux asks the kernel for SIGKILL when
its parent goes), so a killed import leaves no worker running.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from app.documents.limits import DOCUMENT_SECONDS

CRASHED = "提取时处理进程意外退出（文件可能损坏或过大）"
POLL_SECONDS = 0.1  # while waiting for a worker: how often the caller may repaint and be cancelled
# Address space a worker may take (Linux): four times the readers' measured worst case (~400 MB).
WORKER_MEMORY_CAP = 2 * 2**30


class Cancelled(Exception):
    """The caller's poll asked to stop while a worker was still busy (e.g. OCR of a long scan)."""


def timed_out(seconds: float) -> str:
    return f"提取超过 {seconds:g} 秒仍未完成，已停止（文件内容可能异常庞大或结构异常）"


@dataclass
class Job:
    path: Any  # the file's path, carried through for the summary
    name: str
    data: bytes
    content_hash: str


@dataclass(frozen=True)
class MoreTime:
    """From a worker, before its result: the running job's reader is about to OCR pages and gets
    `seconds` more (app.documents.limits.ocr_seconds), which its budget is extended by."""

    seconds: float


Task = Callable[..., Any]  # a module-level function (it is pickled by name into the worker)


def _share_cores(workers: int) -> None:
    """In each worker: OCR uses its share of the cores (onnxruntime would start a thread per core
    in every worker, and a folder of scans would run cores x workers threads)."""
    from app.documents.ocr import set_threads

    set_threads(max(1, (os.cpu_count() or 1) // workers))


class InlineRunner:
    """Runs jobs in the calling process, without a time bound: for tests and debugging (workers=0)."""

    def __init__(self, task: Task, *args: Any) -> None:
        self._task = task
        self._args = args

    def submit(self, job: Job) -> Iterator[tuple[Job, Any]]:
        yield job, self._task(*self._args, job.name, job.data)

    def drain(self) -> Iterator[tuple[Job, Any]]:
        return iter(())

    def cancel(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Worker:
    """One spawned process running the jobs queued for it, one at a time.

    Jobs reach it through a sender thread, so this process never blocks on a full pipe (while the
    worker, in turn, waits to hand back a large result); results come back on a pipe of their own.
    A few jobs are queued ahead, so the worker stays busy while this process writes to the database.
    """

    def __init__(self, workers: int = 1) -> None:
        context = multiprocessing.get_context("spawn")  # forking a process with Qt threads can deadlock
        jobs_in, self._jobs_out = context.Pipe(duplex=False)
        self.results, results_out = context.Pipe(duplex=False)
        child_lifeline, self._lifeline = context.Pipe(duplex=False)  # never written: closes with us
        self.process = context.Process(target=serve, args=(jobs_in, results_out, child_lifeline, workers), daemon=True)
        self.process.start()
        for end in (jobs_in, results_out, child_lifeline):
            end.close()
        self.queued: deque[int] = deque()  # sequence numbers of its jobs; the first one is running
        self.started = 0.0  # when the running job started
        self.budgets: deque[float] = deque()  # seconds each queued job may take
        self._outbox: queue.SimpleQueue[tuple[Task, tuple[Any, ...]] | None] = queue.SimpleQueue()
        threading.Thread(target=self._send_all, name="job-sender", daemon=True).start()

    def _send_all(self) -> None:
        try:
            while True:
                message = self._outbox.get()
                self._jobs_out.send(message)
                if message is None:
                    return
        except (OSError, ValueError):
            return  # the worker is gone
        finally:
            self._jobs_out.close()

    def send(self, seq: int, task: Task, args: tuple[Any, ...], seconds: float) -> None:
        if not self.queued:
            self.started = time.monotonic()
        self.queued.append(seq)
        self.budgets.append(seconds)
        self._outbox.put((task, args))

    def finished(self) -> int:
        """The running job is done (its result received); the next one starts now."""
        self.started = time.monotonic()
        self.budgets.popleft()
        return self.queued.popleft()

    def extend(self, seconds: float) -> None:
        """The running job gets `seconds` more."""
        if self.budgets:
            self.budgets[0] += seconds

    def deadline(self) -> float:
        """When the running job's budget runs out."""
        return self.started + self.budgets[0]

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._outbox.put(None)
        self.results.close()
        self._lifeline.close()

    def stop(self) -> None:
        self._outbox.put(None)
        self.process.join(2)
        self.kill()


class PoolRunner:
    """Worker processes with a bounded number of jobs (and bytes) in flight and a time budget per job.

    The window is deep enough that the workers stay busy while this process writes to the
    database, and bounded (jobs' bytes and finished results' text) so that memory stays flat on a
    folder of large PDFs.
    """

    QUEUED_PER_WORKER = 8

    def __init__(self, task: Task, *args: Any, workers: int, seconds: float = DOCUMENT_SECONDS,
                 window: int | None = None, window_bytes: int = 64 * 2**20,
                 poll: Callable[[], bool] | None = None) -> None:
        self._task = task
        self._poll = poll  # called while waiting; True stops the wait (raises Cancelled)
        self._args = args
        self._max_workers = max(1, workers)
        self._seconds = seconds
        self._window = window or self._max_workers * 128
        self._window_bytes = window_bytes
        self._workers: list[_Worker] = []
        self._waiting: deque[int] = deque()  # submitted, not yet sent to a worker
        self._jobs: dict[int, Job] = {}  # every job not yet handed back
        self._results: dict[int, Any] = {}
        self._next_seq = 0
        self._next_out = 0
        self._bytes = 0

    def submit(self, job: Job) -> Iterator[tuple[Job, Any]]:
        seq = self._next_seq
        self._next_seq += 1
        self._jobs[seq] = job
        self._waiting.append(seq)
        self._bytes += len(job.data)
        self._dispatch()
        while len(self._jobs) >= self._window or self._bytes >= self._window_bytes:
            yield self._next()

    def drain(self) -> Iterator[tuple[Job, Any]]:
        while self._jobs:
            yield self._next()

    def _next(self) -> tuple[Job, Any]:
        """The oldest job's result, running the workers until it is there."""
        seq = self._next_out
        while seq not in self._results:
            self._dispatch()
            self._collect()
        self._next_out += 1
        job = self._jobs.pop(seq)
        result = self._results.pop(seq)
        self._bytes -= len(job.data) + _text_size(result)
        return job, result

    def _dispatch(self) -> None:
        """Queues waiting jobs on the least busy worker, starting workers up to the maximum."""
        while self._waiting:
            worker = min(self._workers, key=lambda w: len(w.queued), default=None)
            if (worker is None or worker.queued) and len(self._workers) < self._max_workers:
                worker = _Worker(self._max_workers)
                self._workers.append(worker)
            if worker is None or len(worker.queued) >= self.QUEUED_PER_WORKER:
                return
            seq = self._waiting.popleft()
            job = self._jobs[seq]
            worker.send(seq, self._task, (*self._args, job.name, job.data), self._seconds)

    def _collect(self) -> None:
        """Waits for a result or for the earliest budget to run out, whichever comes first; with a
        poll, in short steps, so a window stays painted and a cancel stops even a job of minutes."""
        busy = [w for w in self._workers if w.queued]
        if not busy:
            raise RuntimeError("waiting for a result while no job runs")
        timeout = max(0.0, min(w.deadline() for w in busy) - time.monotonic())
        if self._poll is not None:
            timeout = min(timeout, POLL_SECONDS)
        ready = wait([w.results for w in busy], timeout=timeout)
        if not ready and self._poll is not None and self._poll():
            raise Cancelled
        for conn in ready:
            worker = next(w for w in busy if w.results is conn)
            try:
                result = worker.results.recv()
            except (EOFError, OSError):  # the worker died (e.g. a crash inside a PDF library)
                self._fail(worker, CRASHED)
                continue
            if isinstance(result, MoreTime):  # its pages go to OCR: the reader's OCR time is added
                worker.extend(result.seconds)
                continue
            self._results[worker.finished()] = result
            self._bytes += _text_size(result)  # results wait for their turn: their text counts too
        now = time.monotonic()
        for worker in busy:
            if worker in self._workers and worker.queued and now >= worker.deadline():
                self._fail(worker, timed_out(worker.budgets[0]))

    def _fail(self, worker: _Worker, reason: str) -> None:
        """The worker's running job gets `reason`; the jobs queued behind it go to other workers."""
        self._results[worker.queued.popleft()] = reason
        self._waiting.extendleft(reversed(worker.queued))
        worker.queued.clear()
        worker.budgets.clear()
        self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        worker.queued.clear()
        worker.budgets.clear()
        self._workers.remove(worker)

    def cancel(self) -> None:
        """Drops every job not handed back yet; busy workers are stopped at once (a job already
        running, such as OCR of a long scan, is not waited for)."""
        for worker in [w for w in self._workers if w.queued]:
            self._retire(worker)
        self._waiting.clear()
        self._jobs.clear()
        self._results.clear()
        self._next_out = self._next_seq
        self._bytes = 0

    def close(self) -> None:
        for worker in self._workers:
            if worker.queued:
                worker.kill()
            else:
                worker.stop()
        self._workers.clear()


def _text_size(result: Any) -> int:
    text = getattr(result, "text", None)
    return len(text) if isinstance(text, str) else 0


def serve(jobs: Connection, results: Connection, lifeline: Connection, workers: int = 1) -> None:
    """A worker's loop: run each (task, args) received, send back its result; None ends it."""
    _die_with_parent(lifeline)
    _cap_memory()
    _share_cores(workers)
    _tell_ocr_time(results)
    while True:
        try:
            message = jobs.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task, args = message
        results.send(task(*args))


def _tell_ocr_time(results: Connection) -> None:
    """In each worker: a reader about to OCR pages tells the runner the seconds it gets, on the
    results pipe, ahead of the job's result (the job runs on this same thread)."""
    from app.documents.scan_reader import listen_for_ocr

    listen_for_ocr(lambda seconds: results.send(MoreTime(seconds)))


def _cap_memory() -> None:
    """A backstop under the readers' own limits: past WORKER_MEMORY_CAP an allocation fails
    (MemoryError, one failed file) instead of the machine swapping. Linux only."""
    if not sys.platform.startswith("linux"):
        return
    import resource

    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = WORKER_MEMORY_CAP if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY_CAP, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError):
        pass


def _die_with_parent(lifeline: Connection) -> None:
    """Ends this worker as soon as the process that started it is gone, however it ended."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # the lifeline below still ends it

    def watch() -> None:
        try:
            lifeline.recv()  # nothing is ever sent: this returns when the parent's end closes
        except (EOFError, OSError):
            pass
        os._exit(0)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
