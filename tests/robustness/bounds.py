"""Running one call under a stopwatch and tracemalloc, to hold hostile input to bounds."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024


@dataclass
class Measured:
    result: Any  # what the call returned, or the exception it raised
    seconds: float
    peak_bytes: int  # Python allocations only (tracemalloc); C libraries' own memory is not seen


def measure(call: Callable[[], Any]) -> Measured:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result: Any = call()
    except Exception as error:  # the caller asserts which exceptions are acceptable
        result = error
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Measured(result, seconds, peak)
