"""Blank cells in the cell-per-paragraph shape (seed 003): an empty paragraph is an empty cell.

Converters write every table cell as a paragraph with blank lines between; a cell the agency left
blank is then extra blank lines. Where the blank lines make exactly as many cells as the template
has columns and the arithmetic holds, the record must be exact — blank cells null in their own
columns, every printed number in its column and read as printed. Where they do not fit, the cells
stay empty and flagged: never a confident wrong number.
"""

from __future__ import annotations

import pytest

from app.locate.paragraphs import Gaps, ParagraphLayout, Sample, learn_layout
from app.locate.readings import RowRules
from app.locate.tokens import Tok

from .helpers import gold, locate, seed_text
from .variants import (
    APPEALS,
    COLS,
    REQUESTS,
    SYN_FIELDS,
    balanced_requests_and_appeals,
    confident_wrong,
    extract_text,
    wrong_cells,
)
from .variants2 import SYN19
from .variants3 import (
    HEAD19,
    SYN_TAIL,
    TAIL19,
    blank_zero_applicants,
    paragraphs,
    report,
    sections19,
    sections21,
    shape003,
    shape004,
    split_header_cells,
)

SEED_003 = "003_3b9c401a47ff0dba"


def _blank_litigation(fields: dict) -> dict:
    """Table 四 with the litigation blocks' zeros left blank as well."""
    return {**fields, **{c.key: None for c in APPEALS.cells if fields[c.key] == 0 and "litigation" in c.key}}


BLANK = _blank_litigation(blank_zero_applicants(SYN_FIELDS))
BLANK19 = _blank_litigation(blank_zero_applicants(SYN19))


def _exact(result, want: dict) -> None:
    """Every cell as printed, and every printed number read where it stands (not inferred)."""
    assert wrong_cells(result, want) == {}
    how = {k: result.provenance[k].how for k, v in want.items() if v is not None}
    assert {k: h for k, h in how.items() if h != "read"} == {}
    assert all(k not in result.provenance for k, v in want.items() if v is None)


def _rows_of_three(sections, change) -> list:
    """The sections with change(values) applied to the seven value cells of every row of 三."""
    out = []
    for heading, tables in sections:
        if heading.startswith("三"):
            tables = [(w, [r[:-7] + change(r[-7:]) if _is_value_row(r) else r for r in rows])
                      for w, rows in tables]
        out.append((heading, tables))
    return out


def _is_value_row(row: list) -> bool:
    return len(row) >= 8 and any(c and c[0].isdigit() for c in row[-7:])


# ================================================================================================
# Seed 003 shape: one blank line between paragraphs, an empty cell one blank line of its own.

def test_blank_cells_in_tables_three_and_four_read_exactly():
    _exact(extract_text(report(sections21(BLANK), shape003)), BLANK)


def test_blank_cells_in_tables_three_and_four_read_exactly_in_the_2019_format():
    result = extract_text(report(sections19(BLANK19), shape003, HEAD19, TAIL19))
    assert result.record.template == "2019"
    _exact(result, BLANK19)


def test_blank_cells_in_table_two_read_exactly_once_three_confirms_the_layout():
    want = {**BLANK19, "active.enforcement.change": None, "active.regulations.made": None}
    _exact(extract_text(report(sections19(want), shape003, HEAD19, TAIL19)), want)


def test_seed_003_reads_every_total_as_printed():
    record, provenance = locate(seed_text(SEED_003))
    assert record.fields == gold(SEED_003)["fields"]
    assert {o.how for o in provenance.values()} == {"read"}


# ================================================================================================
# Other converters: two blank lines between paragraphs, whitespace-only blank lines, CRLF.

@pytest.mark.parametrize("sep, empty", [(2, 1), (2, 2), (2, 3), (3, 4)])
def test_paragraphs_separated_by_more_blank_lines(sep, empty):
    _exact(extract_text(report(sections21(BLANK), lambda s: paragraphs(s, sep, empty))), BLANK)


@pytest.mark.parametrize("blank", ["\xa0", "\u3000", "  ", "\t"])
def test_blank_lines_holding_only_whitespace(blank):
    _exact(extract_text(report(sections21(BLANK), lambda s: paragraphs(s, 1, 1, blank))), BLANK)


def test_blank_lines_holding_only_whitespace_joined_paragraphs_2019():
    text = report(sections19(BLANK19), lambda s: paragraphs(s, 1, 2, "\u3000\xa0"), HEAD19, TAIL19)
    _exact(extract_text(text), BLANK19)


def test_windows_line_ends():
    _exact(extract_text(report(sections21(BLANK), shape003).replace("\n", "\r\n")), BLANK)


# ================================================================================================
# Header cells over several paragraphs; a whole row left blank.

def test_header_cells_split_over_two_paragraphs():
    text = report(split_header_cells(sections21(BLANK)), shape003)
    assert "结果\n\n维持" in text and "法人或\n\n其他组织" in text
    _exact(extract_text(text), BLANK)


def _with_blank_rows(row_ids: tuple[str, ...]) -> dict:
    def six(i: int, row) -> list[int]:
        return [0] * 6 if row.id in row_ids else [i + 2, 1 if i % 4 == 0 else 0, 0, 0, 2 if i % 5 == 1 else 0, 0]

    fields = dict(SYN_FIELDS)
    fields.update(balanced_requests_and_appeals(REQUESTS, six, [2, 0, 0, 0, 1, 0], [3, 1, 0, 0, 0, 0],
                                                [1, 2, 0, 1, 4, 0, 1, 0, 0, 1, 2, 0, 0, 0, 2]))
    fields = blank_zero_applicants(fields)
    fields.update({f"requests.{rid}.{c}": None for rid in row_ids for c in COLS})
    return fields


def test_a_whole_row_left_blank():
    want = _with_blank_rows(("denied.state_secret", "not_processed.duplicate"))
    _exact(extract_text(report(sections21(want), shape003)), want)


def test_a_row_whose_last_cells_are_blank():
    # 复议后起诉 left blank: the block's five empty paragraphs come after the last number.
    want = {**BLANK, **{c.key: None for c in APPEALS.cells if "litigation_after_review" in c.key}}
    text = report(sections21(want), shape003, tail=[""] * 6 + SYN_TAIL)
    _exact(extract_text(text), want)


# ================================================================================================
# Counts that do not fit: the cells stay empty and flagged.

def _drop_a_blank(values: list) -> list:
    return values[:values.index(None)] + values[values.index(None) + 1:] if None in values else values


def _add_a_blank(values: list) -> list:
    return values[:values.index(None)] + [None] + values[values.index(None):] if None in values else values


def _blank_to_the_end(values: list) -> list:
    return _drop_a_blank(values) + [None] if None in values else values


@pytest.mark.parametrize("change", [_drop_a_blank, _add_a_blank, _blank_to_the_end])
def test_blank_lines_that_do_not_make_the_columns_are_never_confidently_wrong(change):
    result = extract_text(report(_rows_of_three(sections21(BLANK), change), shape003))
    assert confident_wrong(result, BLANK) == {}
    assert wrong_cells(result, BLANK, [k for k in BLANK if k.startswith("active.")]) == {}


def test_one_row_that_does_not_fit_leaves_the_others_exact():
    sections = sections21(BLANK)
    heading, [(width, rows)] = sections[1]
    bad = next(i for i, r in enumerate(rows) if _is_value_row(r) and None in r)
    rows = rows[:bad] + [rows[bad][:-7] + _add_a_blank(rows[bad][-7:])] + rows[bad + 1:]
    result = extract_text(report([sections[0], (heading, [(width, rows)]), sections[2]], shape003))
    assert confident_wrong(result, BLANK) == {}
    row_id = REQUESTS.rows[bad - 3].id
    others = [k for k in BLANK if not k.startswith(f"requests.{row_id}.")]
    assert wrong_cells(result, BLANK, others) == {}


def test_rows_with_two_sizes_of_empty_paragraph_are_not_trusted():
    # Every other row of 三 shows a blank cell as two blank lines: no one layout explains them.
    def mixed(sections) -> list[str]:
        lines: list[str] = []
        for heading, tables in sections:
            lines += [heading, ""]
            for _, rows in tables:
                for i, row in enumerate(rows):
                    empty = 2 if heading.startswith("三") and i % 2 else 1
                    for c in row:
                        lines += [c, ""] if c not in (None, "") else [""] * empty
        return lines

    result = extract_text(report(sections21(BLANK), mixed))
    assert confident_wrong(result, BLANK) == {}


def test_seed_004_shape_with_row_end_blank_lines_is_never_confidently_wrong():
    # A blank line after every row: trailing blank lines are spacing there, never empty cells.
    result = extract_text(report(sections21(BLANK, split4=True), shape004))
    assert confident_wrong(result, BLANK) == {}
    assert wrong_cells(result, BLANK, [k for k in BLANK if k.startswith("requests.")]) == {}


def test_one_cell_per_line_with_a_blank_line_after_each_row_is_never_confidently_wrong():
    # Blank cells lost, one blank line closing each row: a row of zeros missing one cell must not
    # take that blank line for its empty 总计.
    zeros = blank_zero_applicants({k: (0 if k.startswith("requests.") else v) for k, v in SYN_FIELDS.items()})

    def lines(sections) -> list[str]:
        return [line for heading, tables in sections
                for line in [heading] + [c for _, rows in tables for r in rows
                                         for c in [*(c for c in r if c not in (None, "")), ""]]]

    assert confident_wrong(extract_text(report(sections21(zeros), lines)), zeros) == {}


# ================================================================================================
# learn_layout on its own.

def _sample(before: tuple[int, ...], after: int | None, values: list[int], k: int = 7) -> Sample:
    toks = [Tok("num", i, i + 1, v) for i, v in enumerate(values)]
    return Sample(toks, Gaps(before, after), k, RowRules(sums=(((k - 1,), tuple(range(k - 1))),)).holds)


def test_learn_layout_needs_exactly_one_size_of_empty_paragraph():
    one = _sample((1, 6), 1, [3, 3])  # one blank line per empty cell
    two = _sample((2, 2 + 5 * 3), 2, [3, 3])  # joined by two blank lines: three per empty cell
    assert learn_layout([one]).layout == ParagraphLayout(1, 1)
    assert learn_layout([two]).layout == ParagraphLayout(2, 3)
    assert learn_layout([one, _sample((1, 11), 1, [3, 3])]) is None  # 1 and 2 both explain a row


def test_learn_layout_ignores_rows_whose_sum_fails_and_needs_a_majority():
    wrong_sum = _sample((1, 6), 1, [3, 4])
    assert learn_layout([_sample((1, 6), 1, [3, 3]), wrong_sum, wrong_sum]) is None
    learnt = learn_layout([_sample((1, 6), 1, [3, 3]), _sample((1, 6), 1, [2, 2]), wrong_sum])
    assert learnt.layout == ParagraphLayout(1, 1)


def test_trailing_blank_cells_are_not_read_where_rows_end_with_spacing():
    spaced_row = _sample((1,) * 7, 2, [1, 0, 0, 0, 0, 0, 1])
    layout = learn_layout([_sample((1, 6), 1, [3, 3]), spaced_row]).layout
    assert layout == ParagraphLayout(1, 1, trailing=False)
    assert layout.cells([Tok("num", 0, 1, 0)] * 6, Gaps((1,) * 6, 2), 7) is None
