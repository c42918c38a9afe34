"""Placing cells on the grid: HTML's first-free-position model and Word's explicit merges."""

from __future__ import annotations

from app.documents.limits import MAX_SPAN_WORK
from app.documents.table_layout import HOLE, SpannedCell, WordCell, WordRow, place_html_rows, place_word_rows


def slots_as_texts(layout) -> list[list[str]]:
    return [[layout.texts[k] if k != HOLE else "·" for k in row] for row in layout.slots]


def test_html_cells_skip_positions_taken_by_rowspans_from_above() -> None:
    layout = place_html_rows([
        [SpannedCell("a", rowspan=2), SpannedCell("b"), SpannedCell("c", rowspan=2)],
        [SpannedCell("d")],
    ])
    assert slots_as_texts(layout) == [["a", "b", "c"], ["a", "d", "c"]]


def test_html_short_rows_are_padded_with_holes() -> None:
    layout = place_html_rows([[SpannedCell("a"), SpannedCell("b", colspan=2)], [SpannedCell("c")]])
    assert slots_as_texts(layout) == [["a", "b", "b"], ["c", "·", "·"]]


def test_html_overlapping_spans_keep_the_earlier_cell() -> None:
    layout = place_html_rows([
        [SpannedCell("a"), SpannedCell("b", rowspan=2)],
        [SpannedCell("c", colspan=3)],
    ])
    assert slots_as_texts(layout) == [["a", "b", "·"], ["c", "b", "c"]]


def test_html_spans_beyond_the_work_budget_are_taken_as_single_cells_with_a_note() -> None:
    # Every cell asks for 1000 x 100 positions; the budget covers only a few of them.
    rows = [[SpannedCell(str(r), rowspan=1000, colspan=100)] for r in range(3000)]
    assert 3 * 1000 * 100 < MAX_SPAN_WORK < 30 * 1000 * 100
    layout = place_html_rows(rows)
    assert any("合并" in note for note in layout.notes)
    assert sum(len(row) - row.count(HOLE) for row in layout.slots) <= MAX_SPAN_WORK + len(rows)


def test_word_grid_before_leaves_holes_at_the_start_of_a_row() -> None:
    layout = place_word_rows([
        WordRow([WordCell("a"), WordCell("b"), WordCell("c")]),
        WordRow([WordCell("d"), WordCell("e")], grid_before=1),
    ])
    assert slots_as_texts(layout) == [["a", "b", "c"], ["·", "d", "e"]]


def test_word_vertical_merge_repeats_the_restart_cell_across_its_width() -> None:
    layout = place_word_rows([
        WordRow([WordCell("合并", grid_span=2, vmerge="restart"), WordCell("x")]),
        WordRow([WordCell("", grid_span=2, vmerge="continue"), WordCell("y")]),
        WordRow([WordCell("", grid_span=2, vmerge="continue"), WordCell("z")]),
    ])
    assert slots_as_texts(layout) == [["合并", "合并", "x"], ["合并", "合并", "y"], ["合并", "合并", "z"]]


def test_word_continuation_without_a_cell_above_is_an_ordinary_cell() -> None:
    layout = place_word_rows([
        WordRow([WordCell("a")]),
        WordRow([WordCell("b"), WordCell("孤", vmerge="continue")]),
    ])
    assert slots_as_texts(layout) == [["a", "·"], ["b", "孤"]]


def test_word_legacy_horizontal_merge_repeats_the_cell_on_the_left() -> None:
    layout = place_word_rows([WordRow([WordCell("总计"), WordCell("", hmerge_continue=True), WordCell("5")])])
    assert slots_as_texts(layout) == [["总计", "总计", "5"]]
