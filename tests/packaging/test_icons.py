"""The committed application icons: every platform size present, drawn, and readable."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from tests.packaging.conftest import REPO, load_build_module

ICONS = REPO / "resources" / "icons"
make_icons = load_build_module("make_icons")


def _ico_sizes(path: Path) -> list[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    sizes = []
    for i in range(count):
        width, _height, _colors, _reserved, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert offset + length <= len(data), "icon entry points past the end of the file"
        sizes.append(width or 256)
    return sorted(sizes)


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_each_hicolor_size_has_a_png_of_exactly_that_size(size: int) -> None:
    image = QImage(str(ICONS / f"gov-report-review-{size}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)


def test_windows_icon_holds_every_size_and_qt_reads_them_all() -> None:
    ico = ICONS / "gov-report-review.ico"
    assert _ico_sizes(ico) == sorted(make_icons.SIZES)
    reader = QImageReader(str(ico))
    assert reader.imageCount() == len(make_icons.SIZES)
    read = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        read.append(reader.read().width())
    assert sorted(read) == sorted(make_icons.SIZES)


def test_icon_is_a_drawn_glyph_on_a_transparent_background() -> None:
    image = QImage(str(ICONS / "gov-report-review-256.png"))
    assert image.pixelColor(0, 0).alpha() == 0  # corners stay transparent on any panel colour
    assert image.pixelColor(128, 128).alpha() == 255
    colours = {image.pixel(x, y) for x in range(0, 256, 4) for y in range(0, 256, 4)}
    assert len(colours) > 8, "the icon is nearly one colour"


def test_generator_writes_the_committed_set_of_files(tmp_path: Path) -> None:
    written = make_icons.write_icons(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        p.name for p in ICONS.iterdir() if p.name.startswith("gov-report-review")
    )
    assert _ico_sizes(tmp_path / "gov-report-review.ico") == sorted(make_icons.SIZES)
