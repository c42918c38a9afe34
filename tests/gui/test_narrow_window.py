"""A narrow window (1366×768 at 200 % gives 683×384 in Qt's units): the tables fit their pane
without scrolling sideways, and when queue, source and tables cannot stand side by side the
queue becomes a tab beside the source; a wider window takes the three panes back."""

from __future__ import annotations

from app.gui.main_window import FOLDED_TABLES_SHARE, folded_sizes, queue_folds
from app.gui.record_table_view import fit_widths

from .test_layout import drag, settle, show_requests

NARROW = (683, 384)


def test_widths_give_way_in_proportion_down_to_their_minimums():
    parts = [(90, 230), (30, 54), (30, 54)]
    assert fit_widths(400, parts) == [230, 54, 54]  # room enough: comfortable widths
    squeezed = fit_widths(250, parts)
    assert sum(squeezed) == 250 and all(low <= w <= pref for w, (low, pref) in zip(squeezed, parts, strict=True))
    assert fit_widths(100, parts) == [90, 30, 30]  # not even the minimums fit: those (the grid scrolls)


def test_the_queue_folds_only_when_three_panes_cannot_stand_side_by_side():
    assert not queue_folds(1358, 230, 380)
    assert not queue_folds(902, 230, 380)  # 1366 px at 150 %
    assert queue_folds(675, 230, 380)  # 1366 px at 200 %
    left, tables = folded_sizes(679, 638, 380)
    assert left + tables == 679 and tables == int(679 * FOLDED_TABLES_SHARE)
    assert folded_sizes(500, 638, 380)[1] == 380  # never narrower than the tables need


def test_a_narrow_window_folds_the_queue_into_a_tab_and_no_table_scrolls_sideways(open_window, review_db):
    window = open_window(review_db, NARROW)
    settle()
    assert window.is_folded() and window.main_split.count() == 2
    tabs = window.left_tabs
    assert [tabs.widget(i) for i in range(tabs.count())] == [window.queue, window.source_pane]
    assert tabs.currentWidget() is window.source_pane  # the source shows; the queue is a click away
    for view in window.tables.views():
        window.tables.show_table(view.record_model().table.id)
        settle()
        assert view.horizontalScrollBar().maximum() == 0, view.record_model().table.id
        assert view.horizontalHeader().length() <= view.viewport().width()
    view = show_requests(window)
    label = view.verticalHeader()
    assert label.width() >= label.fontMetrics().horizontalAdvance("一、本年新收")  # row labels keep their first words
    assert window.source_pane.width() >= 0.3 * window.main_split.width()


def test_folded_the_keys_bring_queue_or_source_to_the_front(open_window, review_db):
    window = open_window(review_db, NARROW)
    settle()
    window.act_go_queue.trigger()
    assert window.left_tabs.currentWidget() is window.queue
    window.act_go_source.trigger()
    assert window.left_tabs.currentWidget() is window.source_pane
    window.act_search.trigger()  # Ctrl+Shift+F searches the queue
    assert window.left_tabs.currentWidget() is window.queue
    window.act_next_error.trigger()  # F8: on to the error's cell and its place in the source
    assert window.left_tabs.currentWidget() is window.source_pane


def test_a_wider_window_takes_the_three_panes_back_with_the_reviewers_sizes(open_window, review_db):
    window = open_window(review_db)  # 1366×768
    settle()
    assert not window.is_folded()
    drag(window.main_split, [300, 400, 650])
    wanted = window.main_split.sizes()
    window.resize(*NARROW)
    settle()
    assert window.is_folded()
    window.resize(1366, 768)
    settle()
    assert not window.is_folded() and window.main_split.count() == 3
    assert [window.main_split.widget(i) for i in range(3)] == [window.queue, window.source_pane, window.right_split]
    assert window.main_split.sizes() == wanted  # the reviewer's own three-pane sizes


def test_closing_folded_keeps_the_reviewers_three_pane_sizes(open_window, review_db, settings):
    window = open_window(review_db)
    settle()
    drag(window.main_split, [300, 400, 650])
    wanted = window.main_split.sizes()
    window.resize(*NARROW)
    settle()
    window.close()
    again = open_window(review_db)
    settle()
    assert again.main_split.sizes() == wanted
