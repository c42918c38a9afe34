"""Scanned pages without OCR: paper evened out and whitened, skew measured and undone, rulings found,
boxes turned back."""

from __future__ import annotations

import pytest

from app.documents.pdf_tables import find_tables
from app.documents.scan_image import (
    clear_grain,
    even_out,
    find_rules,
    skew_angle,
    straighten,
    turn_back,
    whiten_paper,
)

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
ImageFilter = pytest.importorskip("PIL.ImageFilter")


def lined_page(width: int = 800, height: int = 1000) -> np.ndarray:
    """Text-like dark bars, one per line."""
    page = np.full((height, width), 255, np.uint8)
    for y in range(100, 900, 30):
        page[y:y + 8, 100:700] = 0
    return page


def photographed(page: np.ndarray, shade: float = 0.55, grain: float = 10.0) -> np.ndarray:
    """The page lit from its top-left corner (the far corner `shade` darker) with noise, as
    tools/synth/scan.py makes a photographed page."""
    h, w = page.shape
    ys, xs = np.mgrid[0:h, 0:w]
    lit = page * (1.0 - shade * (xs / w + ys / h) / 2) + np.random.default_rng(0).normal(0, grain, page.shape)
    return np.clip(lit, 0, 255).astype(np.uint8)


def test_a_photographed_page_gets_white_paper_and_its_ink_stays_dark():
    page = lined_page()
    ink = page == 0
    photo = photographed(page)
    assert photo[~ink].min() < 130  # the far corner's paper is darker than the threshold for ink
    evened = even_out(photo, dpi=200)
    assert np.percentile(evened[~ink], 5) > 200 and np.percentile(evened[ink], 95) < 60
    whitened = whiten_paper(evened)
    assert (whitened[~ink] == 255).mean() > 0.99  # the grain is gone from the paper
    assert np.array_equal(whitened[ink], evened[ink])  # and the ink is as it was


def test_only_a_grainy_page_has_its_paper_whitened():
    photo = even_out(photographed(lined_page()), dpi=200)
    assert np.array_equal(clear_grain(photo), whiten_paper(photo)) and not np.array_equal(photo, whiten_paper(photo))
    # A clean scan's strokes have grey edges (blur): they are kept, the page is left as it is.
    scan = np.asarray(Image.fromarray(lined_page()).filter(ImageFilter.GaussianBlur(1.2)))
    evened = even_out(scan, dpi=200)
    assert clear_grain(evened) is evened and not np.array_equal(whiten_paper(evened), evened)


def ruled_table(width: int = 900, height: int = 600) -> np.ndarray:
    """Three rows of three cells, ruled."""
    page = np.full((height, width), 255, np.uint8)
    for y in (100, 160, 220, 280):
        page[y:y + 3, 100:800] = 0
    for x in (100, 400, 600, 800):
        page[100:283, x:x + 3] = 0
    return page


def test_the_rulings_of_a_photographed_table_are_found_once_its_paper_is_evened_out():
    photo = photographed(ruled_table(), shade=0.7)
    assert [len(t.cells) for t in find_tables(find_rules(photo, 200))] != [9]  # dark paper reads as ink
    assert [len(t.cells) for t in find_tables(find_rules(even_out(photo, dpi=200), 200))] == [9]


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
    page = ruled_table()
    page[400:460, 150:160] = 0  # a thick short stroke: not a ruling
    (table,) = find_tables(find_rules(page, dpi))
    assert len(table.cells) == 9
    assert table.xs[0] == pytest.approx(101.5 * 72 / dpi, abs=1) and table.ys[-1] == pytest.approx(281.5 * 72 / dpi, abs=1)


def test_digits_of_one_recognised_line_set_a_little_apart_are_one_number():
    """`988` at 200 dpi: the recogniser put the second 8 0.7 of a digit's width after the first,
    which the layout read as `98 8`; digits a cell apart stay apart."""
    from app.documents.ocr import _close_digit_gaps
    from app.documents.pdf_layout import Glyph

    k = 72 / 200
    line = [Glyph("9", 833 * k, 0, 841 * k, 9, 1.0), Glyph("8", 841 * k, 0, 850 * k, 9, 1.0),
            Glyph("8", 856 * k, 0, 866 * k, 9, 1.0), Glyph("1", 900 * k, 0, 908 * k, 9, 1.0)]
    closed = _close_digit_gaps(line)
    assert closed[1].x1 == closed[2].x0 and closed[1].x0 == line[1].x0 and closed[2].x1 == line[2].x1
    assert closed[3] == line[3], "a digit 34 px (four digits' width) away is another cell's"
    assert [g.char for g in closed] == ["9", "8", "8", "1"]


def test_the_recogniser_does_not_turn_lone_digits_upside_down():
    """RapidOCR's per-line orientation classifier turned a lone 6 by 180° into a 9 (scored 0.95+);
    pages are straightened before OCR instead."""
    pytest.importorskip("rapidocr")
    from app.documents import ocr

    engine = ocr._load_engine()
    assert engine.cfg.Global.use_cls is False


def test_preparing_the_largest_page_allowed_stays_within_the_memory_bound():
    # 60 million pixels (limits.MAX_IMAGE_PIXELS): evened out, straightened, grain cleared and its
    # rulings found, in a child process so that its peak is this work's alone.
    import subprocess
    import sys
    from pathlib import Path

    probe = """
import resource, numpy as np
from app.documents.limits import MAX_IMAGE_PIXELS
from app.documents.scan_image import clear_grain, even_out, find_rules, straighten
w = 7000; h = MAX_IMAGE_PIXELS // w
page = np.full((h, w), 235, np.uint8); page[::40, 100:w - 100] = 0
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
upright, _ = straighten(even_out(page, 600))
find_rules(clear_grain(upright), 600)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)
"""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True, timeout=120)
    assert float(out.stdout) < 600, f"{float(out.stdout):.0f} MB"  # the README's bound for any input
