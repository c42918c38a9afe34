"""Draws the application icon (a document holding a checked table) into resources/icons/.

Writes gov-report-review-<size>.png for the Linux hicolor sizes and gov-report-review.ico
(all sizes in one file) for Windows. Run with the project's Python; Qt draws offscreen:

    .venv/bin/python build/make_icons.py

The generated files are committed, so a build never needs to run this.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICON_NAME = "gov-report-review"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Windows reads PNG-compressed entries since Vista; smaller entries stay bitmaps so every
# tool that edits icons (NSIS, resource editors) reads them.
PNG_ENTRY_MIN_SIZE = 256

PAPER = QColor("#ffffff")
PAPER_EDGE = QColor("#6b7a90")
FOLD = QColor("#d9e1ec")
HEADER = QColor("#1f5fae")
GRID = QColor("#9aa8bb")
FLAGGED_CELL = QColor("#f4b400")
BADGE = QColor("#2e8b57")
SHADOW = QColor(0, 0, 0, 46)


def _page_path(x: float, y: float, w: float, h: float, fold: float) -> QPainterPath:
    """The sheet's outline with its top-right corner folded."""
    path = QPainterPath()
    path.moveTo(x, y)
    path.lineTo(x + w - fold, y)
    path.lineTo(x + w, y + fold)
    path.lineTo(x + w, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    return path


def _snap(value: float) -> float:
    """Puts a one-pixel line on a pixel's centre, so small icons stay crisp."""
    return round(value - 0.5) + 0.5


def _draw_table(painter: QPainter, left: float, top: float, width: float, height: float, size: int) -> None:
    # Small icons get fewer rows: a 16 px table of five rows is only grey noise.
    rows = 3 if size < 32 else 4 if size < 64 else 5
    columns = 3
    line = max(1.0, size / 128)
    row_height = height / rows
    column_width = width / columns

    painter.fillRect(QRectF(left, top, width, row_height), HEADER)
    # One highlighted cell: the value the checker flags for the reviewer.
    painter.fillRect(
        QRectF(left + column_width, top + row_height * 2, column_width, row_height), FLAGGED_CELL
    )

    pen = QPen(GRID, line)
    pen.setCosmetic(False)
    painter.setPen(pen)
    crisp = size < 64
    for r in range(1, rows + 1):
        y = top + r * row_height
        y = _snap(y) if crisp else y
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
    for c in range(columns + 1):
        x = left + c * column_width
        x = _snap(x) if crisp else x
        painter.drawLine(QPointF(x, top + row_height), QPointF(x, top + height))


def _draw_badge(painter: QPainter, size: int) -> None:
    """A green round check mark at the lower right: the record has been checked."""
    radius = size * 0.17
    centre = QPointF(size * 0.76, size * 0.78)
    painter.setPen(QPen(PAPER, size / 40))
    painter.setBrush(BADGE)
    painter.drawEllipse(centre, radius, radius)
    tick = QPainterPath()
    tick.moveTo(centre.x() - radius * 0.48, centre.y() + radius * 0.02)
    tick.lineTo(centre.x() - radius * 0.12, centre.y() + radius * 0.38)
    tick.lineTo(centre.x() + radius * 0.50, centre.y() - radius * 0.34)
    pen = QPen(PAPER, size / 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)


def draw_icon(size: int) -> QImage:
    """The icon drawn for one pixel size (not scaled from another size)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    margin_x = size * (0.12 if size >= 32 else 0.09)
    top = size * 0.06
    w = size - 2 * margin_x
    h = size - 2 * top
    fold = size * 0.2
    x = round(margin_x) if size < 64 else margin_x

    if size >= 48:  # a soft drop shadow reads as depth at large sizes, as a smudge at small ones
        painter.fillPath(_page_path(x + size * 0.02, top + size * 0.025, w, h, fold), SHADOW)
    edge = max(1.0, size / 64)
    painter.setPen(QPen(PAPER_EDGE, edge))
    painter.setBrush(PAPER)
    inset = edge / 2
    painter.drawPath(_page_path(x + inset, top + inset, w - edge, h - edge, fold))

    fold_path = QPainterPath()
    fold_path.moveTo(x + w - fold, top + inset)
    fold_path.lineTo(x + w - fold, top + fold)
    fold_path.lineTo(x + w - inset, top + fold)
    fold_path.closeSubpath()
    painter.setBrush(FOLD)
    painter.drawPath(fold_path)

    pad = w * 0.14
    table_top = top + fold + size * 0.06
    table_bottom = top + h - pad
    _draw_table(painter, x + pad, table_top, w - 2 * pad, table_bottom - table_top, size)
    if size >= 48:  # below that the badge would cover most of the table
        _draw_badge(painter, size)
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _bitmap_entry(image: QImage) -> bytes:
    """An ICO bitmap entry: BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    # Format_ARGB32 is stored as B, G, R, A bytes on little-endian machines, as a DIB wants.
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder != "little":
        rows = [b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for px in range(size):
            if row[px * 4 + 3] == 0:  # fully transparent: masked out for renderers that ignore alpha
                bits[px // 8] |= 0x80 >> (px % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A Windows .ico holding every given size."""
    entries = [
        (size, _png_bytes(img) if size >= PNG_ENTRY_MIN_SIZE else _bitmap_entry(img))
        for size, img in sorted(images.items())
    ]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    data = b""
    for size, blob in entries:
        side = size if size < 256 else 0  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return directory + data


def write_icons(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    images = {size: draw_icon(size) for size in SIZES}
    written = []
    for size, image in images.items():
        path = out_dir / f"{ICON_NAME}-{size}.png"
        path.write_bytes(_png_bytes(image))
        written.append(path)
    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes(images))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parent.parent / "resources" / "icons"
    parser = argparse.ArgumentParser(description="生成应用图标（PNG 各尺寸与 Windows .ico）")
    parser.add_argument("--out", type=Path, default=default_out, help="输出文件夹（默认 resources/icons）")
    args = parser.parse_args(argv)
    for path in write_icons(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
