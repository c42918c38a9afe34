"""OCR benchmark: synthetic text PDFs with known truth, and scans made from them, side by side.

    python tools/bench_ocr.py [--count 3] [--seed 0] [--scans 200 150 200-skew1-jpeg70 ...]
                              [--prepare program|whitened|binarised|evened|grey]

Each report of the synthetic corpus (`tools.synth --shapes pdf`) is extracted from its text layer,
then from scans of it (tools/synth/scan.py: rasterised at 150/200 dpi, turned up to 1°, blurred,
saved as JPEG quality 70). Per source it prints: cells exact (of all cells), cells flagged (named by
an error or warning finding), wrong cells that no finding names (must be 0: a wrong number the
reviewer is not pointed to), OCR seconds per page, and the lowest OCR confidence among right and
wrong numbers (to check validation's LOW_CONFIDENCE). Exit status 1 if any wrong cell is unflagged
or clean 200 dpi scans are below 99 % exact.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents import ReadError  # noqa: E402
from app.extract import extract_bytes  # noqa: E402
from tools.synth import read_corpus, write_corpus  # noqa: E402
from tools.synth.scan import ScanFlaws, scanned_pdf  # noqa: E402

DEFAULT_SCANS = ["200", "150", "200-skew1-jpeg70", "150-skew0.5-blur0.6-jpeg70"]
CLEAN_TARGET = 0.99


@dataclass
class SourceResult:
    name: str
    reports: int = 0
    pages: int = 0
    seconds: float = 0.0
    cells: int = 0
    exact: int = 0
    flagged: int = 0
    unflagged_wrong: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    lowest_right: float = 1.0
    lowest_wrong: float = 1.0

    def row(self) -> str:
        per_page = f"{self.seconds / self.pages:6.1f}" if self.pages else "     -"
        share = self.exact / self.cells if self.cells else 0.0
        return (f"{self.name:<36} {self.reports:>3} {self.exact:>6}/{self.cells:<6} {share:>7.2%} "
                f"{self.flagged:>7} {len(self.unflagged_wrong):>9} {per_page}  "
                f"{self.lowest_right:.2f}/{self.lowest_wrong:.2f}")


def parse_flaws(spec: str) -> ScanFlaws:
    """"200-skew1-blur0.6-jpeg70" → ScanFlaws(200, 1.0, 0.6, 70); shadeS and grainG as well."""
    parts = spec.split("-")
    values = {m.group(1): float(m.group(2)) for p in parts[1:] if (m := re.fullmatch(r"([a-z]+)([\d.]+)", p))}
    return ScanFlaws(dpi=int(parts[0]), skew=values.get("skew", 0.0), blur=values.get("blur", 0.0),
                     jpeg_quality=int(values["jpeg"]) if "jpeg" in values else None,
                     shade=values.get("shade", 0.0), grain=values.get("grain", 0.0))


def use_preparation(name: str) -> None:
    """Which page the OCR gets, to compare (each turned upright while grey): `program` (paper
    divided out; a grainy page's paper then made white), `whitened` (every page's paper made white,
    ink kept grey), `binarised` (black and white at Otsu's threshold), `evened` (paper divided out
    only), `grey` (as scanned)."""
    import cv2

    from app.documents import scan_image

    def binarised(pixels):  # noqa: ANN001, ANN202
        return cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]

    steps = {"whitened": scan_image.whiten_paper, "binarised": binarised, "evened": lambda pixels: pixels,
             "grey": lambda pixels: pixels}
    if name in steps:
        scan_image.clear_grain = steps[name]  # type: ignore[assignment]
    if name == "grey":
        scan_image.even_out = lambda pixels, dpi: pixels  # type: ignore[assignment]


def measure(result: SourceResult, name: str, data: bytes, truth: dict) -> None:
    import pypdfium2 as pdfium

    result.reports += 1
    started = time.perf_counter()
    try:
        extraction = extract_bytes(name, data)
    except ReadError as error:
        result.refused.append(f"{name}: {error}")
        result.cells += len(truth["fields"])
        return
    result.seconds += time.perf_counter() - started
    result.pages += len(pdfium.PdfDocument(data))
    flagged = {c for f in extraction.findings if f.severity in ("error", "warning") for c in f.cells}
    for key, want in truth["fields"].items():
        got = extraction.record.fields.get(key)
        right = got == want or (got is not None and want is not None and float(got) == float(want))
        result.cells += 1
        result.exact += right
        result.flagged += key in flagged
        if not right and key not in flagged:
            result.unflagged_wrong.append(f"{name} {key}: {got} ≠ {want}")
        confidence = extraction.provenance[key].confidence if key in extraction.provenance else None
        if confidence is not None:
            if right:
                result.lowest_right = min(result.lowest_right, confidence)
            else:
                result.lowest_wrong = min(result.lowest_wrong, confidence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3, help="synthetic PDF reports (2-3 pages each)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scans", nargs="+", default=DEFAULT_SCANS, help="dpi[-skewDEG][-blurPX][-shadeS][-grainG][-jpegQ]")
    parser.add_argument("--prepare", choices=["program", "whitened", "binarised", "evened", "grey"],
                        default="program", help="the page OCR gets (see use_preparation)")
    args = parser.parse_args(argv)
    use_preparation(args.prepare)
    flaws = [parse_flaws(s) for s in args.scans]
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), args.count, seed=args.seed, shapes=["pdf"])
        corpus = list(read_corpus(Path(folder)))
        results = [SourceResult("text layer")] + [SourceResult(f"scan {f.name}") for f in flaws]
        for path, truth in corpus:
            data = path.read_bytes()
            measure(results[0], path.name, data, truth)
            for result, flaw in zip(results[1:], flaws, strict=True):
                measure(result, path.name, scanned_pdf(data, flaw), truth)
                print(f"  {path.name} {flaw.name}: {result.exact}/{result.cells}", file=sys.stderr, flush=True)
    print(f"{'source':<36} {'n':>3} {'cells exact':>13} {'share':>7} {'flagged':>7} {'unflagged':>9} "
          f"{'s/page':>6}  conf right/wrong")
    for result in results:
        print(result.row())
        for line in result.unflagged_wrong[:10] + result.refused[:5]:
            print(f"    {line}")
    failed = any(r.unflagged_wrong for r in results)
    for result, flaw in zip(results[1:], flaws, strict=True):
        if flaw == ScanFlaws(dpi=200) and result.cells and result.exact / result.cells < CLEAN_TARGET:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
