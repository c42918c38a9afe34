"""Page geometry of scans without OCR: skew measured and undone, rulings found, boxes turned back."""

from __future__ import annotations

import pytest

from app.documents.pdf_tables import find_tables
from app.documents.scan_image import find_rules, skew_angle, straighten, turn_back

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")


def lined_page(width: int = 800, height: int = 1000) -> np.ndarray:
    """Text-like dark bars, one per line."""
    page = np.full((height, width), 255, np.uint8)
    for y in range(100, 900, 30):
        page[y:y + 8, 100:700] = 0
    return page


@pytest.mark.parametrize("angle", [0.7, -1.0, 0.3])
def test_the_skew_of_a_page_fed_askew_is_measured(angle):
    turned = np.asarray(Image.fromarray(lined_page()).rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))
    assert skew_angle(turned) == pytest.approx(angle, abs=0.1)
    upright, undone = straighten(turned)
    assert undone == pytest.approx(angle, abs=0.1)
    assert skew_angle(upright) == pytest.approx(0, abs=0.1)


def test_a_straight_page_is_left_as_it_is():
    page = lined_page()
    upright, angle = straighten(page)
    assert angle == 0 and upright is page


def test_a_point_of_the_straightened_page_is_turned_back_to_where_it_was_scanned():
    for angle in (1.0, -0.7):
        dot = np.full((1000, 800), 255, np.uint8)
        dot[600:606, 700:706] = 0  # centre (703, 603) on the page as scanned
        upright = np.asarray(Image.fromarray(dot).rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255))
        ys, xs = np.nonzero(upright < 128)
        x, y = turn_back(xs.mean() + 0.5, ys.mean() + 0.5, angle, 800, 1000)
        assert (x, y) == (pytest.approx(703, abs=1), pytest.approx(603, abs=1))


def test_the_rulings_of_a_scanned_table_make_its_cells():
    dpi = 200
    page = np.full((600, 900), 255, np.uint8)
    for y in (100, 160, 220, 280):  # 3 rows
        page[y:y + 3, 100:800] = 0
    for x in (100, 400, 600, 800):  # 3 columns
        page[100:283, x:x + 3] = 0
    page[400:460, 150:160] = 0  # a thick short stroke: not a ruling
    (table,) = find_tables(find_rules(page, dpi))
    assert len(table.cells) == 9
    assert table.xs[0] == pytest.approx(101.5 * 72 / dpi, abs=1) and table.ys[-1] == pytest.approx(281.5 * 72 / dpi, abs=1)
