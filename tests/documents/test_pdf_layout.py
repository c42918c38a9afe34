"""Glyph geometry → lines, words and separators (no PDF needed)."""

from __future__ import annotations

from app.documents.pdf_layout import (
    Glyph,
    PdfTextBuilder,
    group_lines,
    join_words,
    join_wrapped_numbers,
    split_words,
)


def run(text: str, x: float, top: float = 100, width: float = 6, height: float = 12) -> list[Glyph]:
    """Glyphs of `text` set side by side from x, each `width` wide."""
    return [Glyph(ch, x + i * width, top, x + (i + 1) * width, top + height) for i, ch in enumerate(text)]


def page_text(*runs: list[Glyph]) -> str:
    builder = PdfTextBuilder()
    builder.add_page([g for r in runs for g in r])
    return builder.text


def test_gap_wider_than_one_and_a_half_characters_is_a_tab() -> None:
    assert page_text(run("61", 100), run("3", 112 + 9.5)) == "61\t3\n"
    assert page_text(run("61", 100), run("3", 112 + 8.5)) == "61 3\n"


def test_ordinary_word_gap_is_one_space() -> None:
    assert page_text(run("Annual", 100), run("report", 100 + 36 + 3)) == "Annual report\n"


def test_touching_letters_form_one_word() -> None:
    assert page_text(run("2023", 100)) == "2023\n"


def test_chinese_characters_with_a_small_gap_have_nothing_between_them() -> None:
    assert page_text(run("自然", 100, width=12), run("人", 124 + 4, width=12)) == "自然人\n"


def test_number_touching_chinese_text_is_its_own_box_without_a_space() -> None:
    builder = PdfTextBuilder()
    builder.add_page(run("共", 100, width=12) + run("60", 112) + run("件", 124, width=12))
    assert builder.text == "共60件\n"
    assert [(builder.text[b.start:b.end], b.x0, b.x1) for b in builder.boxes] == [
        ("共", 100, 112), ("60", 112, 124), ("件", 124, 136)]


def test_lines_are_ordered_top_to_bottom_and_left_to_right_whatever_the_drawing_order() -> None:
    glyphs = run("b", 200, top=100) + run("c", 100, top=130) + run("a", 100, top=101)
    assert page_text(glyphs) == "a\tb\nc\n"


def test_glyphs_overlapping_less_than_half_their_height_are_separate_lines() -> None:
    lines = group_lines(run("x", 100, top=100) + run("y", 100, top=107))
    assert [[g.char for g in line] for line in lines] == [["x"], ["y"]]


def test_overprinted_fake_bold_characters_are_read_once() -> None:
    bold = run("总计", 100, width=12) + run("总计", 100.4, width=12)
    assert page_text(bold) == "总计\n"


def test_pages_are_separated_by_a_form_feed_line_and_boxes_know_their_page() -> None:
    builder = PdfTextBuilder()
    builder.add_page(run("1", 100))
    builder.add_page([])
    builder.add_page(run("3", 100))
    assert builder.text == "1\n\f\n\f\n3\n"
    assert [(b.page, builder.text[b.start:b.end]) for b in builder.boxes] == [(0, "1"), (2, "3")]


def test_split_words_reports_the_separator_before_each_word() -> None:
    line = run("12", 100) + run("34", 140)
    assert [(sep, "".join(g.char for g in word)) for sep, word in split_words(line)] == [("", "12"), ("\t", "34")]


def test_a_number_wrapped_inside_a_narrow_cell_without_rulings_is_one_number_on_its_row() -> None:
    # 43177 printed in a narrow cell over three lines (font 9, leading 11), the label on the last line.
    lines = group_lines(run("43", 300, 100, 5, 10) + run("17", 300, 111, 5, 10)
                        + run("行政许可", 72, 122, 9, 10) + run("7", 300, 122, 5, 10))
    (line,) = join_wrapped_numbers(lines)
    assert join_words(split_words(line))[0] == "行政许可\t43177"
    assert page_text(*[run("43", 300, 100, 5, 10), run("17", 300, 111, 5, 10), run("行政许可", 72, 122, 9, 10),
                       run("7", 300, 122, 5, 10)]) == "行政许可\t43177\n"


def test_rows_of_numbers_set_tight_are_never_joined() -> None:
    # Two rows of table 四 (numbers only, no label on either line), one tight under the other.
    rows = run("61", 300, 100, 5, 10) + run("3", 340, 100, 5, 10) + run("0", 300, 111, 5, 10) + run("0", 340, 111, 5, 10)
    assert len(join_wrapped_numbers(group_lines(rows))) == 2
    # A row of numbers alone, then a labelled row whose number is not under it: not a wrap.
    rows = run("61", 300, 100, 5, 10) + run("申请", 72, 111, 9, 10) + run("7", 330, 111, 5, 10)
    assert len(join_wrapped_numbers(group_lines(rows))) == 2
