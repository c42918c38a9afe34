"""Bounds that keep a hostile or broken file from exhausting memory or time.

One place for all of them, so a reviewer of the readers' safety reads a single file.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB  # a report is a few MB at most; larger files are refused outright

# Text and web pages are read whole into memory several times over (decoded text, parse tree,
# tokens): a 50 MB page of number rows took 920 MB to extract; at 10 MB no shape tried passes
# 400 MB. A real report is well under 1 MB of text.
MAX_TEXT_BYTES = 10 * MB
# The same bound on the text any reader hands on (a Word or PDF file can unfold into more text).
MAX_TEXT_CHARS = 10_000_000

# Wall-clock seconds one document may take from bytes to checked record (read, locate, validate);
# import and `extract` stop the work after this and name the file. A real report takes milliseconds
# (a 500-page PDF a few seconds).
DOCUMENT_SECONDS = 60.0

# Zip containers (.docx): judged on the declared sizes in the central directory, before inflating.
MAX_UNZIPPED_BYTES = 50 * MB  # all members together
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_RATIO = 200  # Word XML compresses 10-50x; a member inflating far more is a bomb
ZIP_RATIO_FLOOR = 1 * MB  # below this size a high ratio is harmless (tiny repetitive parts)

# Tables (HTML and Word): beyond these a table is cut, with a note.
MAX_TABLE_ROWS = 5_000
MAX_TABLE_COLUMNS = 200
MAX_COLSPAN = 100
MAX_ROWSPAN = 1_000
# Grid positions visited while expanding spans of one table: overlapping hostile spans could
# otherwise cost rows x columns work per cell.
MAX_SPAN_WORK = 500_000

# Tags in a page ("<" counted before parsing): each parsed element costs ~500 bytes in libxml2 and
# Python, so 10 MB of unclosed <td> markup took 1.3 GB. A report page has a few thousand; a table at
# the row and column limits above, ~100,000.
MAX_HTML_TAGS = 300_000

# Tags in a Word document's main part, for the same reason: a normal report has under 200,000;
# 47 MB of one-character paragraphs (8 million tags) took 980 MB.
MAX_DOCX_TAGS = 1_500_000

# Paragraph, cell and field marks in a Word 97–2003 document's main text, each a step of Python
# work (about 10 µs): a report has a few hundred to a few thousand (the synthetic ones about 400).
MAX_DOC_MARKS = 300_000

# Element depth the HTML parser accepts (libxml2's ceiling with its "huge" option).
MAX_HTML_DEPTH = 2048

# PDF: a report has tens of pages; a file with more is read up to this page, with a note.
MAX_PDF_PAGES = 500
# Characters: a dense page has ~5,000; each read costs ~450 bytes until the record is located, so a
# page of 2 million took 930 MB. Pages beyond either bound are skipped with a note.
MAX_PDF_PAGE_CHARS = 50_000
MAX_PDF_CHARS = 600_000
# Drawing: a ruled table of 500 cells is a few thousand path segments; a page drawing more is a
# chart or a map (3 million segments took 1.4 GB), and its lines are not read as table rulings.
MAX_PDF_PAGE_OBJECTS = 50_000
MAX_PDF_PAGE_SEGMENTS = 100_000

# Scans (OCR costs seconds per page): a file needing more pages than this is refused, not read in
# part (a report is 5-30 pages; hundreds of pages are a collection or a book). A file whose pages go
# to OCR gets OCR_PAGE_SECONDS per such page on top of DOCUMENT_SECONDS, at most MAX_OCR_SECONDS in
# all (ocr_seconds); its OCR stops with a message when that runs out. A page takes 10-21 s on two
# cores (README), longer in a worker sharing the cores with others. A PDF with a text layer on
# every page gets no OCR time: DOCUMENT_SECONDS bounds it as any other file.
MAX_OCR_PAGES = 60
OCR_PAGE_SECONDS = 60.0
MAX_OCR_SECONDS = 900.0
OCR_DPI = 200  # image-only PDF pages are rendered at this resolution for OCR
MAX_IMAGE_PIXELS = 60_000_000  # one page image (an A4 page at 600 dpi is 35 million)


def ocr_seconds(pages: int) -> float:
    """The OCR time a file with `pages` pages to OCR gets (beyond DOCUMENT_SECONDS)."""
    return min(MAX_OCR_SECONDS, max(0, pages) * OCR_PAGE_SECONDS)
