"""A PDF report's pages as printed, with the selected cell's number boxed; a click on a number picks its cell.

Provenance gives each number's page (0-based) and box in PDF points, origin top-left, on the page
as displayed (crop box and /Rotate applied): the frame pdfium renders, so a box lands at box × scale.
Only pages that come into view are rendered (in paintEvent), and rendered pages are kept per zoom.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Mapping

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from app.record import Origin
from app.review import PdfPages

from .source_view import CURRENT_BG, LINKED_UNDERLINE

PAGE_GAP = 12  # px between pages and around them
MIN_SCALE, MAX_SCALE, ZOOM_STEP = 0.25, 6.0, 1.25
CACHE_BYTES = 96 * 1024 * 1024  # rendered pages kept: about ten A4 pages at 200 %
CLICK_SLACK = 1.5  # points around a number's box that still count as clicking it
BOX_MARGIN = 2.0  # px between the digits and the box drawn around them
BOX_PEN = QColor("#d93025")
BOX_FILL = QColor(CURRENT_BG.red(), CURRENT_BG.green(), CURRENT_BG.blue(), 90)  # see-through: digits stay black
DESK = QColor("#d9dce0")
PAPER_EDGE = QColor("#9aa0a6")

PageBox = tuple[int, QRectF]  # page index, box in points


class PageImages:
    """A PDF's pages as QImages, the most recent kept up to CACHE_BYTES."""

    def __init__(self, pages: PdfPages) -> None:
        self._pdf = pages
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._pdf)

    def image(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` pixels per point (a null image if pdfium cannot draw it)."""
        key = (index, round(scale, 4))
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        image = self._render(index, scale)
        self._cache[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        return image

    def clear(self) -> None:
        """Frees the rendered pages (they are rendered again when next shown)."""
        self._cache.clear()
        self._bytes = 0

    def close(self) -> None:
        self.clear()
        self._pdf.close()

    def _render(self, index: int, scale: float) -> QImage:
        bitmap = self._pdf.render(index, scale)
        if bitmap is None:
            return QImage()  # painted as an empty page; the reviewer still has the text view
        # The QImage only wraps the buffer it is given: copy it so the image owns its pixels.
        return QImage(bitmap.pixels, bitmap.width, bitmap.height, bitmap.stride,
                      QImage.Format.Format_RGBX8888).copy()


class PagesCanvas(QWidget):
    """The pages stacked top to bottom at one scale; paints only what is exposed."""

    keyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)  # the pointer turns into a hand over a linked number
        self.images: PageImages | None = None
        self._sizes: list[tuple[float, float]] = []  # points
        self._tops: list[float] = []  # px, top edge of each page
        self._scale = 1.0
        self._links: dict[int, list[tuple[QRectF, str]]] = {}  # page -> (box in points, key)
        self._box: PageBox | None = None

    # --- content -----------------------------------------------------------------------------

    def set_pages(self, images: PageImages | None, sizes: list[tuple[float, float]]) -> None:
        self.images = images
        self._sizes = sizes
        self._box = None
        self._lay_out()

    def set_links(self, provenance: Mapping[str, Origin]) -> None:
        self._links = {}
        for key, origin in sorted(provenance.items(), key=lambda item: item[1].start):
            box = page_box(origin)
            if box is not None and box[0] < len(self._sizes):
                self._links.setdefault(box[0], []).append((box[1], key))
        self.update()

    def set_box(self, box: PageBox | None) -> None:
        self._box = box if box is None or box[0] < len(self._sizes) else None
        self.update()

    def box(self) -> PageBox | None:
        return self._box

    def page_count(self) -> int:
        return len(self._sizes)

    def widest_page(self) -> float:
        return max((w for w, _ in self._sizes), default=0.0)

    # --- geometry ----------------------------------------------------------------------------

    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._lay_out()

    def page_rect(self, index: int) -> QRectF:
        width, height = self._sizes[index]
        left = (self.width() - width * self._scale) / 2
        return QRectF(left, self._tops[index], width * self._scale, height * self._scale)

    def point_to_pixel(self, page: int, point: QPointF) -> QPointF:
        return self.page_rect(page).topLeft() + point * self._scale

    def box_to_pixels(self, box: PageBox) -> QRectF:
        page, rect = box
        return QRectF(self.point_to_pixel(page, rect.topLeft()), self.point_to_pixel(page, rect.bottomRight()))

    def pixel_to_point(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """The page under a pixel of this widget and the spot on it in points, or None between pages."""
        page = bisect_right(self._tops, pos.y()) - 1
        if page < 0:
            return None
        rect = self.page_rect(page)
        if not rect.contains(pos):
            return None
        return page, (pos - rect.topLeft()) / self._scale

    def page_at(self, y: float) -> int:
        return max(0, min(len(self._sizes) - 1, bisect_right(self._tops, y) - 1))

    def key_at(self, pos: QPointF) -> str | None:
        """The cell whose number is printed under `pos` (the tightest box when boxes overlap)."""
        spot = self.pixel_to_point(pos)
        if spot is None:
            return None
        page, point = spot
        hits = [(rect.width() * rect.height(), key) for rect, key in self._links.get(page, ())
                if rect.adjusted(-CLICK_SLACK, -CLICK_SLACK, CLICK_SLACK, CLICK_SLACK).contains(point)]
        return min(hits)[1] if hits else None

    def _lay_out(self) -> None:
        self._tops = []
        y = float(PAGE_GAP)
        for _, height in self._sizes:
            self._tops.append(y)
            y += height * self._scale + PAGE_GAP
        width = self.widest_page() * self._scale + 2 * PAGE_GAP
        self.resize(QSize(round(width), round(y)) if self._sizes else QSize(0, 0))
        self.update()

    # --- painting and the mouse --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), DESK)
        if self.images is None:
            return
        exposed = QRectF(event.rect())
        first, last = self.page_at(exposed.top()), self.page_at(exposed.bottom())
        ratio = self.devicePixelRatioF()  # render at the screen's own resolution
        for index in range(first, last + 1):
            rect = self.page_rect(index)
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self.images.image(index, self._scale * ratio)
            if not image.isNull():
                painter.drawImage(rect, image)
            painter.setPen(PAPER_EDGE)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            self._paint_marks(painter, index)

    def _paint_marks(self, painter: QPainter, page: int) -> None:
        # Numbers that became cells get a dotted underline, as in the text view.
        painter.setPen(QPen(LINKED_UNDERLINE, 1, Qt.PenStyle.DotLine))
        for rect, _ in self._links.get(page, ()):
            pixels = self.box_to_pixels((page, rect))
            painter.drawLine(pixels.bottomLeft(), pixels.bottomRight())
        box = self.box_rect() if self._box is not None and self._box[0] == page else None
        if box is not None:
            painter.setPen(QPen(BOX_PEN, 2))
            painter.setBrush(BOX_FILL)
            painter.drawRect(box)

    def box_rect(self) -> QRectF | None:
        """Where the box around the selected cell's number is drawn, in this widget's pixels."""
        if self._box is None:
            return None
        return self.box_to_pixels(self._box).adjusted(-BOX_MARGIN, -BOX_MARGIN, BOX_MARGIN, BOX_MARGIN)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.key_at(event.position())
            if key:
                self.keyClicked.emit(key)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.key_at(event.position()):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)


def page_box(origin: Origin | None) -> PageBox | None:
    """A cell's number on the page, if the reader saw where it was printed."""
    if origin is None or origin.page is None or origin.box is None or origin.page < 0:
        return None
    x0, y0, x1, y1 = origin.box
    return origin.page, QRectF(QPointF(x0, y0), QPointF(x1, y1))


class PageView(QScrollArea):
    """The scrolling, zooming view of a PDF's pages (Ctrl+wheel or +/- to zoom; fits the width at first)."""

    keyClicked = Signal(str)
    placeChanged = Signal()  # the page in view or the zoom changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = PagesCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there, so fitting the width never makes a scroll bar appear and the width shrink.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._fit_width = True
        self._scroll_pending = False  # the box was set while hidden: scroll to it when shown
        self.canvas.keyClicked.connect(self.keyClicked)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.placeChanged.emit())

    def show_pdf(self, images: PageImages, sizes: list[tuple[float, float]],
                 provenance: Mapping[str, Origin]) -> None:
        self.clear()
        self.canvas.set_pages(images, sizes)
        self.canvas.set_links(provenance)
        if self._fit_width:
            self.canvas.set_scale(self._width_scale())
        self.verticalScrollBar().setValue(0)
        self.placeChanged.emit()

    def set_links(self, provenance: Mapping[str, Origin]) -> None:
        self.canvas.set_links(provenance)

    def clear(self) -> None:
        if self.canvas.images is not None:
            self.canvas.images.close()
        self.canvas.set_pages(None, [])

    def show_origin(self, origin: Origin | None) -> bool:
        """Boxes a cell's number and scrolls to it; False (and no box) when it has no place on the pages."""
        self.canvas.set_box(page_box(origin))
        if self.canvas.box() is None:
            return False
        if self.isVisible():
            self._scroll_to_box()
        else:
            self._scroll_pending = True
        return True

    # --- zoom --------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.canvas.scale()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit_width = True
        self._rescale(self._width_scale(), None)

    def fits_width(self) -> bool:
        return self._fit_width

    def set_zoom(self, scale: float, anchor: QPoint | None = None) -> None:
        """Zooms keeping the spot under `anchor` (viewport pixels) in place; without one, the boxed
        number if it is in view, else the middle of the view."""
        self._fit_width = False
        self._rescale(max(MIN_SCALE, min(MAX_SCALE, scale)), anchor if anchor is not None else self._box_in_view())

    def current_page(self) -> int:
        """The page of the boxed number when it is in view, else the page at the middle of the view (0-based)."""
        box = self.canvas.box()
        if box is not None and self._box_in_view() is not None:
            return box[0]
        return self.canvas.page_at(self.verticalScrollBar().value() + self.viewport().height() / 2)

    def page_count(self) -> int:
        return self.canvas.page_count()

    def _width_scale(self) -> float:
        widest = self.canvas.widest_page()
        if not widest:
            return self.zoom()
        room = self.viewport().width() - 2 * PAGE_GAP
        return max(MIN_SCALE, min(MAX_SCALE, room / widest))

    def _rescale(self, scale: float, anchor: QPoint | None) -> None:
        if self.canvas.page_count() == 0 or abs(scale - self.zoom()) < 1e-6:
            self.canvas.set_scale(scale)
            return
        if anchor is None:
            anchor = self.viewport().rect().center()
        at = QPointF(self.horizontalScrollBar().value() + anchor.x(), self.verticalScrollBar().value() + anchor.y())
        spot = self.canvas.pixel_to_point(at)
        page = self.canvas.page_at(at.y())
        self.canvas.set_scale(scale)
        if spot is None:  # between pages: keep the top of the page that was there
            target = QPointF(at.x(), self.canvas.page_rect(page).top())
        else:
            target = self.canvas.point_to_pixel(*spot)
        self.horizontalScrollBar().setValue(round(target.x() - anchor.x()))
        self.verticalScrollBar().setValue(round(target.y() - anchor.y()))
        self.placeChanged.emit()

    def _box_in_view(self) -> QPoint | None:
        rect = self.canvas.box_rect()
        if rect is None:
            return None
        centre = rect.center().toPoint() - QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return centre if self.viewport().rect().contains(centre) else None

    def _scroll_to_box(self) -> None:
        rect = self.canvas.box_rect()
        if rect is not None:
            scroll_into_view(self, rect.toRect())
        self._scroll_pending = False

    # --- events ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._rescale(self._width_scale(), QPoint(0, 0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_width:
            self.canvas.set_scale(self._width_scale())
        if self._scroll_pending:
            self._scroll_to_box()



def scroll_into_view(area: QScrollArea, rect: QRect) -> None:
    """Scrolls so `rect` (in the area's widget) is in view, a third of the height from the edges, and
    as far left as it allows: a row's label is printed left of its numbers."""
    view = area.viewport().size()
    area.horizontalScrollBar().setValue(max(0, rect.right() + view.width() // 6 - view.width()))
    area.ensureVisible(rect.center().x(), rect.center().y(), 0, view.height() // 3)
