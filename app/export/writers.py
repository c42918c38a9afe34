"""Writing rows to CSV (UTF-8 with BOM, for Excel and WPS) or xlsx, never leaving a half-written file.

Both writers take whatever text the store holds: control characters (a vertical tab or ESC in a
title, which the xlsx format cannot carry at all) are dropped from what reaches the file; the
source view keeps them.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .rows import neutralise

EXCEL_MAX_ROWS = 1_048_576  # header row included
EXCEL_MAX_CELL_CHARS = 32_767
# Characters XML 1.0 (so xlsx) cannot hold, and the other invisible controls; tab and line breaks stay.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# `.<name>.<pid>.<random>.part`: the pid says whether the export that wrote it still runs.
_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part$")


class ExportError(Exception):
    """The export file could not be written; the message names the file and the reason."""


class ExportCancelled(Exception):
    """The export was stopped when asked: no file was written, a file of that name is as it was."""


Progress = Callable[[int, int], None]  # (rows done, rows in all)
Cancel = Callable[[], bool]  # True once the export should stop


class Tracker:
    """Counts the rows written for `progress` (about a hundred calls however many rows) and stops
    the export with ExportCancelled as soon as `cancel` says so."""

    def __init__(self, total: int, progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel
        self._step = max(1, total // 100)

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled("导出已取消")

    def rows(self, rows: Iterable[list[Any]]) -> Iterator[list[Any]]:
        """`rows`, checking for a cancel before each and after the last."""
        self.check()
        if self._progress is not None and self.done == 0:
            self._progress(0, self.total)
        for row in rows:
            self.check()
            yield row
            self.done += 1
            if self._progress is not None and (self.done % self._step == 0 or self.done == self.total):
                self._progress(self.done, self.total)
        self.check()


@contextmanager
def replacing(path: Path, tracker: Tracker | None = None) -> Iterator[Path]:
    """A temporary file beside `path` that replaces it only when writing succeeded (and was not
    cancelled: `tracker` is asked once more just before the file is put in place).

    An export killed mid-way cannot remove its `.part`; the next export into the folder does.
    """
    remove_stale_parts(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise ExportError(f"无法在该文件夹中写入：{path.parent}（{e.strerror or e}）") from e
    os.close(fd)
    try:
        yield Path(tmp)
        if tracker is not None:
            tracker.check()
        _give_normal_permissions(tmp)
        os.replace(tmp, path)
    except PermissionError as e:
        raise ExportError(f"无法写入 {path}：文件可能正在 Excel 或 WPS 中打开，请关闭后重试") from e
    except OSError as e:
        raise ExportError(f"无法写入 {path}：{e.strerror or e}") from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _give_normal_permissions(tmp: str) -> None:
    """mkstemp makes the file private (0600); an export is an ordinary file: 0666 less the umask."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


def remove_stale_parts(folder: Path) -> None:
    """Removes the `.part` files of exports that were killed (their process is gone)."""
    try:
        names = [e.name for e in os.scandir(folder) if e.name.endswith(".part")]
    except OSError:
        return
    for name in names:
        match = _PART.match(name)
        if match is None or int(match.group(1)) == os.getpid() or _alive(int(match.group(1))):
            continue
        try:
            os.unlink(folder / name)
        except OSError:
            pass  # on Windows an open file cannot be removed: its export still runs


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return False  # a running export's .part is open, and Windows refuses to remove an open file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. another user's process
    return True


def clean_text(text: str) -> str:
    """Text as an export may carry it: without control characters."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _cell(value: Any) -> Any:
    # Empty stays empty; a whole float (3.0) is written as the integer it is.
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(clean_text(value))  # (a text in a value cell too: never a formula)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)):
        return value
    # Anything else a damaged record may hold (a list, an object) is written as its JSON text:
    # openpyxl would refuse it, and an export must not fail over one cell.
    return neutralise(json.dumps(value, ensure_ascii=False))


def write_csv(path: Path, columns: list[str], rows: Iterable[list[Any]], tracker: Tracker | None = None) -> int:
    """Writes a CSV Excel opens correctly (BOM, CRLF); returns the number of data rows."""
    count = 0
    with replacing(path, tracker) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([clean_text(c) for c in columns])
        for row in rows if tracker is None else tracker.rows(rows):
            writer.writerow([_cell(v) for v in row])
            count += 1
    return count
