"""Rulings → cells: the lattice of a bordered table, merged cells included (no PDF needed)."""

from __future__ import annotations

import time

from app.documents.pdf_tables import Rule, find_tables


def grid_rules(xs: list[float], ys: list[float]) -> list[Rule]:
    """Full-length rulings at every boundary."""
    return ([Rule(True, y, xs[0], xs[-1]) for y in ys] + [Rule(False, x, ys[0], ys[-1]) for x in xs])


def test_full_lattice_gives_one_cell_per_position() -> None:
    (table,) = find_tables(grid_rules([0, 50, 100, 150], [0, 20, 40]))
    assert (table.xs, table.ys) == ([0, 50, 100, 150], [0, 20, 40])
    assert table.slots() == [[0, 1, 2], [3, 4, 5]]


def test_missing_rulings_merge_cells_across_columns_and_rows() -> None:
    xs, ys = [0, 50, 100, 150], [0, 20, 40, 60]
    rules = [Rule(True, y, 0, 150) for y in ys[::3]] + [Rule(True, 20, 50, 150), Rule(True, 40, 0, 150)]
    rules += [Rule(False, x, 0, 60) for x in (0, 150)] + [Rule(False, 50, 0, 60), Rule(False, 100, 20, 60)]
    (table,) = find_tables(rules)
    # Column 0 spans rows 0-1 (no ruling at y=20 there); row 0 spans columns 1-2 (no ruling at x=100).
    assert table.slots() == [[0, 1, 1], [0, 2, 3], [4, 5, 6]]
    assert (table.xs, table.ys) == (xs, ys)


def test_rulings_drawn_piecewise_and_slightly_off_are_joined() -> None:
    rules = []
    for y in (0, 20, 40):
        rules += [Rule(True, y + 0.4, 0, 50), Rule(True, y - 0.3, 50.5, 100)]
    for x in (0, 50, 100):
        rules += [Rule(False, x, 0, 20), Rule(False, x + 0.6, 20, 41)]
    (table,) = find_tables(rules)
    assert table.slots() == [[0, 1], [2, 3]]


def test_a_box_around_a_paragraph_or_a_single_column_is_no_table() -> None:
    assert find_tables(grid_rules([0, 400], [0, 100])) == []
    assert find_tables(grid_rules([0, 400], [0, 100, 200])) == []


def test_a_single_ruled_row_is_a_table_as_a_table_continued_on_the_next_page_may_be() -> None:
    (row,) = find_tables(grid_rules([0, 100, 200], [0, 20]))
    assert row.slots() == [[0, 1]]


def test_separate_tables_come_top_to_bottom_and_points_find_their_cell() -> None:
    lower, upper = find_tables(grid_rules([0, 50, 100], [300, 320, 340]) + grid_rules([0, 60, 120], [0, 20, 40]))[::-1]
    assert upper.top == 0 and lower.top == 300
    assert upper.cell_at(70, 30) == 3
    assert upper.cell_at(130, 30) is None and lower.cell_at(70, 30) is None


def test_a_page_of_more_rulings_than_any_table_has_is_not_searched() -> None:
    boundaries = [float(v) for v in range(0, 1300, 2)]  # a 650 x 650 lattice: a drawing, not a report table
    start = time.perf_counter()
    assert find_tables(grid_rules(boundaries, boundaries)) == []
    assert time.perf_counter() - start < 0.5
