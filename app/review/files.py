"""Which files an import looks at: the paths given, and every visible file under given folders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from app.documents.names import is_hidden


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each file to import, or (path, reason) for a path that cannot be used.

    Every visible file is tried whatever its extension (.txt .htm .html .docx .doc .pdf, or unknown ones
    the reader sniffs); inside folders, hidden files and folders are skipped.
    Folders are walked in name order so an import is repeatable. A folder holding only page
    images (scanned pages of one report, see scan_reader.is_scan_folder) is yielded itself, as one file.
    """
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk_folder(path)
            elif path.is_file():
                yield path, None
            elif path.exists():
                yield path, "不是普通文件，已跳过"
            else:
                yield path, "文件或文件夹不存在"
        except OSError as e:
            yield path, f"无法访问：{e.strerror or e}"


def _walk_folder(folder: Path) -> Iterator[tuple[Path, str | None]]:
    from app.documents.scan_reader import is_scan_folder

    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
        if is_scan_folder(folder, [e.name for e in entries if not is_hidden(e)]) and all(
                e.is_file() for e in entries if not is_hidden(e)):
            yield folder, None
            return
    except OSError as e:
        yield folder, f"无法读取文件夹：{e.strerror or e}"
        return
    for entry in entries:
        try:
            if is_hidden(entry) or entry.is_symlink() and entry.is_dir():
                continue  # a linked folder could loop back on itself
            if entry.is_dir():
                yield from _walk_folder(entry)
            elif entry.is_file():
                yield entry, None
        except OSError as e:
            yield entry, f"无法访问：{e.strerror or e}"
