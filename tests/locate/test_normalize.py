"""normalise: full-width forms folded and page furniture blanked, every character kept at its offset."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.locate.normalize import _ONE_TO_ONE, fold, normalise
from tests.fuzzing import examples

# The one four-way pattern normalise used before it was split in two for speed: the reference the
# split must agree with, match for match.
_ONE_PATTERN = re.compile(
    r"(?m)^[ \t]*[-—–]{1,2}[ \t]*\d{1,4}[ \t]*[-—–]{1,2}[ \t|]*$"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t,，/]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|^[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}[ \t]*$"
    r"|^[ \t]*[Pp]age[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?[ \t]*$"
)


def _reference(text: str) -> str:
    return _ONE_PATTERN.sub(lambda m: " " * (m.end() - m.start()), text.translate(_ONE_TO_ONE))


def test_every_full_width_form_is_folded_one_character_for_one() -> None:
    wide = "".join(chr(k) for k in _ONE_TO_ONE)
    assert fold(wide) == wide.translate(_ONE_TO_ONE)
    assert len(fold(wide)) == len(wide)
    assert fold("（三）不予公开：１２，３") == "(三)不予公开:12,3"


def test_page_furniture_is_blanked_in_place() -> None:
    text = "规章 | 3 |\n - 7 - \n3/12\nPage 4 of 9\n行政许可 第 3 页 共 9 页 | 5 |\n第3页 3/12"
    out = normalise(text)
    assert len(out) == len(text)
    assert out.split("\n") == ["规章 | 3 |", " " * 7, " " * 4, " " * 11, "行政许可 " + " " * 11 + " | 5 |",
                               " " * 3 + " 3/12"]  # 3/12 after other text on its line is no page number


_PIECES = st.sampled_from(["\n", " ", "\t", "-", "—", "–", "/", "|", "第", "页", "共", ",", "，", "Page", "page",
                           " of ", "3", "12", "2023", "规章", "（", "）", "１", "：", "\u3000", "\r"])


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_normalise_agrees_with_the_single_pattern_it_replaced(text: str) -> None:
    assert normalise(text) == _reference(text)
