"""Writing rows to CSV (UTF-8 with BOM, for Excel and WPS) or xlsx, never leaving a half-written file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXCEL_MAX_ROWS = 1_048_576  # header row included


class ExportError(Exception):
    """The export file could not be written; the message names the file and the reason."""


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` that replaces it only when writing succeeded."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise ExportError(f"无法在该文件夹中写入：{path.parent}（{e.strerror or e}）") from e
    os.close(fd)
    try:
        yield Path(tmp)
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


def _cell(value: Any) -> Any:
    # Empty stays empty; a whole float (3.0) is written as the integer it is.
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_csv(path: Path, columns: list[str], rows: Iterable[list[Any]]) -> int:
    """Writes a CSV Excel opens correctly (BOM, CRLF); returns the number of data rows."""
    count = 0
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
            count += 1
    return count
