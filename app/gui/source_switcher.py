"""The source pane: the report's plain text, or (F6) the source as published — a PDF's pages or the
tables of an HTML/Word page. Both follow the selected cell; the reviewer's choice is remembered.

The published view is loaded only when it is asked for, once per version of a report's file.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice, takewhile

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.record import Origin
from app.review import Box, ReadError, ReportState, ReviewService
from app.review.source_document import source_document, source_pages
from app.store import StoreError

from .elided_label import ElidedLabel
from .keys import unique_keys
from .source_find import FindBar
from .source_grid import GridView
from .source_pages import PageImages, PageView
from .source_view import SourceView

PUBLISHED_SETTING = "source/published"
ZOOM_SETTING = "source/page_zoom"  # the PDF pages' scale; 0 = fit the pane's width
TEXT_ZOOM_SETTING = "source/text_zoom"  # points added to the text's and tables' font
MAX_TEXT_ZOOM = 16
MAX_RUNS = 50  # text runs looked at for one match (a match spans a few)


class SourceSwitcher(QWidget):
    keyClicked = Signal(str)  # a number clicked in the published view: connect to the text view's signal

    def __init__(self, text_view: SourceView, service: ReviewService, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_view = text_view
        self.service = service
        self.settings = settings
        self.pages = PageView(self)
        self.grids = GridView(self)
        self._stack = QStackedWidget(self)
        for view in (text_view, self.pages, self.grids):
            self._stack.addWidget(view)
        self._state: ReportState | None = None
        self._key = ""
        self._loaded: tuple[int, str] | None = None  # (report id, content hash) the published view holds
        self._published: PageView | GridView | None = None  # None: this report has only its text
        self._reason = ""  # why the loaded report has no published view
        self._placed = True  # the selected cell was found in the published view
        self._note = ElidedLabel(self)  # one line even in a narrow pane (page, zoom, or why not)
        self.find_bar = FindBar(self)
        self.find_bar.matchChosen.connect(self._show_match)
        self._pdf_boxes: list[Box] = []  # the loaded PDF's text runs with their page and box
        self._text_zoom = 0  # steps of one point over the window's font, for the text and the tables
        self._make_actions()
        self._lay_out()
        self.pages.keyClicked.connect(self.keyClicked)
        self.grids.keyClicked.connect(self.keyClicked)
        self.pages.placeChanged.connect(self._show_note)
        zoom = self.settings.value(ZOOM_SETTING, 0.0, type=float)
        if isinstance(zoom, float) and zoom > 0:
            self.pages.set_zoom(zoom)
        self._zoom_text(int(str(self.settings.value(TEXT_ZOOM_SETTING, 0, type=int))))

    def _make_actions(self) -> None:
        self.act_published = QAction(self.tr("按原版式显示原文"), self)
        self.act_published.setIconText(self.tr("原版式"))
        self.act_published.setToolTip(self.tr("在文字和原版式（PDF 页面、网页和 Word 的表格）之间切换（F6）"))
        self.act_published.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.act_published.setCheckable(True)
        self.act_published.setChecked(bool(self.settings.value(PUBLISHED_SETTING, False, type=bool)))
        self.act_published.toggled.connect(self._on_toggled)
        std = QKeySequence.StandardKey
        self.act_zoom_in = QAction(self.tr("放大原文"), self)
        self.act_zoom_in.setShortcuts(unique_keys([std.ZoomIn, "Ctrl+="]))
        self.act_zoom_in.setIconText("+")
        self.act_zoom_in.triggered.connect(lambda: self.zoom(+1))
        self.act_zoom_out = QAction(self.tr("缩小原文"), self)
        self.act_zoom_out.setShortcuts(unique_keys([std.ZoomOut, "Ctrl+-"]))
        self.act_zoom_out.setIconText("−")
        self.act_zoom_out.triggered.connect(lambda: self.zoom(-1))
        self.act_find = QAction(self.tr("在原文中查找…"), self)
        self.act_find.setShortcuts(unique_keys([std.Find]))
        self.act_find.triggered.connect(self.find_bar.open)
        self.act_find_next = QAction(self.tr("查找下一个"), self)
        self.act_find_next.setShortcuts(unique_keys([std.FindNext]))
        self.act_find_next.triggered.connect(self._find_next)
        self.act_find_previous = QAction(self.tr("查找上一个"), self)
        self.act_find_previous.setShortcuts(unique_keys([std.FindPrevious]))
        self.act_find_previous.triggered.connect(self._find_previous)
        self.act_fit_width = QAction(self.tr("原文页面适合宽度"), self)
        self.act_fit_width.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.act_fit_width.setIconText(self.tr("适合宽度"))
        self.act_fit_width.triggered.connect(self.pages.fit_width)
        self.view_actions = [self.act_published, self.act_zoom_in, self.act_zoom_out, self.act_fit_width]
        self.find_actions = [self.act_find, self.act_find_next, self.act_find_previous]

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self._zoom_buttons: list[QToolButton] = []
        for action in self.view_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
            if action is self.act_published:
                bar.addWidget(self._note, 1)
            else:
                self._zoom_buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self._stack, 1)
        self._refresh()

    # --- what the window tells it ----------------------------------------------------------

    def show_report(self, state: ReportState, key: str | None) -> None:
        """A report was opened or changed; `key` is the selected cell."""
        self._state, self._key = state, key or ""
        self.find_bar.set_text(state.text)
        if self._loaded is not None and self._loaded != (state.summary.id, state.summary.content_hash):
            self._unload()
        self._refresh()

    def show_key(self, key: str) -> None:
        """The selected cell changed: box or mark its number in the published view."""
        self._key = key
        if self.current_view() is not self.text_view:
            self._follow()

    def current_view(self) -> QWidget:
        return self._stack.currentWidget() or self.text_view

    def published(self) -> bool:
        return self.act_published.isChecked()

    def note_text(self) -> str:
        """What the line above the view says: page and zoom, or why there is no published view."""
        return self._note.text()

    # --- switching ---------------------------------------------------------------------------

    def _on_toggled(self, on: bool) -> None:
        self.settings.setValue(PUBLISHED_SETTING, on)
        self._refresh()

    def _refresh(self) -> None:
        view: QWidget = self.text_view
        if self.published() and self._state is not None:
            self._load(self._state)
            if self._published is not None:
                self._published.set_links(self._state.provenance)
                view = self._published
        self._stack.setCurrentWidget(view)
        self.act_fit_width.setEnabled(view is self.pages)
        for button in self._zoom_buttons:
            button.setVisible(view is self.pages)
        if view is not self.text_view:
            self._follow()
        self._show_note()

    def _follow(self) -> None:
        origin: Origin | None = self._state.provenance.get(self._key) if self._state and self._key else None
        if self._published is not None:
            shown = self._published.show_origin(origin)
            self._placed = shown or not self._key  # no note when no cell is selected
        self._show_note()

    def _show_note(self) -> None:
        view = self.current_view()
        if view is self.pages:
            text = self.tr("第 {0} / {1} 页 · {2}%").format(
                self.pages.current_page() + 1, self.pages.page_count(), round(self.pages.zoom() * 100))
        elif view is self.grids:
            text = self.tr("{0} 个表格").format(len(self.grids.tables))
        else:
            text = self._reason if self.published() else ""
        if view is not self.text_view and not self._placed:
            text += self.tr("（所选单元格在原文中没有可标出的位置）")
        self._note.set_text(text)

    # --- zoom and search ------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+-: the PDF page's scale on a page, else the text's (and tables') font size."""
        if self.current_view() is self.pages:
            self.pages.zoom_in() if step > 0 else self.pages.zoom_out()
            return
        self._zoom_text(self._text_zoom + step)
        self.settings.setValue(TEXT_ZOOM_SETTING, self._text_zoom)

    def refresh_zoom(self) -> None:
        """The window's font changed: the text and tables keep their zoom over the new size."""
        self._zoom_text(self._text_zoom)

    def text_zoom(self) -> int:
        return self._text_zoom

    def _zoom_text(self, steps: int) -> None:
        steps = max(-MAX_TEXT_ZOOM // 2, min(MAX_TEXT_ZOOM, steps))
        for view in (self.text_view, self.grids):
            font = QFont(QApplication.font())  # the window's font (size setting) plus the zoom
            font.setPointSizeF(max(6.0, font.pointSizeF() + steps))
            view.setFont(font)
        self._text_zoom = steps

    def _find_next(self) -> None:
        self.find_bar.show()
        self.find_bar.next()

    def _find_previous(self) -> None:
        self.find_bar.show()
        self.find_bar.previous()

    def _show_match(self, start: int, end: int) -> None:
        view = self.current_view()
        if view is self.text_view:
            self.text_view.show_match(start, end)
        elif view is self.grids:
            if not self.grids.show_origin(Origin(start, end, "")):
                self._note.set_text(self.tr("找到的文字不在表格中（按 F6 在文字中查看）"))
        elif view is self.pages and self._state is not None:
            origin = self._printed_at(start, end)
            if origin is None or not self.pages.show_origin(origin):
                self._note.set_text(self.tr("找到的文字无法在页面上标出（按 F6 在文字中查看）"))

    def _printed_at(self, start: int, end: int) -> Origin | None:
        """Where text[start:end] was printed: the runs it spans on the page of its first one, as
        one box; else the box of a cell's number it falls in (provenance keeps those)."""
        first = bisect_left(self._pdf_boxes, start, key=lambda b: b.end)  # the first run ending after start
        runs = list(takewhile(lambda b: b.start < end, islice(self._pdf_boxes, first, first + MAX_RUNS)))
        runs = [b for b in runs if b.page == runs[0].page] if runs else []
        if runs:
            box = (min(b.x0 for b in runs), min(b.y0 for b in runs), max(b.x1 for b in runs), max(b.y1 for b in runs))
            return Origin(start, end, "", page=runs[0].page, box=box)
        return next((o for o in self._state.provenance.values()
                     if o.page is not None and o.start < end and start < o.end), None) if self._state else None

    # --- loading the published view ------------------------------------------------------------

    def _load(self, state: ReportState) -> None:
        version = (state.summary.id, state.summary.content_hash)
        if self._loaded == version:
            return
        self._unload()
        self._loaded = version
        try:
            document = source_document(self.service.store, state.summary.id)
            if document is None:
                self._reason = self.tr("这份报告是纯文本文件，没有原版式可显示")
            elif document.kind == "pdf":
                images = PageImages(source_pages(self.service.store, state.summary.id))
                self.pages.show_pdf(images, document.page_sizes[:len(images)], state.provenance)
                self._published = self.pages
                # Where any text was printed, for Ctrl+F; offsets are the text's as read now.
                self._pdf_boxes = document.boxes if document.text == state.text else []
            elif document.text != state.text:
                # Grid offsets index the text read now; provenance indexes the text read at import.
                self._reason = self.tr("原文件按当前程序读出的文字与导入时不同，表格无法与单元格对应，请使用文字视图（F6）")
            elif not document.grids:
                self._reason = self.tr("原文件中没有表格，只有文字可显示")
            else:
                self.grids.show_document(document, state.provenance)
                self._published = self.grids
        except (ReadError, StoreError) as error:
            self._reason = self.tr("无法按原版式显示 {0}：{1}").format(state.summary.source, error)

    def release(self) -> None:
        """Remembers the zoom and closes the PDF (the window is closing); the next report shown loads
        its view again."""
        self.settings.setValue(ZOOM_SETTING, 0.0 if self.pages.fits_width() else self.pages.zoom())
        self._unload()

    def _unload(self) -> None:
        self.pages.clear()
        self.grids.clear()
        self._loaded, self._published, self._reason, self._placed = None, None, "", True
        self._pdf_boxes = []
