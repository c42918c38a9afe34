"""RapidOCR against Tesseract on the numbers of report pages: the comparison behind the OCR choice.

    python tools/compare_ocr_engines.py [--count 2] [--dpi 200 150]

Synthetic text PDFs (tools.synth --shapes pdf) give every printed number and its box from the text
layer; each page is rasterised, read by both engines, and a number counts as read exactly when the
digits an engine puts inside its box (by the centres of the engine's own character or word boxes)
are the printed ones. Prints numbers exact and seconds per page per engine. Tesseract is Debian's
`tesseract-ocr` + `tesseract-ocr-chi-sim` (run as the `tesseract` command, TSV word boxes); it is
skipped if not installed. Not part of the program: only this comparison uses Tesseract.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents import read_document  # noqa: E402
from tools.synth import read_corpus, write_corpus  # noqa: E402

Box = tuple[float, float, float, float]
SLACK = 2.0  # points around a printed number's box


def printed_numbers(pdf: bytes) -> dict[int, list[tuple[str, Box]]]:
    """Per page, each number of the text layer and its box in points."""
    document = read_document("r.pdf", pdf)
    pages: dict[int, list[tuple[str, Box]]] = {}
    for box in document.boxes:
        text = unicodedata.normalize("NFKC", document.text[box.start:box.end])  # full-width digits too
        if text.isdigit():
            pages.setdefault(box.page, []).append((text, (box.x0, box.y0, box.x1, box.y1)))
    return pages


def digits_inside(box: Box, found: list[tuple[str, float, float]]) -> str:
    """The digits an engine put inside `box`, left to right (found: text, centre x, centre y)."""
    x0, y0, x1, y1 = box
    inside = sorted((x, t) for t, x, y in found if x0 - SLACK <= x <= x1 + SLACK and y0 - SLACK <= y <= y1 + SLACK)
    return "".join(c for _, t in inside for c in unicodedata.normalize("NFKC", t) if c.isdigit())


def rapidocr_read(image, dpi: int) -> list[tuple[str, float, float]]:
    import numpy as np

    from app.documents.ocr import recognise

    glyphs = recognise(np.asarray(image.convert("L")), 72 / dpi)
    return [(g.char, (g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2) for g in glyphs]


def tesseract_read(image, dpi: int) -> list[tuple[str, float, float]]:
    with tempfile.NamedTemporaryFile(suffix=".png") as file:
        image.save(file.name)
        out = subprocess.run(["tesseract", file.name, "-", "-l", "chi_sim", "--dpi", str(dpi), "tsv"],
                             capture_output=True, text=True, check=True).stdout
    found = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if text and row.get("level") == "5":
            k = 72 / dpi
            left, top, width, height = (float(row[n]) for n in ("left", "top", "width", "height"))
            found.append((text, (left + width / 2) * k, (top + height / 2) * k))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 150])
    args = parser.parse_args(argv)
    import pypdfium2 as pdfium

    engines = {"RapidOCR (PP-OCR)": rapidocr_read}
    if shutil.which("tesseract"):
        engines["Tesseract chi_sim"] = tesseract_read
    else:
        print("tesseract 未安装，只测 RapidOCR", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), args.count, seed=args.seed, shapes=["pdf"])
        corpus = [path.read_bytes() for path, _ in read_corpus(Path(folder))]
    print(f"{'engine':<20} {'dpi':>4} {'numbers exact':>15} {'share':>7} {'s/page':>7}")
    for dpi in args.dpi:
        for name, read in engines.items():
            total = right = pages = 0
            seconds = 0.0
            for pdf in corpus:
                numbers = printed_numbers(pdf)
                document = pdfium.PdfDocument(pdf)
                for index in range(len(document)):
                    image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
                    started = time.perf_counter()
                    found = read(image, dpi)
                    seconds += time.perf_counter() - started
                    pages += 1
                    for text, box in numbers.get(index, []):
                        total += 1
                        right += digits_inside(box, found) == text
            print(f"{name:<20} {dpi:>4} {right:>7}/{total:<7} {right / max(total, 1):>7.2%} {seconds / pages:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
