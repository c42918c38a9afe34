"""Prints how long validate_record takes: the figure the window's per-keystroke revalidation needs.

    .venv/bin/python tools/bench_validate.py [--runs N]

Three cases on gold record 001 (every cell filled), each with a provenance entry for every cell
as extraction leaves it: the record as it is, the record with three wrong cells (so rules fail,
suggestions and outliers are computed), and the record checked against its own report's prose
(the narrative check, run only when the text is given).
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "resources" / "samples"  # the five seed reports
GOLD = ROOT / "tests" / "data" / "gold"  # and their expected records
sys.path.insert(0, str(ROOT))

from app.record import Origin, Record  # noqa: E402
from app.validation import validate_record  # noqa: E402


def median_microseconds(call: Callable[[], list], runs: int) -> float:
    call()  # the first call compiles the template's rules; every later keystroke reuses them
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000, help="timed runs per case (median reported)")
    args = parser.parse_args()
    (gold_path,) = GOLD.glob("001_*.json")
    (seed_path,) = SEEDS.glob("001_*.txt")
    gold = Record.from_json(json.loads(gold_path.read_text(encoding="utf-8")))
    text = seed_path.read_text(encoding="utf-8")
    corrupted = copy.deepcopy(gold)
    corrupted.fields.update({"requests.granted.natural_person": 38, "appeals.review.total": None,
                             "requests.carried_forward.total": 40})
    provenance = {k: Origin(0, 1, str(v)) for k, v in gold.fields.items()}
    cases = [
        ("gold record", lambda: validate_record(gold, provenance)),
        ("corrupted record", lambda: validate_record(corrupted, provenance)),
        ("gold + narrative", lambda: validate_record(gold, provenance, text=text)),
    ]
    print(f"validate_record, median of {args.runs} runs")
    for name, call in cases:
        print(f"  {name:<18} {median_microseconds(call, args.runs):8.1f} µs   ({len(call())} findings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
