"""An HTML or Word report's tables as laid out, merged cells merged; a click on a cell picks its record cell.

Only the Document's text and grids are shown: the page's HTML is never rendered, so its scripts,
images and remote resources are never loaded. A grid repeats a merged cell into every position it
covers with copy=True; the spans are rebuilt from those runs of copies.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.record import Origin
from app.review import Document, Grid, GridCell

from .roles import AnyIndex
from .source_pages import BOX_PEN, scroll_into_view
from .source_view import CURRENT_BG

MAX_SHOWN_POSITIONS = 40_000  # grid positions over all tables; a hostile page may hold millions
MAX_COLUMN_PX = 150  # long labels wrap instead of widening the table past the pane
GridPlace = tuple[int, int, int]  # grid index, row, column


@dataclass(frozen=True)
class PlacedCell:
    """A cell of a grid at its top-left position, with how many rows and columns its merge covers."""

    row: int
    column: int
    rowspan: int
    colspan: int
    start: int  # text[start:end] is the cell's content
    end: int


def placed_cells(grid: Grid) -> list[PlacedCell]:
    """Each cell once, in reading order; merges only reach right and down from the top-left corner."""
    cells = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell.copy:
                continue
            colspan = 1
            while c + colspan < len(row) and _covers(row[c + colspan], cell):
                colspan += 1
            rowspan = 1
            while r + rowspan < len(grid) and c < len(grid[r + rowspan]) and _covers(grid[r + rowspan][c], cell):
                rowspan += 1
            cells.append(PlacedCell(r, c, rowspan, colspan, cell.start, cell.end))
    return cells


def _covers(position: GridCell, cell: GridCell) -> bool:
    return position.copy and (position.start, position.end) == (cell.start, cell.end)


class GridModel(QAbstractTableModel):
    """One grid, read-only: each cell's text at its top-left position; the marked cell is tinted."""

    def __init__(self, text: str, grid: Grid) -> None:
        super().__init__()
        self.cells = placed_cells(grid)
        self._columns = max((len(row) for row in grid), default=0)
        self._rows = len(grid)
        self._text = {(c.row, c.column): text[c.start:c.end] for c in self.cells}
        self._linked: set[tuple[int, int]] = set()
        self.marked: tuple[int, int] | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        place = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text.get(place, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and place == self.marked:
            return CURRENT_BG
        if role == Qt.ItemDataRole.FontRole and place in self._linked:
            font = QFont()
            font.setUnderline(True)  # a number that became a record cell
            return font
        return None

    def set_linked(self, places: set[tuple[int, int]]) -> None:
        self._linked = places
        self._changed_all()

    def set_marked(self, place: tuple[int, int] | None) -> None:
        old, self.marked = self.marked, place
        for p in (old, place):
            if p is not None:
                self.dataChanged.emit(self.index(*p), self.index(*p))

    def _changed_all(self) -> None:
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, self._columns - 1))


class MarkDelegate(QStyledItemDelegate):
    """Draws a box around the marked cell, the same box the PDF view draws around a number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        model = index.model()
        if isinstance(model, GridModel) and model.marked == (index.row(), index.column()):
            painter.save()
            painter.setPen(QPen(BOX_PEN, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class GridTable(QTableView):
    """A grid sized to its content (the surrounding scroll area scrolls, not each table)."""

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model.setParent(self)
        self.setModel(model)
        self.setItemDelegate(MarkDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for cell in model.cells:
            if cell.rowspan > 1 or cell.colspan > 1:
                self.setSpan(cell.row, cell.column, cell.rowspan, cell.colspan)
        self.resizeColumnsToContents()
        for column in range(model.columnCount()):
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_PX))
        self.resizeRowsToContents()
        frame = 2 * self.frameWidth()
        self.setFixedSize(self.horizontalHeader().length() + frame, self.verticalHeader().length() + frame)

    def grid_model(self) -> GridModel:
        return self.model()  # type: ignore[return-value]


class GridView(QScrollArea):
    """Every table of an HTML/Word report, one under another."""

    keyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Always there, so it cannot appear after a scroll to the mark and cover the marked cell.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tables: list[GridTable] = []
        self._anchors: list[tuple[int, int, GridPlace]] = []  # (start, end, place) of non-empty cells
        self._starts: list[int] = []
        self._keys: dict[GridPlace, str] = {}  # the record cell each grid cell's (first) number became
        self._marked: GridPlace | None = None
        self._scroll_pending = False
        self._set_container()

    def show_document(self, document: Document, provenance: Mapping[str, Origin]) -> None:
        # The tables go into a container not shown yet: set on the scroll area at the end, it shows
        # them laid out at once (children added to a visible widget appear only an event later).
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setSpacing(12)
        tables: list[GridTable] = []
        anchors: list[tuple[int, int, GridPlace]] = []
        shown = 0
        for g, grid in enumerate(document.grids):
            size = sum(len(row) for row in grid)
            if shown + size > MAX_SHOWN_POSITIONS:
                layout.addWidget(QLabel(self.tr("其余 {0} 个表格过大，未显示").format(len(document.grids) - g)))
                break
            shown += size
            table = GridTable(GridModel(document.text, grid), container)
            table.clicked.connect(lambda index, g=g: self._on_clicked(g, index))
            layout.addWidget(table)
            tables.append(table)
            anchors += [(c.start, c.end, (g, c.row, c.column)) for c in table.grid_model().cells if c.end > c.start]
        layout.addStretch(1)
        self._set_container(container, tables, anchors)
        self.set_links(provenance)

    def clear(self) -> None:
        self._set_container()

    def set_links(self, provenance: Mapping[str, Origin]) -> None:
        self._keys = {}
        for key, origin in sorted(provenance.items(), key=lambda item: item[1].start):
            place = self.place_of(origin)
            if place is not None:
                self._keys.setdefault(place, key)
        for g, table in enumerate(self.tables):
            table.grid_model().set_linked({(r, c) for gg, r, c in self._keys if gg == g})

    def place_of(self, origin: Origin | None) -> GridPlace | None:
        """The grid cell whose text holds a cell's source span."""
        if origin is None or origin.end <= origin.start:
            return None
        i = bisect_right(self._starts, origin.start) - 1
        if i >= 0 and origin.end <= self._anchors[i][1]:
            return self._anchors[i][2]
        return None

    def key_at(self, place: GridPlace) -> str | None:
        return self._keys.get(place)

    def marked(self) -> GridPlace | None:
        return self._marked

    def show_origin(self, origin: Origin | None) -> bool:
        """Marks the grid cell a record cell came from and scrolls to it; False (and no mark) when no
        shown cell holds it."""
        place = self.place_of(origin)
        if self._marked is not None:
            self.tables[self._marked[0]].grid_model().set_marked(None)
        self._marked = place
        if place is None:
            return False
        self.tables[place[0]].grid_model().set_marked(place[1:])
        if self.isVisible():
            self._scroll_to_mark()
        else:
            self._scroll_pending = True
        return True

    def _scroll_to_mark(self) -> None:
        self._scroll_pending = False
        if self._marked is None:
            return
        container = self.widget()
        layout = container.layout() if container is not None else None
        if container is None or layout is None:
            return
        # A document just shown is not laid out yet: size the container now, as the scroll area
        # will, so the scroll range reaches the mark.
        layout.activate()
        container.resize(self.viewport().size().expandedTo(container.minimumSizeHint()))
        g, r, c = self._marked
        table = self.tables[g]
        rect = table.visualRect(table.model().index(r, c))
        scroll_into_view(self, rect.translated(table.viewport().mapTo(container, QPoint(0, 0))))

    def _on_clicked(self, grid: int, index: QModelIndex) -> None:
        key = self._keys.get((grid, index.row(), index.column()))
        if key:
            self.keyClicked.emit(key)

    def _set_container(self, container: QWidget | None = None, tables: list[GridTable] | None = None,
                       anchors: list[tuple[int, int, GridPlace]] | None = None) -> None:
        self.setWidget(container or QWidget())  # the old container and its tables are deleted
        self.tables = tables or []
        self._anchors = sorted(anchors or [])
        self._starts = [a[0] for a in self._anchors]
        self._keys = {}
        self._marked = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scroll_pending:
            self._scroll_to_mark()
