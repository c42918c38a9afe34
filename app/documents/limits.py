"""Bounds that keep a hostile or broken file from exhausting memory or time.

One place for all of them, so a reviewer of the readers' safety reads a single file.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB  # a report is a few MB at most; larger files are refused outright

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

# Element depth the HTML parser accepts (libxml2's ceiling with its "huge" option).
MAX_HTML_DEPTH = 2048

# PDF: a report has tens of pages; a file with more is read up to this page, with a note.
MAX_PDF_PAGES = 500
