"""What extraction gives on a fixed corpus, kept as one digest per report: speed work must leave it
exactly as it was (tests/test_output_snapshot.py compares).

The corpus: the five bundled samples and 270 synthetic reports, 30 of each shape (text layouts,
flattened pages, HTML, Word, PDF), a third of them with the source's own arithmetic errors. A
report's digest covers its whole `extract --json` line — record, findings with their messages and
readings, provenance — except the PDF box coordinates, which a new pdfium may shift by a hair.

    python tools/output_snapshot.py            # compare with tests/data/output_digests.json
    python tools/output_snapshot.py --write    # accept today's output (after a deliberate change)
    python tools/output_snapshot.py --show NAME  # one report's JSON line, to see what changed
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
DIGESTS = ROOT / "tests" / "data" / "output_digests.json"
SAMPLES = ROOT / "resources" / "samples"
SEED = 20
PER_SHAPE = 30
ERROR_RATE = 0.3


def corpus() -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of every report of the snapshot corpus, always the same."""
    from tools.synth import ALL_SHAPES, iter_reports

    for path in sorted(SAMPLES.glob("*.txt")):
        yield path.name, path.read_bytes()
    shapes = list(ALL_SHAPES)
    for report in iter_reports(PER_SHAPE * len(shapes), seed=SEED, shapes=shapes, error_rate=ERROR_RATE):
        yield report.name, report.data


def output_line(name: str, data: bytes) -> dict[str, Any]:
    """The report's `extract --json` object, PDF box coordinates left out (a refusal is its message)."""
    from app.documents import ReadError
    from app.extract import extract_bytes

    try:
        line = extract_bytes(name, data).to_json()
    except ReadError as e:
        return {"refused": str(e)}
    for origin in line["provenance"].values():
        origin.pop("box", None)
    return line


def digest(line: dict[str, Any]) -> str:
    text = json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def digests() -> dict[str, str]:
    return {name: digest(output_line(name, data)) for name, data in corpus()}


def differences(expected: dict[str, str], got: dict[str, str]) -> list[str]:
    names = sorted(set(expected) | set(got))
    return [n for n in names if expected.get(n) != got.get(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store today's digests")
    parser.add_argument("--show", metavar="NAME", help="print one report's output line")
    args = parser.parse_args(argv)
    if args.show:
        for name, data in corpus():
            if name == args.show:
                print(json.dumps(output_line(name, data), ensure_ascii=False, sort_keys=True, indent=1))
                return 0
        print(f"{args.show}: not in the corpus", file=sys.stderr)
        return 2
    got = digests()
    if args.write:
        DIGESTS.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(got)} digests written to {DIGESTS.relative_to(ROOT)}")
        return 0
    changed = differences(json.loads(DIGESTS.read_text(encoding="utf-8")), got)
    print(f"{len(got)} reports, {len(changed)} with a different output" + (": " + " ".join(changed[:20]) if changed else ""))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
