"""File names as data: whatever bytes the file system allows become text that can be stored and shown.

On Linux a name is bytes; Python hands over the ones that are not UTF-8 as surrogate escapes, which
SQLite, a terminal or a spreadsheet refuse. Such names mostly come from Windows archives unpacked
on UOS/Kylin, so they are read as GB18030 (a superset of GBK); anything else is shown as \\xNN.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def readable_name(name: str) -> str:
    """The name as valid Unicode text (the same text for any UTF-8 name)."""
    if not _SURROGATE.search(name):
        return name
    if _ESCAPED_BYTE.search(name):
        raw = os.fsencode(name) if os.name != "nt" else name.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")
    return name.encode("utf-8", "backslashreplace").decode("utf-8")  # lone UTF-16 halves (Windows)


def one_line(text: str) -> str:
    """Text for one line of a terminal or log: control characters (a newline in a file name) as \\n, \\x1b…"""
    text = readable_name(text)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def is_hidden(path: Path) -> bool:
    """Dot-files (Unix) and files with the Windows hidden attribute (Thumbs.db, desktop.ini)."""
    if path.name.startswith("."):
        return True
    attributes = getattr(os.stat(path, follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))
