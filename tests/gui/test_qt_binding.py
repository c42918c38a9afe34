"""The installed PySide6 keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 drops a
reference to True on every Signal.emit() and to None on every QModelIndex.data() that returns
None, and the window then aborts ("bool_dealloc") after a few hundred edits. pyproject pins below it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

ROUNDS = 2000


class _Emitter(QObject):
    fired = Signal(dict)


class _EmptyModel(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_emitting_a_signal_keeps_the_reference_count_of_true(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda _changes: None)
    before = sys.getrefcount(True)
    for _ in range(ROUNDS):
        emitter.fired.emit({})
    assert abs(sys.getrefcount(True) - before) < ROUNDS // 2


def test_reading_an_empty_role_keeps_the_reference_count_of_none(qapp):
    model = _EmptyModel()
    index = model.index(0)
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert abs(sys.getrefcount(None) - before) < ROUNDS // 2
