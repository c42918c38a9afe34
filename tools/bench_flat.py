"""Reports flattened to text the tests never saw: how many cells come out exact, how many are left
unplaced (with an error), and how many are wrong without an error naming them (must be 0).

    python tools/bench_flat.py [--count 3000] [--seed 7] [--errors 0.3]

The reports come from the synthetic generator's `flat` shape (one line per page, no separators
between cells, glued list markers, archive headers or page chrome, stray spaces, some rows with
the source's own arithmetic errors), so every cell's truth is known.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents import ReadError  # noqa: E402
from app.extract import extract_bytes  # noqa: E402
from tools.synth import iter_reports  # noqa: E402
from tools.synth.report import SynthReport  # noqa: E402


def same(got: object, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return abs(float(got) - float(want)) < 1e-9  # type: ignore[arg-type]


def measure(reports: list[SynthReport]) -> Counter[str]:
    """Cell counts: exact, unplaced (empty with an error), wrong_named (wrong, an error names the
    cell), wrong_silent (wrong, no error names it), and the reports that failed to read."""
    tally: Counter[str] = Counter()
    for report in reports:
        try:
            result = extract_bytes(report.name, report.data)
        except ReadError:
            tally["unreadable"] += 1
            tally["cells"] += len(report.truth["fields"])
            continue
        errors = {k for f in result.findings if f.severity == "error" for k in f.cells}
        for key, want in report.truth["fields"].items():
            got = result.record.fields.get(key)
            tally["cells"] += 1
            origin = result.provenance.get(key)
            if same(got, want):
                tally["exact"] += 1
            elif got is None and origin is not None and origin.how == "unplaced":
                tally["unplaced"] += 1
            elif key in errors:
                tally["wrong_named"] += 1
            else:
                tally["wrong_silent"] += 1
                if tally["wrong_silent"] <= 10:
                    print(f"  silent: {report.name} {key} want {want!r} got {got!r} "
                          f"({origin.how if origin else 'no origin'})", file=sys.stderr)
        tally["reports"] += 1
        if result.record.agency != report.truth["agency"]:
            tally["agency_wrong"] += 1
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", type=float, default=0.3, help="share of reports with source errors")
    args = parser.parse_args(argv)
    reports = list(iter_reports(args.count, seed=args.seed, shapes=["flat"], error_rate=args.errors))
    started = time.perf_counter()
    tally = measure(reports)
    elapsed = time.perf_counter() - started
    cells = tally["cells"]
    print(f"{len(reports)} flattened reports ({args.errors:.0%} with source errors), {cells} cells, "
          f"{elapsed:.1f} s ({len(reports) / elapsed:.0f} reports/s)")
    for name in ("exact", "unplaced", "wrong_named", "wrong_silent"):
        print(f"  {name:13} {tally[name]:8d}  {tally[name] / cells:8.3%}")
    print(f"  unreadable reports: {tally['unreadable']}; agency differs from the title's: {tally['agency_wrong']}")
    return 1 if tally["wrong_silent"] else 0


if __name__ == "__main__":
    sys.exit(main())
