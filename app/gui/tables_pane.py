"""The report's tables as tabs of editable grids; one set of grids per template version, made once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.template import Template

from .record_table_model import GridState, RecordTableModel
from .record_table_view import RecordTableView


def tab_title(title: str) -> str:
    """A table's printed title without its closing 情况, so the three tabs fit at 1366 px; the tab's
    tooltip keeps the whole title."""
    return title.removesuffix("情况") or title


class TablesPane(QWidget):
    cellSelected = Signal(str)  # the key of the current cell (empty when none)
    editRequested = Signal(dict)  # key -> value, from any grid
    inputRejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._tabs: dict[str, QTabWidget] = {}
        self._views: dict[str, list[RecordTableView]] = {}
        self._version: str | None = None
        self._shared_actions: list[QAction] = []
        self._show_machine = False

    def add_cell_action(self, action: QAction) -> None:
        """An action offered in every grid's context menu (history, show original values …)."""
        self._shared_actions.append(action)
        for views in self._views.values():
            for view in views:
                view.addAction(action)

    def show_report(self, template: Template, state: GridState) -> None:
        views = self._views_for(template)
        self._stack.setCurrentWidget(self._tabs[template.version])
        self._version = template.version
        for view in views:
            view.record_model().show(state)

    def views(self) -> list[RecordTableView]:
        return list(self._views.get(self._version or "", ()))

    def current_view(self) -> RecordTableView | None:
        tabs = self._tabs.get(self._version or "")
        widget = tabs.currentWidget() if tabs else None
        return widget if isinstance(widget, RecordTableView) else None

    def current_table_id(self) -> str | None:
        view = self.current_view()
        return view.record_model().table.id if view else None

    def show_table(self, table_id: str) -> bool:
        """Shows the tab of table `table_id` (e.g. the one shown when the window was last closed)."""
        tabs = self._tabs.get(self._version or "")
        view = next((v for v in self.views() if v.record_model().table.id == table_id), None)
        if tabs is None or view is None:
            return False
        tabs.setCurrentWidget(view)
        return True

    def current_key(self) -> str | None:
        view = self.current_view()
        return view.record_model().key_at(view.currentIndex()) if view else None

    def select_key(self, key: str, *, focus: bool = True) -> bool:
        """Shows the tab that holds `key` and makes that cell current (and, with `focus`, takes the
        keyboard focus, ready for typing)."""
        tabs = self._tabs.get(self._version or "")
        for view in self.views():
            if view.record_model().index_for_key(key).isValid():
                if tabs is not None:
                    tabs.setCurrentWidget(view)
                if focus:
                    view.setFocus()
                return view.select_key(key)
        return False

    def focus_grid(self) -> bool:
        """Puts the keyboard focus in the table shown, on its current cell (the first cell if none)."""
        view = self.current_view()
        if view is None or not view.isVisible():
            return False
        view.setFocus()
        if not view.currentIndex().isValid() and view.record_model().keys():
            view.select_key(view.record_model().keys()[0])
        return True

    def commit_open_editor(self) -> None:
        """Saves what is being typed in a cell before the report changes or the window closes."""
        for view in self.views():
            view.commit_open_editor()

    def is_editing(self) -> bool:
        """A cell editor is open: what the reviewer is typing must not be redrawn away."""
        return any(view.state() == QAbstractItemView.State.EditingState for view in self.views())

    def set_show_machine(self, on: bool) -> None:
        self._show_machine = on
        for views in self._views.values():
            for view in views:
                view.record_model().set_show_machine(on)

    def _views_for(self, template: Template) -> list[RecordTableView]:
        if template.version in self._views:
            return self._views[template.version]
        tabs = QTabWidget(self)
        tabs.setDocumentMode(True)
        tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)  # full titles are in the tooltips
        tabs.tabBar().setUsesScrollButtons(False)
        views: list[RecordTableView] = []
        for table in template.tables:
            model = RecordTableModel(table, self)
            model.set_show_machine(self._show_machine)
            model.editRequested.connect(self.editRequested)
            model.inputRejected.connect(self.inputRejected)
            view = RecordTableView(model, tabs)
            for action in self._shared_actions:
                view.addAction(action)
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            index = tabs.addTab(view, tab_title(table.title))
            tabs.setTabToolTip(index, table.title)
            views.append(view)
        tabs.currentChanged.connect(lambda _i: self._on_tab_changed(tabs))
        self._stack.addWidget(tabs)
        self._tabs[template.version] = tabs
        self._views[template.version] = views
        return views

    def _on_tab_changed(self, tabs: QTabWidget) -> None:
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible() or isinstance(focused, RecordTableView):
            # The grid that had the keyboard was hidden by the switch (Ctrl+Tab): the new one takes it.
            if tabs.isVisible():
                self.focus_grid()
        self.cellSelected.emit(self.current_key() or "")

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = current.model()
        key = model.key_at(current) if isinstance(model, RecordTableModel) else None
        self.cellSelected.emit(key or "")
