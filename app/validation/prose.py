"""Where a report's own prose is: before the table sections (二 to 四) and from section 五 on.

Headings are found line by line: a table heading is a short line holding the table's heading
words (from the template), numbered with the table's numeral in any of the usual spellings
(二、 2、 （二）) or not numbered at all. The prose resumes at the first heading of a closing
section (五/六, words from the template) after the last table heading. Without any table heading the prose cannot be told from the tables and no
span is returned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.template import Template
from app.text import numeral_value

_SPACE = r"[ \t\u3000\r]*"
_NUMBERING = (rf"(?:(?P<num>[一二三四五六七八九十]{{1,2}}|\d{{1,2}}){_SPACE}[、.．,，]"
              rf"|[（(]{_SPACE}(?P<pnum>[一二三四五六七八九十]{{1,2}}|\d{{1,2}}){_SPACE}[）)])")


@lru_cache(maxsize=8)
def _heading_patterns(words: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], ...]:
    """A heading-line pattern per table (cached by the templates' heading words).

    A numbered heading may carry a few words around the heading words; an unnumbered one (Word's
    automatic numbering is lost in text) must be the heading words alone, so that a sentence of
    prose that happens to say 行政复议和行政诉讼 is not taken for a heading.
    """
    patterns = []
    for w in words:
        alternatives = "|".join(map(re.escape, w)) or "(?!)"
        patterns.append(re.compile(
            rf"{_SPACE}(?:{_NUMBERING}{_SPACE}[^\n]{{0,8}}?(?:{alternatives})[^\n]{{0,10}}"
            rf"|[^\n。，,；;\d]{{0,8}}?(?:{alternatives})(?:情况)?{_SPACE}[|｜]?{_SPACE})"))
    return tuple(patterns)


@lru_cache(maxsize=8)
def _closing_pattern(sections: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """A heading of the sections after the tables (the template's 五 and 六), numbered either way."""
    numerals = "|".join(f"{n}|{numeral_value(n)}" for n, _ in sections) or "(?!)"
    words = "|".join(sorted({re.escape(w) for _, ws in sections for w in ws})) or "(?!)"
    return re.compile(rf"^{_SPACE}(?:{numerals}){_SPACE}[、.．][^\n]{{0,6}}?(?:{words})", re.M)


def _heading_starts(text: str, template: Template) -> list[int]:
    """Where each table's first heading line starts (lines found via the words: cheaper than a scan)."""
    patterns = _heading_patterns(tuple(t.heading_words for t in template.tables))
    starts = []
    for table, pattern in zip(template.tables, patterns, strict=True):
        lines: set[int] = set()
        for word in table.heading_words:
            at = text.find(word)
            while at != -1:
                lines.add(text.rfind("\n", 0, at) + 1)
                at = text.find(word, at + len(word))
        for line in sorted(lines):
            end = text.find("\n", line)
            m = pattern.fullmatch(text, line, len(text) if end == -1 else end)
            written = m.group("num") or m.group("pnum") if m else None
            if m and (written is None or numeral_value(written) == numeral_value(table.number)):
                starts.append(line)
                break
    return starts


def prose_spans(text: str, template: Template) -> list[tuple[int, int]]:
    """[start, end) spans of the prose outside the tables; empty when no table heading is found."""
    starts = _heading_starts(text, template)
    if not starts:
        return []
    spans = [(0, min(starts))]
    closing = _closing_pattern(template.closing_sections).search(text, max(starts))
    if closing:
        spans.append((closing.start(), len(text)))
    return spans
