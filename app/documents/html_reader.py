"""HTML report pages → Document: visible text in reading order, leaf tables as grids.

Parsed with lxml's HTML parser directly: building BeautifulSoup's tree over the same parser alone
costs several times this whole reader (tools/bench_readers.py prints both), and the whole pipeline
has ~5 ms per report. The tree is walked by
lxml's C loops; Python touches only block elements and table cells. Block boundaries are marked
in the tree with a noncharacter, leaf tables are swapped for a numbered placeholder, and one
C-level text dump is then cut into lines and tables. Nothing is fetched (no network, no DTD).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from .assembler import TextAssembler
from .decode import Decoded, declared_charset, decode_bytes, decode_declared
from .limits import MAX_HTML_DEPTH, MAX_HTML_TAGS
from .model import Document, ReadError
from .table_layout import TableLayout, place_html_rows
from .whitespace import cell_text, line_text

if TYPE_CHECKING:
    from lxml import etree

# Unicode noncharacters never occur in real text; any found in the input are removed first.
_BREAK = "\ufdd0"  # a line break: the edge of a block element, a <br>
_CELL = "\ufdd3"  # the start of a table cell (also a line break outside leaf tables)
_TABLE_OPEN, _TABLE_CLOSE = "\ufdd1", "\ufdd2"
_MARKERS = (_BREAK, _CELL, _TABLE_OPEN, _TABLE_CLOSE)
_TABLE_PLACEHOLDER = re.compile(f"{_TABLE_OPEN}(\\d+){_TABLE_CLOSE}")
# Characters lxml refuses in text it is given, though its parser lets them through from the source
# or from character references such as &#xFFFE;.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_CONTROL_BYTES = bytes(range(0x20)).translate(None, b"\t\n\r")  # the C0 part, in UTF-8

_INVISIBLE_TAGS = ("script", "style", "noscript", "template")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
)
_CELL_TAGS = ("td", "th")
_SPAN_VALUE = re.compile(r"\s*\+?(\d{1,6})")


def read_html(data: bytes, undeclared: Decoded | None = None) -> Document:
    """`undeclared`: decode_bytes(data), when the caller has decoded the page to sniff it."""
    tags = data.count(b"<")
    if tags > MAX_HTML_TAGS:
        raise ReadError(f"网页标记过多（约 {tags:,} 个标签，上限 {MAX_HTML_TAGS:,} 个），不像一份年报网页，未读取")
    declared = declared_charset(data)
    if undeclared is None:
        decoded = decode_bytes(data, declared)
    else:
        decoded = decode_declared(data, declared, undeclared)
    document = read_html_text(decoded.text)
    document.encoding = decoded.encoding
    if decoded.note:
        document.notes.insert(0, decoded.note)
    return document


def read_html_text(html: str) -> Document:
    for marker in _MARKERS:
        if marker in html:  # (a search costs far less than a replace finding nothing)
            html = html.replace(marker, "")  # (str.translate would be ~100x slower on CJK text)
    root = _parse(_parser_input(html))
    if "&#" in html:
        _remove_referenced_markers(root)
    _drop_invisible(root)
    _mark_line_breaks(root)
    layouts = _take_leaf_tables(root)
    flat = _tostring()(root, method="text", encoding="unicode", with_tail=False).replace(_CELL, _BREAK)
    assembler = TextAssembler()
    for i, chunk in enumerate(_TABLE_PLACEHOLDER.split(flat)):
        if i % 2:
            assembler.add_table(layouts[int(chunk)])
            continue
        # (most pieces are blank: they lie between two adjacent blocks)
        lines = [line_text(piece) for piece in chunk.split(_BREAK) if piece and not piece.isspace()]
        assembler.add_lines([line for line in lines if line])
    text = assembler.text
    if not text.strip():
        raise ReadError("网页中没有可见的文字（正文可能由脚本动态加载），请保存完整网页或改用 PDF/Word 版本")
    return Document(text, kind="html", grids=assembler.grids, notes=assembler.notes)


def _parser_input(html: str) -> bytes:
    """The page as UTF-8, with the characters lxml refuses in text blanked (invisible control
    characters; a form feed is whitespace). Such characters are rare: the encoded bytes, where C0
    controls stay single bytes, are checked first, which costs a fraction of the regex scan."""
    try:
        source = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return _NOT_XML_TEXT.sub(" ", html).encode("utf-8")
    if (len(source.translate(None, _NOT_XML_CONTROL_BYTES)) < len(source)
            or "\ufffe" in html or "\uffff" in html):
        return _NOT_XML_TEXT.sub(" ", html).encode("utf-8")
    return source


def _parse(source: bytes) -> etree._Element:
    from lxml import etree

    # Given as UTF-8 bytes so that an XML declaration naming another charset cannot confuse the
    # parser; huge_tree lifts libxml2's element depth limit from 256 to its ceiling (MAX_HTML_DEPTH).
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True,
                              remove_comments=True, remove_pis=True)
    root = etree.fromstring(source, parser)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise ReadError(f"网页结构嵌套过深（超过 {MAX_HTML_DEPTH} 层），无法完整读取")
    if root is None:
        raise ReadError("网页中没有可见的文字")
    return root


def _remove_referenced_markers(root: etree._Element) -> None:
    """Removes marker characters that arrived as character references (&#xFDD0;), which the
    source-level cleaning cannot see; one C-level dump finds whether there are any. (Only numeric
    references can bring them: no named entity is a noncharacter, and the parser is told the
    encoding, so a <meta charset> cannot make it read the bytes as another text.)"""
    dump = _tostring()(root, method="text", encoding="unicode")
    if not any(marker in dump for marker in _MARKERS):
        return
    for node in root.iter():
        for attribute in ("text", "tail"):
            value = getattr(node, attribute)
            if value and any(marker in value for marker in _MARKERS):
                for marker in _MARKERS:
                    value = value.replace(marker, "")
                _set(node, attribute, value)


def _drop_invisible(root: etree._Element) -> None:
    from lxml import etree

    etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    head = root.find("head")  # the parser always puts <head> right under <html>
    if head is not None:
        for child in list(head):
            if child.tag != "title":
                head.remove(child)  # its tail is whitespace: text in <head> would have opened <body>


def _mark_line_breaks(root: etree._Element) -> None:
    for tags, marker in ((_BLOCK_TAGS, _BREAK), (_CELL_TAGS, _CELL)):
        for element in root.iter(*tags):
            try:  # (inline: this loop runs for every block of the page)
                element.text = marker + (element.text or "")
                element.tail = _BREAK + (element.tail or "")
            except ValueError:
                _set(element, "text", marker + (element.text or "").lstrip(marker))
                _set(element, "tail", _BREAK + (element.tail or "").lstrip(_BREAK))
    for element in root.iter("br"):
        _set(element, "tail", _BREAK + (element.tail or ""))
    for pre in root.iter("pre"):  # its source line breaks are shown, so they break lines
        for node in pre.iter():
            if node.text:
                _set(node, "text", node.text.replace("\n", _BREAK))
            if node.tail and node is not pre:
                _set(node, "tail", node.tail.replace("\n", _BREAK))


def _set(element: etree._Element, attribute: str, value: str) -> None:
    """Sets .text or .tail, blanking characters lxml refuses to store."""
    try:
        setattr(element, attribute, value)
    except ValueError:
        setattr(element, attribute, _NOT_XML_TEXT.sub(" ", value))


def _take_leaf_tables(root: etree._Element) -> list[TableLayout]:
    """Replaces every table without a nested table by a placeholder; returns their layouts.

    A table holding another table is page layout: it stays in the tree and its text flows as
    ordinary lines around the tables inside it.
    """
    layouts: list[TableLayout] = []
    leaves = [t for t in root.iter("table") if next(t.iterdescendants("table"), None) is None]
    for table in leaves:
        cells = list(table.iter(*_CELL_TAGS))
        if not cells:
            continue  # whatever text it has flows as lines
        # One text dump per table, cut at the cell markers: what precedes the first cell is the
        # caption; then each piece is one cell, in the same document order as `cells`, with its
        # line breaks (one replace for the whole table rather than one per cell).
        before, _, cell_texts = _flat_text(table).partition(_CELL)
        pieces = cell_texts.replace(_BREAK, "\n").split(_CELL)
        rows: list[list[tuple[str, int, int]]] = []  # each cell (text, rowspan, colspan)
        row: list[tuple[str, int, int]] = []
        row_element = None
        for cell, piece in zip(cells, pieces, strict=True):
            parent = cell.getparent()
            if parent is not row_element:
                row_element = parent
                row = []
                rows.append(row)
            rowspan, colspan = cell.get("rowspan"), cell.get("colspan")
            row.append((cell_text(piece),
                        _span(rowspan) if rowspan else 1, _span(colspan) if colspan else 1))
        _replace(table, f"{_BREAK}{before}{_BREAK}{_TABLE_OPEN}{len(layouts)}{_TABLE_CLOSE}{_BREAK}")
        layouts.append(place_html_rows(rows))
    return layouts


def _flat_text(element: etree._Element) -> str:
    # lxml's C serialiser: ~6x faster than joining itertext().
    return _tostring()(element, method="text", encoding="unicode", with_tail=False)


@cache
def _tostring() -> Callable[..., str]:
    from lxml import etree

    return etree.tostring


def _span(value: str) -> int:
    match = _SPAN_VALUE.match(value)
    return int(match.group(1)) if match else 1


def _replace(element: etree._Element, text: str) -> None:
    """Empties element and leaves `text` (then its tail) in its place.

    The element stays in the tree as an empty shell carrying the text: removing it and appending
    the text to its neighbour's tail made that tail grow with every sibling table, quadratic on a
    page of 20,000 tables.
    """
    element.clear(keep_tail=True)
    _set(element, "text", text)
