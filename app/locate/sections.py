"""Finds where tables 二, 三 and 四 sit in a report's text.

A heading is recognised by its words, whatever numbering it carries (三、 3、 （三） or none).
The narrative often repeats those words ("(一)主动公开政府信息情况。2022年…"), so a heading only
counts when table furniture follows it closely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.template import Table, Template
from app.text import numeral_value

from .labels import row_labels
from .normalize import compact_folded

# A heading's numbering before its words: 二、 2. （二） 第二部分 … or none.
_NUMBERING = re.compile(r"[ \t]*第?[ \t]*\(?[ \t]*([一二三四五六七八九十]{1,2}|\d{1,2})[ \t]*\)?[ \t]*(?:部分)?[ \t]*[、.,:]?[ \t]*")
_NUMBERING_AT_END = re.compile(r"(?<![一二三四五六七八九十\d])" + _NUMBERING.pattern + "$")
_HEADING_TAIL = 40  # more than this after a heading's words on its line: the table follows there
_LONG_LINE = 200  # a line this long before or after a heading is a page flattened to one line
_FURNITURE_REACH = 400  # characters after a heading within which its table must begin
_APPEALS_MAX = 2500  # table 四 is short; prose after it is not part of it


@dataclass(frozen=True)
class Section:
    table_id: str
    start: int  # where the table's text begins (after its heading)
    end: int


def _heading_patterns(template: Template) -> dict[str, re.Pattern[str]]:
    pats: dict[str, re.Pattern[str]] = {}
    for table in template.tables:
        words = "|".join(re.escape(w) for w in sorted(table.heading_words, key=len, reverse=True))
        pats[table.id] = re.compile(words)
    return pats


def _end_pattern(template: Template) -> re.Pattern[str]:
    """The heading of the first section after the tables (五、存在的主要问题… in the template's words)."""
    branches = []
    for numeral, words in template.closing_sections:
        written = f"{numeral}|{numeral_value(numeral)}|\\({numeral}\\)|第{numeral}"
        said = '|'.join(map(re.escape, words))
        branches.append(rf"^[ \t]*(?:{written})[ \t]*[、.,:\s]?[ \t]*(?:{said})")
        # A page flattened to one line: the heading stands mid-line, after the table's last number.
        branches.append(rf"(?:(?:{numeral}|{numeral_value(numeral)})[ \t]*、|\({numeral}\))[ \t]*(?:{said})")
    return re.compile("|".join(branches) or "(?!)", re.M)


_PATTERN_CACHE: dict[str, dict[str, re.Pattern[str]]] = {}
_END_CACHE: dict[str, re.Pattern[str]] = {}


def find_sections(norm: str, template: Template) -> dict[str, Section]:
    """The sections found, by table id; a table whose heading and furniture are absent is left out."""
    pats = _PATTERN_CACHE.setdefault(template.version, _heading_patterns(template))
    starts: dict[str, int] = {}
    search_from = 0
    for table in template.tables:
        pos = _find_table(norm, pats[table.id], table, search_from)
        if pos is None and search_from:
            # Not after the tables found so far: a report that orders its sections otherwise
            # (三 before 二, or a frame Word stores ahead of the body).
            pos = _find_table(norm, pats[table.id], table, 0)
            if pos is not None and pos in starts.values():
                pos = None
        if pos is None:
            continue
        starts[table.id] = pos
        search_from = max(search_from, pos)
    ordered = sorted(starts.items(), key=lambda kv: kv[1])
    end_heading = _END_CACHE.setdefault(template.version, _end_pattern(template))
    end_match = end_heading.search(norm, ordered[-1][1]) if ordered else None
    doc_end = end_match.start() if end_match else len(norm)
    sections: dict[str, Section] = {}
    for i, (tid, start) in enumerate(ordered):
        end = ordered[i + 1][1] if i + 1 < len(ordered) else doc_end
        start = _header_row(norm, start, end, template.table(tid))
        if tid == "appeals":
            end = _prose_after(norm, start, min(end, start + _APPEALS_MAX))
        sections[tid] = Section(tid, start, end)
    return sections


_HEADER_GAP = 60  # characters between two header cells of one header (separators, a wrapped note)
_HEADER_MIN = 3  # distinct column headers that make a table's header


def _header_row(norm: str, start: int, end: int, table: Table) -> int:
    """Where the table itself begins inside its section. A section may show other numbers before
    its table — a comparison with last year whose rows echo the table's own labels (本年新收申请数量),
    a narrative line without a full stop — and they must not be read as its rows. The table begins
    on the line of its header: the first run of at least three distinct column headers with no
    digit between them. Not when the text skipped holds a header of its own (two column headers,
    or the table's first row): then the run found is the header repeated on a later page."""
    pat = _column_pattern(table)
    if pat is None:
        return start
    first, pos = -1, -1
    seen: set[str] = set()
    for m in pat.finditer(norm, start, end):
        if first < 0 or m.start() - pos > _HEADER_GAP or _DIGIT.search(norm, pos, m.start()):
            first, seen = m.start(), set()
        seen.add(_SPACE.sub("", m.group()))
        pos = m.end()
        if len(seen) >= _HEADER_MIN:
            line = max(start, norm.rfind("\n", 0, first) + 1)
            return line if line == start or not _holds_table(norm, start, line, table, pat) else start
    return start


def _holds_table(norm: str, start: int, end: int, table: Table, pat: re.Pattern[str]) -> bool:
    """Does norm[start:end] show part of the table itself: two of its column headers, or its first row?"""
    if len({_SPACE.sub("", m.group()) for m in pat.finditer(norm, start, end)}) >= 2:
        return True
    flat = compact_folded(norm[start:end])
    return bool(table.rows) and any(v in flat for v in row_labels(table.rows)[0].variants)


_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_COLUMN_PATTERNS: dict[int, re.Pattern[str] | None] = {}


def _column_pattern(table: Table) -> re.Pattern[str] | None:
    """The column headers of a table of shared columns (三, 四), from the template, each allowed to
    wrap over lines inside its cell (结果 ⏎ 维持); None for 二, whose rows have columns of their own."""
    key = id(table)  # (the templates are module constants: a table lives as long as the process)
    if key not in _COLUMN_PATTERNS:
        words: set[str] = set()
        if table.layout != "rows":
            for col in (*table.columns, *table.blocks):
                words.update(w for w in (col.label, col.group) if w)
        _COLUMN_PATTERNS[key] = re.compile("|".join(
            r"\s*".join(re.escape(ch) for ch in w) for w in sorted(words, key=len, reverse=True))) if words else None
    return _COLUMN_PATTERNS[key]


def _find_table(norm: str, pat: re.Pattern[str], table: Table, start: int) -> int | None:
    """Where the table's text begins: after its heading, else at its first header cell."""
    pos = _find_heading(norm, pat, table.header_words, start, numeral_value(table.number))
    return pos if pos is not None else _find_furniture(norm, table.header_words, start)


def _find_heading(norm: str, pat: re.Pattern[str], furniture: tuple[str, ...], start: int,
                  number: int | None) -> int | None:
    """The first heading followed by its table. A heading at the start of its line wins over the
    same words inside a sentence; one numbered for another section — "（一）主动公开政府信息情况"
    is a paragraph of 一、总体情况 — is no heading of this table at all."""
    fallback = None
    for m in pat.finditer(norm, start):
        window = norm[m.end(): m.end() + _FURNITURE_REACH]
        if not any(w in window for w in furniture):
            # Without line breaks: a header cell may wrap over lines or paragraphs (结果 ⏎⏎ 维持).
            window = _SPACE.sub("", window)
            if not any(w in window for w in furniture):
                continue
        line_end = norm.find("\n", m.end())
        after = m.end() if line_end < 0 else min(line_end + 1, len(norm))
        if after - m.end() > _HEADING_TAIL:
            after = m.end()  # a page flattened to one line: the table follows on the same line
        prefix = norm[norm.rfind("\n", 0, m.start()) + 1:m.start()]
        if not prefix.strip():
            return after
        numbering = _NUMBERING.fullmatch(prefix)
        if numbering is None and len(prefix) > _LONG_LINE:
            numbering = _NUMBERING_AT_END.search(prefix, len(prefix) - 16)  # mid-line: 。三、收到和处理
            if numbering is not None and numeral_value(numbering.group(1)) == number:
                return m.end()
        if numbering is not None:
            if numeral_value(numbering.group(1)) == number:
                return after
            continue  # numbered for another section
        if fallback is None:
            fallback = after
    return fallback


def _find_furniture(norm: str, header_words: tuple[str, ...], start: int) -> int | None:
    """No heading: the first header cell of the table marks its start (a heading lost in flattening)."""
    first = [norm.find(w, start) for w in header_words[:2]]
    found = [p for p in first if p >= 0]
    if not found:
        return None
    p = min(found)
    line = norm.rfind("\n", 0, p) + 1
    return line if p - line <= _LONG_LINE else p


# A sentence of prose: a long line with sentence punctuation (。，；).
_PROSE_LINE = re.compile(r"^[^\n|\t]{0,200}[\u4e00-\u9fff][^\n|\t]{0,200}[。，；,;][^\n|\t]*$", re.M)
_PROSE_MIN = 16


def _prose_after(norm: str, start: int, end: int) -> int:
    """Table 四 is the last table: prose that follows it without a 五、 heading (本年度共收到申请12件…)
    must not lend its numbers to the table. The table ends at the first sentence after its numbers."""
    first_digit = re.compile(r"\d").search(norm, start, end)
    if first_digit is None:
        return end
    for m in _PROSE_LINE.finditer(norm, first_digit.end(), end):
        if len(m.group().strip()) >= _PROSE_MIN:
            return m.start()
    return end
