"""Third round of real-world variants: flattened shapes as real sites produce them.

The seed shapes (000: cell per line with runs of ``|``; 003: cell per paragraph; 004: blank lines
and a split table 四) with real nonzero tables and blank applicant cells, ASCII-art tables, tables
in an HTML ``<pre>`` block, rows whose cells are separated by runs of spaces, and the 2019 format
in the 000 and 003 shapes. Builders are in ``variants3.py``; the whole pipeline runs.

Where a variant shows every cell, the record must be exact; so must the 003 shape with blank
cells, whose empty paragraphs show where they are (``test_blank_paragraph_cells.py`` has more).
Where blank cells vanished (000, split table 四 of 004, spaces) the placement of the remaining numbers can be genuinely ambiguous: a cell may then be
empty *and* flagged (provenance ``unplaced`` or an error naming it) — never a confident wrong
number.
"""

from __future__ import annotations

import pytest

from app.extract import extract_bytes

from .variants import APPEALS, SYN_FIELDS, confident_wrong, extract_text, wrong_cells
from .variants2 import AG19, SYN19
from .variants3 import (
    HEAD19,
    TAIL19,
    ascii_art,
    blank_zero_applicants,
    pre_page,
    report,
    sections19,
    sections21,
    shape000,
    shape003,
    shape004,
    spaces,
)

BLANK = blank_zero_applicants(SYN_FIELDS)
BLANK19 = blank_zero_applicants(SYN19)
# Blank cells in table 四 as well (the litigation block's zeros left empty).
BLANK_4 = {**BLANK, **{c.key: None for c in APPEALS.cells if SYN_FIELDS[c.key] == 0 and "litigation" in c.key}}


def _not_requests(fields: dict) -> list[str]:
    return [k for k in fields if not k.startswith("requests.")]


def _meta21(result):
    assert (result.record.agency, result.record.year, result.record.template) == ("庆元县财政局", 2022, "2021")


def _meta19(result):
    assert (result.record.agency, result.record.year, result.record.template) == (AG19, 2020, "2019")
    assert len(result.record.fields) == 198


# ================================================================================================
# Seed-000 shape: one cell per line ending " |", blank cells gone, a run of | per row.

def test_000_shape_every_cell_printed_reads_exactly():
    result = extract_text(report(sections21(SYN_FIELDS, cut_heads=True), shape000))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_000_shape_with_a_few_filled_applicant_cells_is_never_confidently_wrong():
    # "18 |\n1 |\n2 |\n21 |\n|||||": which two of the five 法人 columns hold 1 and 2 is only
    # recoverable from the columns' arithmetic, if at all.
    result = extract_text(report(sections21(BLANK, cut_heads=True), shape000))
    _meta21(result)
    assert confident_wrong(result, BLANK) == {}
    assert wrong_cells(result, BLANK, _not_requests(BLANK)) == {}  # tables 二 and 四 show every cell


def test_000_shape_2019_format_with_a_few_filled_applicant_cells():
    result = extract_text(report(sections19(BLANK19, cut_heads=True), shape000, HEAD19, TAIL19))
    _meta19(result)
    assert confident_wrong(result, BLANK19) == {}
    assert wrong_cells(result, BLANK19, _not_requests(BLANK19)) == {}


def test_000_shape_2019_format_every_cell_printed_reads_exactly():
    result = extract_text(report(sections19(SYN19, cut_heads=True), shape000, HEAD19, TAIL19))
    _meta19(result)
    assert wrong_cells(result, SYN19) == {}


# ================================================================================================
# Seed-003 shape: one cell per paragraph; a blank cell is a blank paragraph of its own.

def test_003_shape_with_a_real_nonzero_table_reads_exactly():
    result = extract_text(report(sections21(SYN_FIELDS), shape003))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def _read_as_printed(result, want: dict) -> None:
    """Every printed number read where it stands (not placed by arithmetic), blank cells unwritten."""
    assert {k: result.provenance[k].how for k, v in want.items()
            if v is not None and result.provenance[k].how != "read"} == {}
    assert [k for k, v in want.items() if v is None and k in result.provenance] == []


def test_003_shape_with_blank_applicant_cells_reads_exactly():
    # A blank cell is an empty paragraph of its own: the blank lines show which columns are empty.
    result = extract_text(report(sections21(BLANK), shape003))
    _meta21(result)
    assert wrong_cells(result, BLANK) == {}
    _read_as_printed(result, BLANK)


def test_003_shape_2019_format_reads_exactly():
    result = extract_text(report(sections19(SYN19), shape003, HEAD19, TAIL19))
    _meta19(result)
    assert wrong_cells(result, SYN19) == {}


def test_003_shape_2019_format_with_blank_applicant_cells_reads_exactly():
    result = extract_text(report(sections19(BLANK19), shape003, HEAD19, TAIL19))
    _meta19(result)
    assert wrong_cells(result, BLANK19) == {}
    _read_as_printed(result, BLANK19)


def test_003_shape_with_blank_cells_in_table_four_reads_exactly():
    result = extract_text(report(sections21(BLANK_4), shape003))
    _meta21(result)
    assert wrong_cells(result, BLANK_4) == {}
    _read_as_printed(result, BLANK_4)


# ================================================================================================
# Seed-004 shape: blank line after every cell and row, NBSP lines, table 四 split in two.

def test_004_shape_split_table_four_with_a_real_nonzero_table_reads_exactly():
    result = extract_text(report(sections21(SYN_FIELDS, split4=True), shape004))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_004_shape_split_table_four_and_blank_cells_is_never_confidently_wrong():
    result = extract_text(report(sections21(BLANK_4, split4=True), shape004))
    _meta21(result)
    assert confident_wrong(result, BLANK_4) == {}
    # Table 三 prints a blank cell as an empty line with its blank line: those rows read exactly.
    assert wrong_cells(result, BLANK_4, [k for k in BLANK_4 if k.startswith("requests.")]) == {}


# ================================================================================================
# ASCII-art tables (+-----+ borders, | cell | rows), bare and inside an HTML <pre> block.

def test_ascii_art_tables_read_exactly():
    result = extract_text(report(sections21(SYN_FIELDS, grid=True), ascii_art))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_ascii_art_blank_cells_between_bars_stay_blank_in_their_column():
    result = extract_text(report(sections21(BLANK_4, grid=True), ascii_art))
    _meta21(result)
    assert wrong_cells(result, BLANK_4) == {}


def test_html_page_with_the_tables_as_ascii_art_in_a_pre_block():
    page = pre_page(sections21(SYN_FIELDS, grid=True), ascii_art)
    result = extract_bytes("index.html", page.encode("utf-8"))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_html_page_with_space_aligned_tables_in_a_pre_block():
    page = pre_page(sections21(SYN_FIELDS, grid=True), spaces)
    result = extract_bytes("index.html", page.encode("utf-8"))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


# ================================================================================================
# One row per line, cells separated by runs of 2+ spaces (no bars, no tabs).

def test_space_separated_rows_read_exactly():
    result = extract_text(report(sections21(SYN_FIELDS, grid=True), spaces))
    _meta21(result)
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_space_separated_rows_with_blank_cells_are_never_confidently_wrong():
    # Blank cells are only wider gaps; the columns stay aligned.
    result = extract_text(report(sections21(BLANK_4, grid=True), spaces))
    _meta21(result)
    assert confident_wrong(result, BLANK_4) == {}


@pytest.mark.parametrize("render", [shape000, shape003, shape004, ascii_art, spaces])
def test_no_shape_leaves_a_filled_cell_both_empty_and_unflagged(render):
    """Every cell the source prints a number for is either read or flagged for the reviewer."""
    kw = {"grid": True} if render in (ascii_art, spaces) else {"split4": render is shape004}
    result = extract_text(report(sections21(BLANK_4, **kw), render))
    silent = [k for k, v in BLANK_4.items() if v is not None and result.record.fields.get(k) is None
              and result.provenance.get(k) is None
              and not any(f.severity == "error" and k in f.cells for f in result.findings)]
    assert silent == []
