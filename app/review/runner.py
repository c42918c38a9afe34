"""Runs extraction jobs in worker processes (extraction is CPU-bound pure Python) or in-process.

Results come back in submission order, so an import is repeatable whatever the workers' timing.
Each job in a worker has a time budget: a worker still busy when it runs out is killed, the job
is reported as timed out, and a fresh worker takes the next job. Workers die with this process:
each watches a pipe only this process holds open (and on Linux asks the kernel for SIGKILL when
its parent goes), so a killed import leaves no worker running.
"""

from __future__ import annotations

import multiprocessing
import os
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


def timed_out(seconds: float) -> str:
    return f"提取超过 {seconds:g} 秒仍未完成，已停止（文件内容可能异常庞大或结构异常）"


@dataclass
class Job:
    path: Any  # the file's path, carried through for the summary
    name: str
    data: bytes
    content_hash: str


Task = Callable[..., Any]  # a module-level function (it is pickled by name into the worker)


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
    """One spawned process running one job at a time; `lifeline` is open only in this process."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # forking a process with Qt threads can deadlock
        self.conn, child_conn = context.Pipe()
        lifeline, child_lifeline = context.Pipe()
        self.lifeline = lifeline
        self.process = context.Process(target=serve, args=(child_conn, child_lifeline), daemon=True)
        self.process.start()
        child_conn.close()
        child_lifeline.close()
        self.job: int | None = None  # sequence number of the job it is running
        self.started = 0.0

    def send(self, seq: int, task: Task, args: tuple[Any, ...]) -> None:
        self.job = seq
        self.started = time.monotonic()
        self.conn.send((task, args))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        self.lifeline.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.kill()


class PoolRunner:
    """Worker processes with a bounded number of jobs (and bytes) in flight and a time budget per job.

    The window is deep enough that the workers stay busy while this process writes to the
    database, and bounded (jobs' bytes and finished results' text) so that memory stays flat on a
    folder of large PDFs.
    """

    def __init__(self, task: Task, *args: Any, workers: int, seconds: float = DOCUMENT_SECONDS,
                 window: int | None = None, window_bytes: int = 64 * 2**20) -> None:
        self._task = task
        self._args = args
        self._max_workers = max(1, workers)
        self._seconds = seconds
        self._window = window or self._max_workers * 128
        self._window_bytes = window_bytes
        self._workers: list[_Worker] = []
        self._idle: list[_Worker] = []
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
        while self._waiting:
            if not self._idle and len(self._workers) < self._max_workers:
                worker = _Worker()
                self._workers.append(worker)
                self._idle.append(worker)
            if not self._idle:
                return
            worker = self._idle.pop()
            seq = self._waiting.popleft()
            job = self._jobs[seq]
            try:
                worker.send(seq, self._task, (*self._args, job.name, job.data))
            except OSError:  # the worker died while idle: replace it, try again
                self._retire(worker)
                self._waiting.appendleft(seq)

    def _collect(self) -> None:
        """Waits for a result or for the earliest budget to run out, whichever comes first."""
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            raise RuntimeError("waiting for a result while no job runs")
        deadline = min(w.started for w in busy) + self._seconds
        for conn in wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic())):
            worker = next(w for w in busy if w.conn is conn)
            seq = worker.job
            assert seq is not None
            try:
                self._results[seq] = result = worker.conn.recv()
                self._bytes += _text_size(result)  # results wait for their turn: their text counts too
            except (EOFError, OSError):  # the worker died (e.g. a crash inside a PDF library)
                self._results[seq] = CRASHED
                self._retire(worker)
                continue
            worker.job = None
            self._idle.append(worker)
        now = time.monotonic()
        for worker in busy:
            if worker.job is not None and now - worker.started >= self._seconds:
                self._results[worker.job] = timed_out(self._seconds)
                self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        worker.job = None
        self._workers.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)

    def cancel(self) -> None:
        """Drops every job not handed back yet; busy workers are stopped at once."""
        for worker in [w for w in self._workers if w.job is not None]:
            self._retire(worker)
        self._waiting.clear()
        self._jobs.clear()
        self._results.clear()
        self._next_out = self._next_seq
        self._bytes = 0

    def close(self) -> None:
        for worker in self._workers:
            if worker.job is None:
                worker.stop()
            else:
                worker.kill()
        self._workers.clear()
        self._idle.clear()


def _text_size(result: Any) -> int:
    text = getattr(result, "text", None)
    return len(text) if isinstance(text, str) else 0


def serve(conn: Connection, lifeline: Connection) -> None:
    """A worker's loop: run each (task, args) received, send back its result; None ends it."""
    _die_with_parent(lifeline)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task, args = message
        conn.send(task(*args))


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
