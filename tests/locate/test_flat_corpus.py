"""Synthetic pages flattened to one line (tools/synth's `flat` shape), some with the source's own
arithmetic errors: each cell is read as printed, left open with an error, or named by an error,
never silently wrong; and most cells are read exactly. The figures come from tools/bench_flat.py,
which prints them for a larger corpus (README)."""

from __future__ import annotations

from tools.bench_flat import measure
from tools.synth import iter_reports


def test_flattened_reports_are_read_or_flagged_never_silently_wrong():
    reports = list(iter_reports(80, seed=11, shapes=["flat"], error_rate=0.3))
    tally = measure(reports)
    assert tally["unreadable"] == 0
    assert tally["wrong_silent"] == 0
    assert tally["exact"] / tally["cells"] >= 0.85, tally
    assert tally["agency_wrong"] == 0
