"""The promise the locator relies on, checked on generated HTML tables of any shape.

text[cell.start:cell.end] is exactly the cell's stripped text as shown; each table row is one line
of its cells joined by " | "; copies point at an original; every grid row is equally long.
"""

from __future__ import annotations

from html import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents import read_document
from app.documents.whitespace import cell_text
from tests.fuzzing import examples

PIECES = st.sampled_from(["自", "然人", "12", "3", "（一）", "１２", " ", "\n", "\t", "&nbsp;", "<br>", "a&amp;b",
                          "<p>段</p>", "<span>4</span>", "\u3000"])
# Column counts stay far below the column limit (cutting is tested on its own); rowspans may be huge.
ROWSPANS = st.sampled_from([None, "1", "2", "3", "0", "x", "999999"])
COLSPANS = st.sampled_from([None, "1", "2", "3", "0", "x"])
CELL = st.tuples(st.lists(PIECES, max_size=5).map("".join), ROWSPANS, COLSPANS)
TABLE = st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6)


def shown(source: str) -> str:
    """A cell's source as a reader sees it: <br> and paragraphs break lines, entities resolved."""
    for tag in ("<br>", "<p>", "</p>"):
        source = source.replace(tag, "\n")
    return source.replace("<span>", "").replace("</span>", "").replace("&nbsp;", "\xa0").replace("&amp;", "&")


def render(rows: list[list[tuple[str, str | None, str | None]]]) -> str:
    def td(text: str, rowspan: str | None, colspan: str | None) -> str:
        spans = "".join(f' {name}="{escape(v)}"' for name, v in (("rowspan", rowspan), ("colspan", colspan)) if v)
        return f"<td{spans}>{text}</td>"

    body = "".join("<tr>" + "".join(td(*cell) for cell in row) + "</tr>" for row in rows)
    return f"<html><body><p>表</p><table>{body}</table></body></html>"


@settings(max_examples=examples(100), deadline=None)
@given(TABLE)
def test_every_grid_position_points_at_the_cell_text_as_shown(rows) -> None:
    document = read_document("t.html", render(rows).encode())
    text, grid = document.text, document.grids[0]
    expected = [[cell_text(shown(source)) for source, _, _ in row] for row in rows]

    assert len(document.grids) == 1
    assert len(grid) == len(rows)
    assert len({len(row) for row in grid}) == 1
    # Each source row is one line; its cells are joined by " | ", empty cells included.
    assert text == "表\n" + "".join(" | ".join(row) + "\n" for row in expected)
    for grid_row, expected_row in zip(grid, expected, strict=True):
        written = [text[c.start:c.end] for c in grid_row if not c.copy]
        # Positions no cell covers are empty spans, so compare the cells that show something.
        assert [w for w in written if w] == [e for e in expected_row if e]
    originals = {(c.start, c.end) for row in grid for c in row if not c.copy}
    for row in grid:
        for cell in row:
            shown_text = text[cell.start:cell.end]
            assert shown_text == shown_text.strip() and "\n" not in shown_text
            assert not cell.copy or (cell.start, cell.end) in originals
