"""Scans of the synthetic PDF corpus: as exact as their text layers, and no wrong cell unflagged."""

from __future__ import annotations

import pytest

from tools import bench_ocr
from tools.synth.scan import ScanFlaws


def test_scan_flaws_are_named_as_the_benchmark_takes_them():
    flaws = bench_ocr.parse_flaws("150-skew0.5-blur0.6-jpeg70")
    assert flaws == ScanFlaws(dpi=150, skew=0.5, blur=0.6, jpeg_quality=70)
    assert flaws.name == "150dpi-skew0.5-blur0.6-jpeg70"
    assert bench_ocr.parse_flaws("200") == ScanFlaws()


@pytest.mark.slow
def test_scans_at_150_and_200_dpi_askew_blurred_and_jpeg_give_no_unflagged_wrong_cell():
    pytest.importorskip("rapidocr")
    # Exit status 0: no wrong cell without a finding, and clean 200 dpi scans at least 99 % exact.
    assert bench_ocr.main(["--count", "3", "--seed", "7"]) == 0
