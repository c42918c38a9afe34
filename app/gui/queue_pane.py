"""The queue of reports with its filters: status, "has errors" and a search over agency or file name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.record.status import OPEN, STATUSES
from app.review import ReviewService
from app.store import ReportSummary

from .labels import status_text
from .queue_model import AGENCY, ERRORS, FORMAT, STATUS, WARNINGS, YEAR, QueueModel

SEARCH_DELAY_MS = 250  # wait for the reviewer to stop typing before asking the store
CELL_MARGIN = 6  # px either side of a cell's text
AGENCY_CHARACTERS = 7  # shown whole at the default width (鼎城区工信局); longer names elide in the middle


class QueuePane(QWidget):
    reportChosen = Signal(int)  # report id

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = QueueModel(self, service.reviewer)
        self._quiet = False  # True while the pane moves the selection itself without announcing it
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the next pane rather than walking its cells into the next report.
        self.view.setTabKeyNavigation(False)
        # Import order until the reviewer clicks a header (enabling sorting sorts by the indicator).
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self._size_columns()
        self.view.setColumnHidden(FORMAT, True)  # shown once a report is imported twice (see reload)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索机关、文件名或年度"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.claim = QComboBox(self)
        self.claim.addItem(self.tr("所有人"), None)
        self.claim.addItem(self.tr("我正在审核的"), "mine")
        self.claim.addItem(self.tr("无人审核的"), "unclaimed")
        self.errors_only = QCheckBox(self.tr("只看有错误的"), self)
        self.problem = QComboBox(self)
        self.problem.addItem(self.tr("全部问题类型"), None)
        for key, name in service.problem_kinds():
            self.problem.addItem(name, key)
        self.problem.setToolTip(self.tr("只列出有这类问题的报告（需逐份校验，报告多时要等一会儿）"))
        self.count = QLabel(self)
        self.count.installEventFilter(self)  # its tooltip, each reviewer's progress, is read on hover
        self.progress = QLabel(self)  # 已批准 120 / 300: the whole store, whatever the filters
        self.progress.installEventFilter(self)  # with each reviewer's part in its tooltip, too

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.status.currentIndexChanged.connect(self.reload)
        self.errors_only.toggled.connect(self.reload)
        self.claim.currentIndexChanged.connect(self.reload)
        self.problem.currentIndexChanged.connect(self.reload)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status)
        filters.addWidget(self.errors_only)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_line = QHBoxLayout()  # beside the search: the filter row is as wide as the pane may be
        search_line.setContentsMargins(0, 0, 0, 0)
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.claim)
        layout.addLayout(search_line)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        # Tab follows the pane top to bottom: search, filters, then the list.
        QWidget.setTabOrder(self.search, self.claim)
        QWidget.setTabOrder(self.claim, self.status)
        QWidget.setTabOrder(self.status, self.errors_only)
        QWidget.setTabOrder(self.errors_only, self.problem)
        QWidget.setTabOrder(self.problem, self.view)

    def _size_columns(self) -> None:
        """Fixed widths from the font: sizing to contents would read every one of 10,000 rows.

        Year, status and counts get what their widest value or their title needs (with room for
        the sort arrow); the agency takes the rest, elided in the middle (鼎城区…管理局), its
        tooltip holding the whole name.
        """
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        samples = {YEAR: ["2024"], STATUS: [status_text(s) for s in STATUSES], ERRORS: ["999"], WARNINGS: ["999"],
                   FORMAT: [self.tr("Word 重复")]}
        for column, texts in samples.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(max(metrics.horizontalAdvance(t) for t in texts) + 2 * CELL_MARGIN,
                        metrics.horizontalAdvance(label) + 2 * margin + arrow * 3 // 4)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(AGENCY, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def preferred_width(self, agency_characters: int = AGENCY_CHARACTERS) -> int:
        """The pane's width when the agency column shows `agency_characters` characters."""
        header = self.view.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (YEAR, STATUS, ERRORS, WARNINGS, FORMAT)
                    if not header.isSectionHidden(c))
        agency = self.view.fontMetrics().horizontalAdvance("国" * agency_characters) + 2 * CELL_MARGIN
        return fixed + agency + 2 * self.view.frameWidth()

    def reload(self) -> None:
        """Asks the service for the queue under the current filters; keeps the current report chosen."""
        self._search_timer.stop()
        current = self.current_id()
        reports = self.service.reports(status=self.status.currentData(),
                                       has_errors=True if self.errors_only.isChecked() else None,
                                       search=self.search.text(), claim=self.claim.currentData())
        if self.problem.currentData() is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                reports = self.service.with_problem(reports, self.problem.currentData())
            finally:
                QApplication.restoreOverrideCursor()
        duplicates = self.service.duplicate_ids()
        self.model.set_reports(reports, duplicates)
        # The format tells copies apart; while nothing is imported twice, its width goes to the source.
        self.view.setColumnHidden(FORMAT, not duplicates)
        self.count.setText(self.tr("{0} 份").format(len(reports)))
        self.update_progress()
        if current is not None and self.model.row_of(current) >= 0:
            self.select_row(self.model.row_of(current), notify=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.count, self.progress) and event.type() == QEvent.Type.ToolTip:
            assert isinstance(watched, QLabel)
            watched.setToolTip(self._progress_text())
        return super().eventFilter(watched, event)

    def _progress_text(self) -> str:
        """Each reviewer's progress, for the tooltips of the count and the approved line."""
        lines = [self.tr("{0}：修改 {1} 份，待复核 {2} 份，已批准 {3} 份，正在审核 {4} 份").format(
            w.reviewer, w.edited, w.first_reviewed, w.approved, len(w.claims)) for w in self.service.progress()]
        return "\n".join(lines)

    def current_id(self) -> int | None:
        summary = self.model.summary_at(self.view.currentIndex().row())
        return summary.id if summary else None

    def select_row(self, row: int, *, notify: bool = True) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        self._quiet = not notify
        try:
            self.view.setCurrentIndex(self.model.index(row, AGENCY))
        finally:
            self._quiet = False
        self.view.scrollTo(self.model.index(row, AGENCY))
        return True

    def select_source(self, file_name: str) -> bool:
        return self.select_row(self.model.row_of_source(file_name))

    def step(self, delta: int) -> bool:
        """Moves to the next (+1) or previous (-1) report of the queue as it is sorted."""
        row = self.view.currentIndex().row()
        return self.select_row(0 if row < 0 else row + delta)

    def next_needing_work(self) -> int:
        """The row of the next report still waiting for review (待审 or 审核中) after the current
        one, wrapping round to the top; -1 if none is left. Reports another reviewer has open, and
        those this reviewer first-reviewed (waiting for someone else's 复核), are passed over."""
        me = self.service.reviewer
        return self.next_row(lambda s: s.status in OPEN and s.claimed_by in (None, me) and s.first_reviewer != me)

    def next_row(self, wanted: Callable[[ReportSummary], bool]) -> int:
        """The first row after the current one, wrapping round, whose report is `wanted`; -1 if none."""
        count = self.model.rowCount()
        start = self.view.currentIndex().row()
        for step in range(1, count + 1):
            row = (start + step) % count if start >= 0 else step - 1
            summary = self.model.summary_at(row)
            if summary is not None and row != start and wanted(summary):
                return row
        return -1

    def update_progress(self) -> None:
        approved, total = self.service.batch_progress()
        self.progress.setText(self.tr("已批准 {0} / {1}").format(approved, total))

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        header = self.view.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def update_summary(self, summary: ReportSummary) -> None:
        self.model.update_summary(summary)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary_at(current.row())
        if summary is not None and not self._quiet:
            self.reportChosen.emit(summary.id)
