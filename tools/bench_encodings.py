"""How many reports read right after re-encoding them, per encoding, and the time a file takes.

    .venv/bin/python tools/bench_encodings.py

The five bundled seeds and 40 synthetic text reports are encoded in GBK, GB18030, Big5 and UTF-16
without a byte-order mark, then read back with read_document (no declaration, .txt name).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.documents import ReadError, read_document  # noqa: E402
from tools.synth import generate_report  # noqa: E402

ENCODINGS = (("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5"), ("utf-16-le", "utf-16-le"),
             ("utf-16-be", "utf-16-be"))


def texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]
    return seeds + [read_document("r.txt", generate_report(1, i, "000").data).text for i in range(40)]


def main() -> None:
    reports = texts()
    for codec, expected in ENCODINGS:
        right, seconds = 0, 0.0
        for text in reports:
            data = text.encode(codec, errors="replace")
            start = time.perf_counter()
            try:
                document = read_document("report.txt", data)
            except ReadError:
                continue
            finally:
                seconds += time.perf_counter() - start
            right += document.encoding == expected and document.text == data.decode(codec)
        print(f"{codec:10} {right:3} of {len(reports)} read right, {seconds / len(reports) * 1000:.1f} ms a file")


if __name__ == "__main__":
    main()
