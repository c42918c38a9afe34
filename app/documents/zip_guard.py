"""Opening a zip container without trusting it: judge the central directory before inflating.

A zip bomb declares (or hides) a huge uncompressed size behind a tiny compressed one. The
declared sizes and ratios are checked before any member is read, and the member that is read is
read with a hard byte cap, so a directory that lies about sizes cannot get past either.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from .limits import MAX_UNZIPPED_BYTES, MAX_ZIP_MEMBERS, MAX_ZIP_RATIO, MB, ZIP_RATIO_FLOOR
from .model import ENCRYPTED, ReadError

_BOMB = "压缩包内容异常（疑似“压缩炸弹”：{reason}），已拒绝读取"


def open_zip(data: bytes, damaged_message: str) -> zipfile.ZipFile:
    """The archive with its directory checked; ReadError(damaged_message) if it is no valid zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as error:
        # NotImplementedError: a directory entry claiming a zip version newer than zipfile reads
        # (a damaged header, in practice)
        raise ReadError(damaged_message) from error
    _check_directory(archive.infolist())
    return archive


def read_member(archive: zipfile.ZipFile, name: str, damaged_message: str) -> bytes:
    """One member's bytes, never more than MAX_UNZIPPED_BYTES whatever its header claims."""
    info = archive.getinfo(name)
    if info.flag_bits & 0x1:
        raise ReadError(ENCRYPTED)
    try:
        with archive.open(info) as member:
            content = member.read(MAX_UNZIPPED_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        # NotImplementedError: a compression method zipfile lacks (e.g. deflate64)
        raise ReadError(damaged_message) from error
    if len(content) > MAX_UNZIPPED_BYTES:
        raise ReadError(_BOMB.format(reason=f"{name} 解压后超过 {MAX_UNZIPPED_BYTES // MB} MB"))
    return content


def _check_directory(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReadError(_BOMB.format(reason=f"包含 {len(members)} 个文件"))
    total = 0
    for info in members:
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise ReadError(_BOMB.format(
                reason=f"声明的解压大小超过 {MAX_UNZIPPED_BYTES // MB} MB（{_size(total)}以上）"))
        if info.file_size > ZIP_RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise ReadError(_BOMB.format(
                reason=f"{info.filename} 压缩比约 {info.file_size // max(info.compress_size, 1)}:1"))


def _size(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n} 字节"
