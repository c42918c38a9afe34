"""Hostile inputs at the limits, built in memory: the shapes that once cost minutes or gigabytes
(used by tests/robustness/test_robust_bounds.py and tools/bench_bounds.py).

`build(shape, mb)` makes one; `measure_in_child(shape, mb)` extracts it in a fresh process and
returns (seconds, peak RSS in MB), so the memory of C libraries (libxml2, pdfium) counts too.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from app.documents.limits import MAX_DOCX_TAGS, MAX_HTML_TAGS, MAX_TEXT_CHARS

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "samples" / "001_ee78f7d13cc05699.txt"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def raw_pdf(contents: list[bytes]) -> bytes:
    """A minimal PDF whose pages draw the given content streams (Flate-compressed), Helvetica as F1."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(contents)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(contents)} >>".encode())
    font = 3 + 2 * len(contents)
    for i, content in enumerate(contents):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R"
                       f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def damage_page(pdf: bytes, page: int) -> bytes:
    """The PDF with page `page` (1-based) replaced by a string object: pdfium cannot load it."""
    head = b"%d 0 obj\n" % (1 + 2 * page)
    start = pdf.index(head) + len(head)
    end = pdf.index(b"\nendobj", start)
    return pdf[:start] + b"(x)".ljust(end - start) + pdf[end:]


def docx(body: str) -> bytes:
    xml = f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # stored: no zip-bomb ratio
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def digit_run_report(digits: int | str, line: int | None = None, separator: str = " | ") -> bytes:
    """A real report whose row （一）予以公开 (or the given line of table rows) holds one run of
    run-together digits: `digits` itself, or 1 followed by that many minus one zeros."""
    run = digits if isinstance(digits, str) else "1" + "0" * (digits - 1)
    text = SAMPLE.read_text(encoding="utf-8")
    if line is None:
        row = "(一)予以公开 | 37 | 1 | 0 | 0 | 0 | 0 | 38 |"
        assert row in text
        return text.replace(row, f"(一)予以公开{separator}{run}{separator.rstrip()}", 1).encode("utf-8")
    lines = text.split("\n")
    rows = [i for i, content in enumerate(lines) if " | " in content and any(c.isdigit() for c in content)]
    i = rows[line % len(rows)]
    label = lines[i].split(" | ")[0]
    lines[i] = f"{label}{separator}{run}"
    return "\n".join(lines).encode("utf-8")


def build(shape: str, mb: float) -> tuple[str, bytes]:
    """(file name, bytes) of a hostile input of about `mb` megabytes."""
    size = int(mb * 2**20) - 2000
    if shape == "unclosed_td":  # a report, then unclosed rows up to the tag limit, then text
        report = "".join(f"<p>{line}</p>" for line in SAMPLE.read_text(encoding="utf-8").splitlines())
        head, row = f"<html><body>{report}<table><tr><td>(一)予以公开<td>1", "<tr><td>其他<td>12"
        rows = (MAX_HTML_TAGS - head.count("<")) // row.count("<")
        fill = size - len(head.encode()) - rows * len(row.encode())
        return "x.html", (head + row * rows + " x" * (fill // 2)).encode()
    if shape == "text_node":  # one paragraph of Chinese text
        return "x.html", ("<html><body><p>" + "政府信息公开 " * (size // 19)).encode()
    if shape == "siblings":  # sibling tables, as many as the tag limit allows (quadratic once)
        table = "<table><tr><td>1</td><td>公开</td></tr></table>"
        return "x.html", ("<html><body>" + table * (MAX_HTML_TAGS // table.count("<") - 1)).encode()
    if shape == "number_rows":  # a report followed by endless table rows of numbers
        row = "其他 | " + " | ".join(["12"] * 8) + "\n"
        report = SAMPLE.read_bytes()
        return "x.txt", report + row.encode() * ((size - len(report)) // len(row.encode()))
    if shape == "docx_paragraphs":  # one-character paragraphs
        unit = "<w:p><w:r><w:t>1</w:t></w:r></w:p>"
        return "x.docx", docx(unit * (size // len(unit)))
    if shape == "docx_number_rows":  # a report, then number paragraphs up to the tag limit
        report = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"
                         for line in SAMPLE.read_text(encoding="utf-8").splitlines())
        line = "其他 | " + " | ".join(["12"] * 8)
        unit = f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"
        units = min((size - len(report.encode())) // len(unit.encode()),
                    (MAX_DOCX_TAGS - report.count("<")) // unit.count("<") - 1,
                    (MAX_TEXT_CHARS - len(report)) // (len(line) + 1) - 1)
        return "x.docx", docx(report + unit * units)
    if shape == "pdf_segments":  # one path of 3 million line segments (~50 KB compressed)
        return "x.pdf", raw_pdf([b"BT /F1 12 Tf 72 800 Td (2023) Tj ET\n0 0 m "
                                 + b"10 10 l 20 10 l " * 1_500_000 + b"S\n"])
    if shape == "pdf_paths":  # a million separate paths
        return "x.pdf", raw_pdf([b"BT /F1 12 Tf 72 800 Td (2023) Tj ET\n" + b"0 0 m 10 0 l S\n" * 1_000_000])
    if shape == "pdf_chars":  # two million characters on one page
        return "x.pdf", raw_pdf([b"BT /F1 1 Tf 0 800 Td " + b"(0123456789) Tj " * 200_000 + b"ET\n"])
    if shape == "pdf_pages":  # 200 pages of 40,000 characters each
        page = b"BT /F1 1 Tf 0 800 Td " + b"(0123456789) Tj 0 -1 Td " * 4_000 + b"ET\n"
        return "x.pdf", raw_pdf([page] * 200)
    raise ValueError(shape)


_CHILD = """
import json, resource, sys, time
from tools.hostile_inputs import build
from app.documents import ReadError
from app.extract import extract_bytes
name, data = build(sys.argv[1], float(sys.argv[2]))
started = time.perf_counter()
try:
    extract_bytes(name, data)
    outcome = "record"
except ReadError as error:
    outcome = str(error)
seconds = time.perf_counter() - started
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome]))
"""


def measure_in_child(shape: str, mb: float, timeout: float = 300) -> tuple[float, float, str]:
    """(seconds extracting, peak RSS of the whole process in MB, "record" or the ReadError message)."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, shape, str(mb)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    seconds, peak, outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    return seconds, peak, outcome
