"""Time and peak memory of extracting the hostile shapes at the size limits, each in a fresh process.

    python tools/bench_bounds.py [SHAPE...]

Prints one line per shape: seconds extracting, peak RSS of the process (Python, libxml2, pdfium and
all), and what came out (a record, or the Chinese refusal).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents.limits import MAX_FILE_BYTES, MAX_TEXT_BYTES, MB  # noqa: E402
from tools.hostile_inputs import measure_in_child  # noqa: E402

SHAPES = {
    "unclosed_td": MAX_TEXT_BYTES / MB - 0.01, "text_node": MAX_TEXT_BYTES / MB - 0.01,
    "number_rows": MAX_TEXT_BYTES / MB - 0.01, "siblings": 1, "docx_paragraphs": MAX_FILE_BYTES / MB - 0.01,
    "docx_number_rows": MAX_FILE_BYTES / MB - 0.01, "pdf_segments": 1, "pdf_paths": 1, "pdf_chars": 1,
    "pdf_pages": 1,
}


def main(names: list[str]) -> None:
    for shape in names or list(SHAPES):
        seconds, peak, outcome = measure_in_child(shape, SHAPES[shape])
        print(f"{shape:18} {seconds:6.2f} s  {peak:5.0f} MB peak RSS  {outcome[:50]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
