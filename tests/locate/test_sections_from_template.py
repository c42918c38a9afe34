"""The locator finds sections by the template's words: its header cells and its closing headings."""

from __future__ import annotations

from dataclasses import replace

from app.locate.sections import find_sections
from app.template import get_template

TEXT = "前言\n甲栏 乙栏\n行政复议 1 2 3 4 10\n五、结语\n尾声 5 6\n"


def test_header_words_and_closing_headings_come_from_the_template() -> None:
    t = get_template("2021")
    appeals = replace(t.table("appeals"), heading_words=("没有这个标题",), header_words=("甲栏", "乙栏"))
    template = replace(t, version="header-words", tables=(*t.tables[:2], appeals),
                       closing_sections=(("五", ("结语",)),))
    sections = find_sections(TEXT, template)
    assert (sections["appeals"].start, sections["appeals"].end) == (TEXT.index("甲栏"), TEXT.index("五、结语"))
    assert find_sections(TEXT, t) == {}  # the national template knows neither word
