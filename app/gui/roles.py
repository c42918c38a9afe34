"""Item-data roles, index types and cell colours shared by the table models and their views."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model's overrides

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the record key of a cell ("requests.granted.total")
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 2  # the findings that name the cell
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's Origin in the source text, or None
MACHINE_VALUE_ROLE = Qt.ItemDataRole.UserRole + 4  # the value as extracted, before any correction
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 6  # "value", "group" or "columns" (see RecordTableModel)

# Tints are light so black digits stay readable; a decided finding keeps its tint but paler.
ERROR_BG = QColor("#f8c8c4")
ERROR_FG = QColor("#a50e0e")
ERROR_DECIDED_BG = QColor("#fbe7e5")
WARNING_BG = QColor("#fde3a7")
WARNING_DECIDED_BG = QColor("#fdf1d6")
EDITED_BG = QColor("#d5f0d8")
UNPLACED_BG = QColor("#eadcf5")
HEADING_BG = QColor("#e8eaed")
HEADING_FG = QColor("#202124")
INFERRED_FG = QColor("#1f5fbf")
UNPLACED_FG = QColor("#8a4baf")
