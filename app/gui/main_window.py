"""The reviewer's window: queue | source text | tables over findings, menus and shortcuts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.record import Finding, Value
from app.record.status import OPEN
from app.review import ReportState, ReviewError, ReviewService
from app.review.service import NOTE_REQUIRED
from app.store import StoreError

from . import transfer
from .cell_input import format_value
from .correction_dialog import CorrectionCell, CorrectionDialog
from .dialogs import ReportInfoDialog, history_dialog, shortcut_sheet
from .elided_label import ElidedLabel
from .findings_model import FindingLine
from .findings_pane import FindingsPane
from .keys import unique_keys
from .labels import decision_text, status_text
from .queue_pane import QueuePane
from .record_table_view import compact_table_width, table_width
from .report_session import ReportSession
from .source_switcher import SourceSwitcher
from .source_view import SourceView
from .tables_pane import TablesPane

# The first layout, before the reviewer drags a splitter (their sizes are remembered in QSettings):
# the tables pane as wide as table 三 needs, the queue wide enough for short agency names, and the
# source the rest: at 1366 px about 450 px, where a PDF page fits at 70 %. On wider screens the
# queue and the tables (longer findings on a line) each take a fifth of the extra, up to GROWTH px.
SOURCE_AT_1366 = 450
GROWTH = 120
SOURCE_SHARE = 0.3
# A window too narrow for queue, source and tables side by side (1366×768 at 200 %: 683 px in Qt's
# units) folds the queue into a tab beside the source; the tables then take this share of the
# width (between their narrowest and their comfortable width), the source and queue the rest.
FOLDED_TABLES_SHARE = 0.6
QUEUE_MIN_CHARACTERS = 4  # of an agency's name, when the queue gives way on a narrow window
FINDINGS_HEIGHT = 200
FINDINGS_SHARE = 0.4
WATCH_INTERVAL_MS = 2000  # how often the window asks the store whether others changed something
MIN_RESTORED_SIZE = (900, 560)  # a saved window smaller than this (858×339 was seen) is not restored
FONT_SIZE = "font/size"
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 24
# Where the reviewer left off, restored at the next start.
LAST_REPORT = "session/report"
LAST_TABLE = "session/table"
QUEUE_SORT_COLUMN = "queue/sort_column"
QUEUE_SORT_ORDER = "queue/sort_order"
REQUESTS_COLUMNS = 7  # table 三, the widest grid that must fit without scrolling sideways


def usable_geometry(window: QRect, screens: list[QRect]) -> bool:
    """A saved window is restored only when large enough to work in and mostly on some screen."""
    if window.width() < MIN_RESTORED_SIZE[0] or window.height() < MIN_RESTORED_SIZE[1]:
        return False
    area = window.width() * window.height()
    return any(_overlap(window, screen) >= area // 2 for screen in screens)


def _overlap(a: QRect, b: QRect) -> int:
    both = a.intersected(b)
    return max(0, both.width()) * max(0, both.height()) if both.isValid() else 0


def default_main_sizes(total: int, queue: int, tables: int, queue_min: int = 0, tables_min: int = 0) -> list[int]:
    """Queue, source and tables widths across `total` px (splitter handles already taken off).

    On a narrow window (a small screen at 150 % or 200 % scaling) the source keeps SOURCE_SHARE
    of the width: the queue gives way first (agency names elide), then the tables (they scroll)."""
    floor = min(SOURCE_AT_1366, int(total * SOURCE_SHARE))
    short = queue + tables - (total - floor)
    if short > 0:
        from_queue = min(short, max(0, queue - queue_min))
        queue -= from_queue
        tables -= min(short - from_queue, max(0, tables - tables_min))
    extra = max(0, total - queue - tables - SOURCE_AT_1366)
    queue += min(extra // 5, GROWTH)
    tables += min(extra // 5, GROWTH)
    return [queue, total - queue - tables, tables]


def queue_folds(total: int, queue_min: int, tables_min: int) -> bool:
    """True when the queue at its narrowest, the source's share and the tables at their narrowest
    (no sideways scrolling) do not fit across `total` px side by side."""
    return queue_min + min(SOURCE_AT_1366, int(total * SOURCE_SHARE)) + tables_min > total


def folded_sizes(total: int, tables: int, tables_min: int) -> list[int]:
    """Widths of the left pane (queue and source as tabs) and the tables across `total` px."""
    width = max(tables_min, min(tables, int(total * FOLDED_TABLES_SHARE)))
    return [total - width, width]


class MainWindow(QMainWindow):
    def __init__(self, service: ReviewService, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.setWindowTitle(self.tr("政府信息公开年度报告审核"))

        self.queue = QueuePane(service, self)
        self.source = SourceView(self)
        self.source_pane = SourceSwitcher(self.source, service, settings, self)  # text or as published
        self.tables = TablesPane(self)
        self.findings = FindingsPane(self)
        self.session = ReportSession(service, self.tables, self.findings, self.source, self)
        self.readings_menu: QMenu | None = None  # open while the reviewer picks a reading
        self.report_title = ElidedLabel(self)
        # Holds queue and source as tabs while the window is too narrow for three panes.
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("left_tabs")
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.hide()
        self._folded = False
        self._wide_state: QByteArray | None = None  # the reviewer's three-pane sizes while folded
        # Splitters still on the default layout, which follows the window's size until the
        # reviewer drags them; a splitter restored from QSettings is the reviewer's.
        self._default_sized: set[str] = {"main_split", "right_split"}
        self._make_actions()
        self._lay_out()
        self._make_menus()
        self._connect()
        self._restore()
        self._show_no_report()
        # Other reviewers' commits (another window, the command line, the shared server) show
        # within seconds: the store answers "changed?" cheaply (NOTIFY or SQLite's data_version).
        self._report_stale = False  # others changed the store while the reviewer was typing
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.refresh_from_store)
        self._watch.start()

    # --- construction --------------------------------------------------------------------------

    def _action(self, text: str, slot, *keys: QKeySequence | QKeySequence.StandardKey | str,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(unique_keys(keys))
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _make_actions(self) -> None:
        a = self._action
        std = QKeySequence.StandardKey
        self.act_import_files = a(self.tr("导入报告文件…"), lambda: transfer.import_files(self), std.Open)
        self.act_import_folder = a(self.tr("导入文件夹…"), lambda: transfer.import_folder(self), "Ctrl+Shift+O")
        self.act_export_csv = a(self.tr("导出为 CSV…"), lambda: transfer.export(self, "csv"), "Ctrl+E")
        self.act_export_xlsx = a(self.tr("导出为 Excel（xlsx）…"), lambda: transfer.export(self, "xlsx"))
        self.act_export_long = a(self.tr("导出为长表 CSV…"), lambda: transfer.export(self, "long"))
        self.act_reviewer = a(self.tr("审核人姓名…"), self.ask_reviewer_name)
        self.act_font_size = a(self.tr("字号…"), self.ask_font_size)
        self.act_english = a(self.tr("英文界面（重启后生效）"), self._set_english, checkable=True)
        self.act_quit = a(self.tr("退出"), self.close, std.Quit)

        self.act_undo = self.session.undo_group.createUndoAction(self, self.tr("撤销"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.act_redo = self.session.undo_group.createRedoAction(self, self.tr("重做"))
        self.act_redo.setShortcuts(unique_keys([*QKeySequence.keyBindings(std.Redo), "Ctrl+Y", "Ctrl+Shift+Z"]))
        self.addActions([self.act_undo, self.act_redo])
        self.act_info = a(self.tr("机关和年度…"), self.edit_report_info, "Ctrl+I")
        self.act_history = a(self.tr("单元格历史…"), self.show_cell_history, "Ctrl+H")
        self.act_report_history = a(self.tr("报告历史…"), self.show_report_history, "Ctrl+Shift+H")
        self.act_machine = a(self.tr("显示机器提取的原值"), self.tables.set_show_machine, "Ctrl+M", checkable=True)
        self.act_search = a(self.tr("搜索报告"), self._focus_search, "Ctrl+Shift+F")

        self.act_next = a(self.tr("下一份报告"), lambda: self.queue.step(+1), "Ctrl+PgDown", "Alt+Down")
        self.act_previous = a(self.tr("上一份报告"), lambda: self.queue.step(-1), "Ctrl+PgUp", "Alt+Up")
        self.act_next_error = a(self.tr("下一个未处理的错误"), self.next_open_error, "F8")
        self.act_suggest = a(self.tr("采用建议值"), self.apply_suggestion, "Ctrl+Shift+Return")
        self.act_fixed = a(self.tr("已更正"), lambda: self.decide("fixed"), "Ctrl+1")
        self.act_source_error = a(self.tr("原报告错误"), lambda: self.decide("source_error"), "Ctrl+2")
        self.act_dismissed = a(self.tr("不是错误"), lambda: self.decide("dismissed"), "Ctrl+3")
        self.act_undecide = a(self.tr("撤回处理"), lambda: self.decide(None), "Ctrl+0")
        self.act_same_rule = a(self.tr("选中同类问题"), self.select_same_rule, "Ctrl+Shift+A")
        self.act_approve = a(self.tr("批准"), self.approve, "Ctrl+Return")
        self.act_reject = a(self.tr("退回…"), self.reject, "Ctrl+Shift+J")
        self.act_reopen = a(self.tr("重新打开审核"), self.reopen, "Ctrl+Shift+R")
        self.act_keep_only = a(self.tr("重复导入：只保留这一份"), self.keep_only)
        self.act_release = a(self.tr("释放他人的审核占用（组长）"), self.release_claim)

        # Straight to a pane: long grids take Tab for their cells, so Tab alone is a slow way out.
        self.act_go_queue = a(self.tr("转到报告队列"), self._focus_queue, "Alt+1")
        self.act_go_source = a(self.tr("转到原文"), self._focus_source, "Alt+2")
        self.act_go_tables = a(self.tr("转到表格"), self.tables.focus_grid, "Alt+3")
        self.act_go_findings = a(self.tr("转到问题列表"), self._focus_findings, "Alt+4")
        self.act_go_note = a(self.tr("填写处理说明"), self._focus_note, "Alt+5")
        self.go_actions = [self.act_go_queue, self.act_go_source, self.act_go_tables, self.act_go_findings,
                           self.act_go_note]

        self.act_shortcuts = a(self.tr("快捷键一览"), self.show_shortcuts, std.HelpContents, "F1")
        self.act_about = a(self.tr("关于"), self.show_about)
        self.addActions(self.source_pane.view_actions)
        self.addActions(self.source_pane.find_actions)
        self.tables.add_cell_action(self.act_history)
        self.tables.add_cell_action(self.act_machine)

    def _lay_out(self) -> None:
        self.findings.add_buttons([self.act_suggest, self.act_fixed, self.act_source_error, self.act_dismissed,
                                   self.act_undecide])
        title_bar = QHBoxLayout()
        title_bar.setContentsMargins(0, 0, 0, 0)
        title_bar.addWidget(self.report_title, 1)
        for action in (self.act_approve, self.act_reject, self.act_reopen):
            button = QToolButton(self)
            button.setDefaultAction(action)
            title_bar.addWidget(button)
        tables_box = QWidget(self)
        tables_layout = QVBoxLayout(tables_box)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addLayout(title_bar)
        tables_layout.addWidget(self.tables, 1)

        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.setObjectName("right_split")
        self.right_split.addWidget(tables_box)
        self.right_split.addWidget(self.findings)
        self.right_split.setStretchFactor(0, 1)  # a taller window shows more of the tables
        self.right_split.setStretchFactor(1, 0)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("main_split")
        self.main_split.addWidget(self.queue)
        self.main_split.addWidget(self.source_pane)
        self.main_split.addWidget(self.right_split)
        self._set_stretch()
        self.setCentralWidget(self.main_split)
        self.statusBar()

    def _set_stretch(self) -> None:
        """A wider window widens the source (or, folded, the queue and source tabs); no pane collapses."""
        for i in range(self.main_split.count()):
            self.main_split.setCollapsible(i, False)
            self.main_split.setStretchFactor(i, int(self.main_split.widget(i) in (self.source_pane, self.left_tabs)))

    def is_folded(self) -> bool:
        """The queue is a tab beside the source (the window is too narrow for three panes)."""
        return self._folded

    def _set_folded(self, folded: bool) -> None:
        """Folds the queue into a tab beside the source, or back into a pane of its own. The
        reviewer's three-pane sizes (if they dragged them) wait while folded."""
        if folded == self._folded:
            return
        focused = QApplication.focusWidget()
        self._folded = folded
        name = self.main_split.objectName()
        if folded:
            self._wide_state = None if name in self._default_sized else self.main_split.saveState()
            self._default_sized.add(name)  # folded, the layout follows the window until dragged
            self.main_split.replaceWidget(0, self.left_tabs)
            self.left_tabs.addTab(self.queue, self.tr("报告队列"))
            self.left_tabs.addTab(self.source_pane, self.tr("原文"))
            self.left_tabs.setCurrentWidget(self.source_pane)
            self.left_tabs.show()
        else:
            self.main_split.replaceWidget(0, self.queue)
            self.main_split.insertWidget(1, self.source_pane)
            self.left_tabs.setParent(self)
            self.left_tabs.hide()
            self.queue.show()
            self.source_pane.show()
            if self._wide_state is not None and self.main_split.restoreState(self._wide_state):
                self._default_sized.discard(name)
            else:
                self._default_sized.add(name)  # a drag while folded was for the folded layout only
            self._wide_state = None
        self._set_stretch()
        if focused is not None and focused.isVisible():
            focused.setFocus()

    def show_left_tab(self, widget: QWidget) -> None:
        """Brings the queue or the source to the front when they share the left pane."""
        if self._folded:
            self.left_tabs.setCurrentWidget(widget)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.act_import_files, self.act_import_folder])
        file_menu.addSeparator()
        file_menu.addActions([self.act_export_csv, self.act_export_xlsx, self.act_export_long])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_info, self.act_history, self.act_report_history, self.act_machine, self.act_search])
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addActions(self.source_pane.view_actions)
        view_menu.addActions(self.source_pane.find_actions)
        view_menu.addSeparator()
        view_menu.addActions(self.go_actions)
        review_menu = bar.addMenu(self.tr("审核(&R)"))
        review_menu.addActions([self.act_next, self.act_previous, self.act_next_error])
        review_menu.addSeparator()
        review_menu.addActions([self.act_same_rule, self.act_suggest, self.act_fixed, self.act_source_error,
                                self.act_dismissed, self.act_undecide])
        review_menu.addSeparator()
        review_menu.addActions([self.act_approve, self.act_reject, self.act_reopen, self.act_keep_only,
                                self.act_release])
        settings_menu = bar.addMenu(self.tr("设置(&S)"))
        settings_menu.addActions([self.act_reviewer, self.act_font_size, self.act_english])
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

    def _connect(self) -> None:
        self.queue.reportChosen.connect(self.open_report)
        # Enter or a double click on a report, folded: on to its source.
        self.queue.view.activated.connect(lambda _index: self.show_left_tab(self.source_pane))
        self.session.stateChanged.connect(self._on_state)
        self.session.refused.connect(self._refused)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tables.cellSelected.connect(self.source_pane.show_key)
        self.source_pane.keyClicked.connect(self.source.keyClicked)  # a click on the page picks a cell as in the text

    # --- reports -------------------------------------------------------------------------------

    def reload_queue(self) -> None:
        """Reloads the queue; on the first load, reopens the report (and table) of the last session."""
        self.queue.reload()
        if self.session.state is None and self.queue.model.rowCount():
            last = self.settings.value(LAST_REPORT, None)
            row = self.queue.model.row_of(int(str(last))) if last is not None and str(last).isdigit() else -1
            self.queue.select_row(max(row, 0))
            table = self.settings.value(LAST_TABLE, "")
            if row >= 0 and table:
                self.tables.show_table(str(table))

    @contextmanager
    def watch_paused(self) -> Iterator[None]:
        """No looking for other reviewers' changes while this window's own import runs: the queue
        is reloaded when it ends, and a reload every 2 s would vie with the import thread for the
        interpreter (a 300 ms stall of the window was measured with 500 files)."""
        active = self._watch.isActive()
        self._watch.stop()
        try:
            yield
        finally:
            if active and self.isVisible():
                self._watch.start()

    def refresh_from_store(self) -> None:
        try:
            changed = self.service.store.changed()
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), WATCH_INTERVAL_MS)
            return
        if changed:
            self.queue.reload()
            self._report_stale = True
        if self._report_stale:
            self._report_stale = not self.session.refresh()

    def open_report(self, report_id: int) -> None:
        self.tables.commit_open_editor()  # typing in progress belongs to the report being left
        self.session.open(report_id)

    def select_source(self, file_name: str) -> bool:
        """Chooses the report whose file name is `file_name` (used by --select)."""
        return self.queue.select_source(file_name)

    def select_first_problem_cell(self) -> None:
        """Makes the first finding's cell current, or the first cell of the table shown."""
        if self.findings.model.rowCount():
            self.findings.select_row(0)
            return
        view = self.tables.current_view()
        keys = view.record_model().keys() if view else ()
        if keys:
            self.tables.select_key(keys[0])

    def _on_state(self, state: ReportState) -> None:
        summary = state.summary
        self.queue.update_summary(summary)
        self.source_pane.show_report(state, self.tables.current_key())
        parts = [summary.agency or self.tr("（未识别机关）"),
                 self.tr("{0} 年度").format(summary.year) if summary.year else self.tr("（未识别年度）"),
                 status_text(summary.status), self.tr("{0} 版格式").format(summary.template)]
        if state.claimed_by:
            parts.insert(0, self.tr("由 {0} 审核中（只读）").format(state.claimed_by))
        elif summary.first_reviewer and summary.status != "approved":
            parts.append(self.tr("{0} 已初审，待复核").format(summary.first_reviewer))
        if summary.status_reason and summary.status == "rejected":
            parts.append(self.tr("退回原因：{0}").format(summary.status_reason))
        self.report_title.set_text(" · ".join(parts), summary.source)
        for action in (self.act_suggest, self.act_fixed, self.act_source_error, self.act_dismissed,
                       self.act_undecide, self.act_approve, self.act_reject, self.act_info):
            action.setEnabled(not state.read_only)
        self.act_reopen.setEnabled(state.locked and state.claimed_by is None)
        self.act_release.setEnabled(state.claimed_by is not None)
        self.act_history.setEnabled(True)

    def _show_no_report(self) -> None:
        self.report_title.set_text(self.tr("请在左侧选择一份报告，或从“文件”菜单导入报告"))
        for action in (self.act_suggest, self.act_fixed, self.act_source_error, self.act_dismissed,
                       self.act_undecide, self.act_approve, self.act_reject, self.act_reopen, self.act_release,
                       self.act_history,
                       self.act_info):
            action.setEnabled(False)

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), text)

    # --- the reviewer's actions --------------------------------------------------------------

    def next_open_error(self) -> None:
        """The next undecided error of this report, else the first of the next report that has one."""
        self.show_left_tab(self.source_pane)
        if self.session.next_open_error():
            return
        row = self.queue.next_row(lambda s: bool(s.errors) and s.status in OPEN)  # wraps round the queue
        if row >= 0:
            self.queue.select_row(row)
            self.session.next_open_error()
            return
        self.statusBar().showMessage(self.tr("队列中的报告都没有未处理的错误"), 8000)

    def apply_suggestion(self) -> None:
        self.tables.commit_open_editor()
        line = self.findings.current_line()
        if line is None:
            self.statusBar().showMessage(self.tr("请先在问题列表中选择一条问题"), 8000)
            return
        if line.finding.alternatives and not line.finding.suggestion:
            self._offer_readings(line.finding)
            return
        self.session.apply_suggestion(line.finding)

    def _offer_readings(self, finding: Finding) -> None:
        """The candidate readings of a row the arithmetic left open: the reviewer looks at the
        source and applies one in one action. The menu pops up without a nested event loop."""
        if self.readings_menu is not None:
            self.readings_menu.close()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        template = self.session.state.record.tmpl if self.session.state else None
        for i, reading in enumerate(finding.alternatives):
            shown = "、".join(f"{template.cell_by_key[k].label if template and k in template.cell_by_key else k}"
                             f" {format_value(v) or self.tr('空')}" for k, v in reading.items()
                             if v is not None) or self.tr("全部为空")
            action = menu.addAction(self.tr("读法 {0}：{1}").format(i + 1, shown))
            action.triggered.connect(lambda _=False, i=i: self.session.apply_reading(finding, i))
        menu.destroyed.connect(self._readings_menu_gone)
        self.readings_menu = menu
        menu.popup(self.findings.view.mapToGlobal(self.findings.view.visualRect(
            self.findings.view.currentIndex()).bottomLeft()))

    def _readings_menu_gone(self) -> None:
        self.readings_menu = None

    def decide(self, decision: str | None) -> None:
        """The decision for every selected finding, with the note under the list (asked for when
        the service requires one and the field is empty)."""
        self.tables.commit_open_editor()
        lines = self.findings.selected_lines()
        if not lines:
            self.statusBar().showMessage(self.tr("请先在问题列表中选择一条问题"), 8000)
            return
        note = self.findings.note.text().strip()
        if decision == "fixed":
            keys = self.session.cells_to_correct(lines)
            if keys:  # nothing corrected yet: offer to correct now, or another decision
                self._ask_correction(lines, keys, note)
                return
        if decision in NOTE_REQUIRED and not note:
            note, ok = QInputDialog.getText(
                self, decision_text(decision),
                self.tr("“{0}”需要写明理由（{1} 条问题），供日后核查：").format(decision_text(decision), len(lines)))
            if not ok:
                return
            note = note.strip()
        if self.session.decide(lines, decision, note):
            self.findings.note.clear()

    def _ask_correction(self, lines: list[FindingLine], keys: list[str], note: str) -> None:
        """已更正 on findings none of whose cells was corrected: the reviewer types the corrected
        values (saved with the decision, one undo step), takes another decision, or cancels."""
        state = self.session.state
        if state is None:
            return
        suggestions: dict[str, Value] = {}
        for line in lines:
            for key, value in (line.finding.suggestion or {}).items():
                suggestions.setdefault(key, value)
        cells = [CorrectionCell(state.record.tmpl.cell_by_key[key], state.record.fields.get(key),
                                key in suggestions, suggestions.get(key))
                 for key in keys if key in state.record.tmpl.cell_by_key]
        dialog = CorrectionDialog(cells, [line.finding.message for line in lines], note, self)
        try:
            if not dialog.exec() or dialog.choice is None:
                return  # cancelled: nothing changes
            if dialog.choice == "fixed":
                if self.session.correct(lines, dialog.changes(), dialog.note_text()):
                    self.findings.note.clear()
                return
            self.findings.note.setText(dialog.note_text())
            self.decide(dialog.choice)
        finally:
            dialog.deleteLater()

    def select_same_rule(self) -> None:
        count = self.findings.select_same_rule()
        if count:
            self.statusBar().showMessage(self.tr("已选中同类问题 {0} 条，可一次处理").format(count), 8000)

    def approve(self) -> None:
        self.tables.commit_open_editor()
        empty = self.session.empty_cells()
        if empty and not self._confirm_empty(empty):
            return
        if not self.session.approve(empty_confirmed=bool(empty)):
            return
        self.queue.update_progress()
        state = self.session.state
        if state is not None and state.summary.status != "approved":
            # Four-eyes approval: this was the 初审; the report, now waiting for a second reviewer,
            # stays open so the reviewer sees it recorded in the title.
            self.statusBar().showMessage(self.tr("初审完成，待另一位审核人复核"), 5000)
            return
        row = self.queue.next_needing_work()
        if row >= 0:
            self.queue.select_row(row)  # on to the next report that needs work
            self.statusBar().showMessage(self.tr("已批准，已打开下一份待审报告"), 5000)
        else:
            self.statusBar().showMessage(self.tr("已批准；队列中没有待审的报告了"), 8000)

    def _confirm_empty(self, empty: dict[str, int]) -> bool:
        listed = self.tr("、").join(self.tr("{0} {1} 格").format(table, count) for table, count in empty.items())
        answer = QMessageBox.question(
            self, self.tr("确认空单元格"),
            self.tr("这份报告有 {0} 个空单元格：{1}。\n\n空单元格导出时为空，校验时按 0 计算。"
                    "确认它们在原报告中确实为空（或无法填写）并批准吗？确认会记入报告历史。")
            .format(sum(empty.values()), listed))
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.session.state is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("退回报告"), self.tr("退回原因："))
        if ok:
            self.session.reject(reason)

    def keep_only(self) -> None:
        """Keeps the open report and sends the other copies of its agency and year back."""
        if self.session.keep_only():
            self.queue.reload()
            self.statusBar().showMessage(self.tr("已保留这一份，重复的其他副本已退回"), 8000)

    def release_claim(self) -> None:
        """A lead frees a report another reviewer left open; it opens here, claimed for this reviewer."""
        report_id = self.session.report_id
        if report_id is None:
            return
        try:
            self.service.release(report_id)
        except (ReviewError, StoreError) as exc:
            self._refused(str(exc))
            return
        self.session.open(report_id)
        self.queue.reload()

    def reopen(self) -> None:
        if self.session.reopen():
            self.queue.update_progress()

    def edit_report_info(self) -> None:
        state = self.session.state
        if state is None:
            return
        dialog = ReportInfoDialog(state.record.agency, state.record.year, self)
        if dialog.exec():
            self.session.set_info(*dialog.values())

    def show_cell_history(self) -> None:
        key = self.tables.current_key()
        if not key or self.session.state is None:
            self.statusBar().showMessage(self.tr("请先选择一个单元格"), 8000)
            return
        label = self.session.state.record.tmpl.cell_by_key[key].label
        history_dialog(self.tr("单元格历史：{0}").format(label), self.session.history(key), self).exec()

    def show_report_history(self) -> None:
        if self.session.state is not None:
            title = self.tr("报告历史：{0}").format(self.session.state.summary.source)
            history_dialog(title, self.session.history(None), self).exec()

    def show_shortcuts(self) -> None:
        shortcut_sheet(self.actions(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr(
            "政府信息公开工作年度报告审核工具 {0}\n\n"
            "从年度报告中提取表格数据，按模板的勾稽关系校验，审核修正后导出。\n"
            "审核库：{1}").format(__version__, self.service.store.path))

    def ask_reviewer_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("审核人"), self.tr("审核人姓名（记入每条修改历史）："),
                                        text=self.service.reviewer)
        if ok and name.strip():
            self.service.reviewer = name.strip()
            self.settings.setValue("reviewer", self.service.reviewer)

    def ask_font_size(self) -> None:
        current = QApplication.font().pointSize()
        size, ok = QInputDialog.getInt(self, self.tr("字号"), self.tr("整个窗口的字号（磅）："), current,
                                       MIN_FONT_SIZE, MAX_FONT_SIZE)
        if ok:
            self.settings.setValue(FONT_SIZE, size)
            self.apply_font_size(size)

    def apply_font_size(self, size: int) -> None:
        """The whole window's font size; grids and the source follow it (and keep their zoom)."""
        font = QApplication.font()
        font.setPointSize(max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size)))
        QApplication.setFont(font)
        self.source_pane.refresh_zoom()
        self.apply_default_sizes()

    def _set_english(self, on: bool) -> None:
        self.settings.setValue("language", "en" if on else "zh")

    def _focus_search(self) -> None:
        self.show_left_tab(self.queue)
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def _focus_queue(self) -> None:
        self.show_left_tab(self.queue)
        self.queue.view.setFocus()

    def _focus_source(self) -> None:
        self.show_left_tab(self.source_pane)
        self.source_pane.current_view().setFocus()

    def _focus_findings(self) -> None:
        self.findings.view.setFocus()
        if not self.findings.view.currentIndex().isValid() and self.findings.model.rowCount():
            self.findings.select_row(0)

    def _focus_note(self) -> None:
        self.findings.note.setFocus()

    # --- window state ------------------------------------------------------------------------

    def _restore(self) -> None:
        size = int(str(self.settings.value(FONT_SIZE, 0, type=int)))
        if size:
            self.apply_font_size(size)
        geometry = self.settings.value("window/geometry")
        self._geometry_restored = False
        if geometry is not None and self.restoreGeometry(geometry):
            if usable_geometry(self.geometry(), [s.availableGeometry() for s in QGuiApplication.screens()]):
                self._geometry_restored = True
            else:  # off every screen now, or shrunk to a strip: the first start's layout instead
                self.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        for splitter in (self.main_split, self.right_split):
            sizes = self.settings.value(f"window/{splitter.objectName()}")
            if sizes is not None and splitter.restoreState(sizes):
                self._default_sized.discard(splitter.objectName())
            splitter.splitterMoved.connect(lambda _pos, _i, name=splitter.objectName():
                                           self._default_sized.discard(name))
        column = int(str(self.settings.value(QUEUE_SORT_COLUMN, -1, type=int)))
        if column >= 0:
            order = Qt.SortOrder(int(str(self.settings.value(QUEUE_SORT_ORDER, 0, type=int))))
            self.queue.view.sortByColumn(column, order)
        self.act_english.blockSignals(True)
        self.act_english.setChecked(self.settings.value("language", "") == "en")
        self.act_english.blockSignals(False)

    def has_stored_geometry(self) -> bool:
        """A saved window geometry was restored (it fits on a screen of today's setup)."""
        return self._geometry_restored

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.apply_default_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the splitters have their new sizes already
        if self.isVisible():
            self.apply_default_sizes()  # e.g. maximized just after the first show

    def apply_default_sizes(self) -> None:
        """Folds or unfolds the queue for the window's width; splitter sizes for the window's
        size, for each splitter the reviewer has not sized."""
        handle = self.main_split.handleWidth()
        total = self.main_split.width() - 2 * handle  # across three panes
        metrics = self.fontMetrics()
        tables = table_width(metrics, REQUESTS_COLUMNS)
        tables_min = max(compact_table_width(metrics, REQUESTS_COLUMNS), self.right_split.minimumSizeHint().width())
        queue_min = max(self.queue.minimumSizeHint().width(), self.queue.preferred_width(QUEUE_MIN_CHARACTERS))
        self._set_folded(queue_folds(total, queue_min, tables_min))
        if self.main_split.objectName() in self._default_sized:
            if self._folded:
                self.main_split.setSizes(folded_sizes(total + handle, tables, tables_min))
            else:
                self.main_split.setSizes(default_main_sizes(total, self.queue.preferred_width(), tables, queue_min,
                                                            tables_min))
        if self.right_split.objectName() in self._default_sized:
            height = self.right_split.height() - self.right_split.handleWidth()
            findings = min(FINDINGS_HEIGHT, int(height * FINDINGS_SHARE))  # a short window keeps most for the tables
            self.right_split.setSizes([height - findings, findings])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tables.commit_open_editor()
        self._watch.stop()
        self.session.release_claim()
        self.source_pane.release()
        self.settings.setValue("window/geometry", self.saveGeometry())
        column, order = self.queue.sort_state()
        self.settings.setValue(QUEUE_SORT_COLUMN, column)
        self.settings.setValue(QUEUE_SORT_ORDER, order.value)
        if self.session.report_id is not None:
            self.settings.setValue(LAST_REPORT, self.session.report_id)
            self.settings.setValue(LAST_TABLE, self.tables.current_table_id() or "")
        for splitter in (self.main_split, self.right_split):
            key = f"window/{splitter.objectName()}"
            state = splitter.saveState() if splitter.objectName() not in self._default_sized else None
            if splitter is self.main_split and self._folded:
                state = self._wide_state  # folded sizes are this window's; the three panes' are kept
            if state is None:
                self.settings.remove(key)  # next time, the default layout for that window's size
            else:
                self.settings.setValue(key, state)
        super().closeEvent(event)
