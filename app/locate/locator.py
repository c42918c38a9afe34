"""Document → record + provenance: find the sections, the row labels, and the numbers of each row."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.documents.model import Box, Document, ReadError
from app.record import Origin, Record
from app.template import Column, Table, Template
from app.template.rules import Rule, rules_for

from .geometry import Columns, PageGeometry
from .labels import match_row, row_labels
from .metadata import find_metadata, metadata_doubts
from .normalize import compact, compact_folded, normalise
from .paragraphs import Learnt, Sample, cell_values, has_blank_lines, learn_layout, run_gaps
from .placement import Check, Placement, fix_column_layout, place, unplaced
from .readings import Budget, RowRules, row_rules
from .sections import Section, find_sections
from .table_solve import PlannedRow, solve_table
from .tokens import Tok, grid_row_lines, tokenize
from .version import choose_template

_TAIL = 160  # characters of label text before a row's numbers that may hold its label
_DASH_NOTE = "原文为“{raw}”，按 0 记录"


@dataclass
class _Run:
    chunk: str  # compact label text since the previous run
    toks: list[Tok]


def locate_record(doc: Document, source: str) -> tuple[Record, dict[str, Origin]]:
    """The record of one report; raises ReadError when the text holds none of the three tables."""
    norm = normalise(doc.text)
    agency, year = find_metadata(norm, doc.text)
    template = choose_template(compact_folded(norm), year)
    sections = find_sections(norm, template)
    if not sections:
        raise ReadError("没有找到年度报告的统计表格（二、主动公开，三、依申请公开，四、复议诉讼）")
    record = Record.empty(source, template)
    record.agency, record.year = agency, year
    grid_rows = grid_row_lines(norm, doc.grids) if doc.grids else None
    tokens = {t.id: tokenize(norm, sections[t.id].start, sections[t.id].end, grid_rows)
              for t in template.tables if t.id in sections}
    runs = {t.id: _runs(tokens[t.id]) for t in template.tables if t.id in sections and t.layout != "blocks"}
    doubts = metadata_doubts(norm, agency, year)
    filler = _Filler(doc, norm, record, template,
                     _paragraph_layout(norm, template, sections, tokens, runs))
    # Tables with arithmetic first: whether digits of neighbouring cells run together there tells
    # how to read table 二, whose rows have no sums of their own.
    for table in sorted(template.tables, key=lambda t: t.layout == "rows"):
        sec = sections.get(table.id)
        if sec is None:
            filler.table_missing(table)
            continue
        toks = tokens[table.id]
        if table.layout == "blocks":
            filler.fill_blocks(table, toks)
        else:
            filler.fill_rows(table, toks, runs[table.id], compact_folded(norm[sec.start:sec.end]))
    for field, note in doubts.items():
        # Not a cell: the note travels with the record so the validator can warn on it.
        raw = agency if field == "agency" else str(year)
        pos = max(doc.text.find(raw or "", 0, 8000), 0)
        filler.provenance[field] = Origin(pos, pos + len(raw or ""), raw or "", "inferred", note)
    return record, filler.provenance


def _generic_row_rules(table: Table, rules: tuple[Rule, ...]) -> RowRules:
    """The rules inside one row of a grid table (its total), or inside the blocks table's one row."""
    cells = table.cells if table.layout == "blocks" else table.row_cells(table.rows[0].id)
    return row_rules([c.key for c in cells], rules)


def _paragraph_layout(norm: str, template: Template, sections: dict[str, Section],
                      tokens: dict[str, list[Tok]], runs: dict[str, list[_Run]]) -> Learnt | None:
    """The blank-line layout of a report written one cell per paragraph, learnt from the runs of the
    tables that have arithmetic to confirm it (三, 四); None for any other shape."""
    found: list[tuple[list[list[Tok]], int, Check]] = []
    rules = rules_for(template)
    for table in template.tables:
        sec = sections.get(table.id)
        if sec is None or table.layout == "rows" or not has_blank_lines(norm, sec.start, sec.end):
            continue
        check: Check = _generic_row_rules(table, rules).holds
        if table.layout == "blocks":
            values = [t for t in tokens[table.id] if t.kind != "text"]
            found.append(([values] if values else [], len(table.columns) * len(table.blocks), check))
        else:
            found.append(([run.toks for run in runs[table.id]], len(table.columns), check))
    if not any(len(values) < k for table_runs, k, _ in found for values in table_runs):
        return None  # no row shows fewer values than columns: nothing for blank lines to explain
    samples: list[Sample] = []
    for table_runs, k, check in found:
        for i, values in enumerate(table_runs):
            gaps = run_gaps(norm, values)
            if gaps is not None:
                samples.append(Sample(values, gaps, k, check, last=i == len(table_runs) - 1))
    return learn_layout(samples)


class _Filler:
    def __init__(self, doc: Document, norm: str, record: Record, template: Template,
                 paragraphs: Learnt | None = None) -> None:
        self.doc, self.norm, self.record = doc, norm, record
        self.rules = rules_for(template)
        self.paragraphs = paragraphs
        self.provenance: dict[str, Origin] = {}
        self.geometry = PageGeometry(doc.boxes) if doc.boxes else None
        self.glued = False  # digits of neighbouring cells run together somewhere in the tables

    def fill_rows(self, table: Table, toks: list[Tok], runs: list[_Run], region_compact: str) -> None:
        labels = row_labels(table.rows)
        items: list[tuple[int | None, _Run]] = []
        last = -1
        taken: set[int] = set()
        # Table 二's rows have distinct names and agencies print them in any order; table 三's
        # short labels (3.其他) need the template's order to be told apart.
        any_order = table.layout == "rows"
        for run in runs:
            m = match_row(run.chunk[-_TAIL:], labels, -1 if any_order else last,
                          frozenset(taken) if any_order else frozenset())
            if m is None:
                items.append((None, run))
                continue
            last = m[0]
            taken.add(last)
            items.append((last, run))
        planned: list[PlannedRow] = []
        leftover: list[Tok] = []  # numbers no row could claim (the first such run)
        for i, (row_index, run) in enumerate(items):
            inferred_row = False
            if row_index is None:
                row_index = _row_by_order(items, i)
                if row_index is None:
                    if not leftover:  # the first stray run is quoted to the reviewer
                        leftover = [t for t in run.toks if t.kind in ("num", "dash")]
                    continue
                inferred_row = True
            row = table.rows[row_index]
            columns = list(row.columns if table.layout == "rows" else table.columns)
            keys = [f"{table.id}.{row.id}.{c.id}" for c in columns]
            rules = row_rules(keys, self.rules)
            values = [t for t in run.toks if t.kind != "text"]
            placement = self._by_paragraphs(values, len(columns), rules.holds if rules else None) \
                or place(values, len(columns), rules)
            if inferred_row and placement.how == "read":
                placement.how, placement.note = "inferred", "行标签无法识别，按模板行序放置"
            planned.append(PlannedRow(keys, columns, placement))
        if table.layout == "grid":
            fix_column_layout([r.placement for r in planned], len(table.columns),
                              _generic_row_rules(table, self.rules).holds)
        if self.geometry is not None:
            first_value = next((t.start for t in toks if t.kind != "text"), None)
            headers = None
            if table.layout == "grid" and first_value is not None:
                headers = self.geometry.header_centres([c.label for c in table.columns], toks[0].start,
                                                       first_value, self.doc.text)
            self._place_by_position(planned, headers)
        planned += _rows_left_empty(table, planned, leftover, toks[0].start if toks else 0, region_compact)
        self.glued |= solve_table(table, planned, self.rules, Budget(), self.glued)
        for r in planned:
            self._write(r.keys, r.columns, r.placement, region_compact)

    def table_missing(self, table: Table) -> None:
        """A table the text was not found to hold: its cells are unknown, never "left blank"."""
        note = f"原文中没有找到表{table.number}（{table.title}），请对照原文填写"
        for cell in table.cells:
            self.provenance[cell.key] = Origin(0, 0, "", "unplaced", note)

    def _place_by_position(self, planned: list[PlannedRow], headers: list[float] | None = None) -> None:
        """PDF rows with blank cells: each number goes to the column it stands under. Rows that
        share their columns (all of 三; 规章 and 规范性文件 in 二 …) share the positions, and a row
        whose columns begin another row's (收费: 上年项目数, 本年增减) borrows theirs."""
        assert self.geometry is not None
        groups: dict[tuple[str, ...], list[Placement]] = {}
        for r in planned:
            groups.setdefault(tuple(c.id for c in r.columns), []).append(r.placement)
        learnt: dict[tuple[str, ...], Columns] = {}
        for ids, placements in groups.items():
            found = self.geometry.columns([p.seen for p in placements if len(p.seen) <= len(ids)], len(ids),
                                          headers if headers and len(headers) == len(ids) else None)
            if found is not None:
                learnt[ids] = found
        for ids, placements in groups.items():
            k = len(ids)
            columns = learnt.get(ids) or next(
                (Columns(c.anchor, c.xs[:k]) for other, c in learnt.items() if len(other) > k and other[:k] == ids),
                None)
            if k < 2 or columns is None:
                continue
            for p in placements:
                if p.how == "read" or not p.seen or len(p.seen) > k:
                    continue
                cells = self.geometry.assign(p.seen, columns)
                if cells is not None:
                    p.cells, p.how, p.undecided = cells, "inferred", set()
                    p.note = "空白单元格在 PDF 中不可见，按数字在页面上的位置放入对应的列"

    def fill_blocks(self, table: Table, toks: list[Tok]) -> None:
        keys = [c.key for c in table.cells]
        columns = [c.column for c in table.cells]
        values = [t for t in toks if t.kind != "text"]
        rules = row_rules(keys, self.rules)
        placement = self._by_paragraphs(values, len(keys), rules.holds) or place(values, len(keys), rules)
        planned = [PlannedRow(keys, columns, placement)]
        self.glued |= solve_table(table, planned, self.rules, Budget(), self.glued)
        self._write(keys, columns, planned[0].placement, "")

    def _by_paragraphs(self, values: list[Tok], k: int, check: Check | None) -> Placement | None:
        """A row with fewer values than columns in a report written one cell per paragraph: its
        blank paragraphs are its empty cells, when they make exactly k cells that keep the row's
        arithmetic. None otherwise (the usual placement then decides)."""
        if self.paragraphs is None or not values or len(values) >= k:
            return None
        cells = self.paragraphs.cells.get(values[0].start)  # read while learning the layout
        if cells is None or len(cells) != k:
            gaps = run_gaps(self.norm, values)
            cells = self.paragraphs.layout.cells(values, gaps, k) if gaps is not None else None
            if cells is None or (check is not None and not check(cell_values(cells))):
                return None
        return Placement(cells, "read", seen=values)

    def _write(self, keys: list[str], columns: list[Column], p: Placement, region_compact: str) -> None:
        candidates = self._candidates(keys, columns, p, region_compact) if p.candidates else ()
        if p.undecided:
            if p.seen:
                a, b = p.seen[0].start, p.seen[-1].end
            else:  # a row the source was not found to print at all
                a = b = p.anchor
            raw = self.doc.text[a:b]
            note = p.unplaced_note or p.note
            for j in p.undecided:
                self.provenance[keys[j]] = self._origin(a, b, raw, "unplaced", note, candidates)
        text, fields, provenance, undecided = self.doc.text, self.record.fields, self.provenance, p.undecided
        note = p.note if p.how == "inferred" else ""
        alternatives = candidates if p.how == "inferred" and not undecided else ()
        for j, (key, col, tok) in enumerate(zip(keys, columns, p.cells, strict=False)):
            if tok is None or j in undecided:
                continue
            raw = text[tok.start:tok.end]
            fields[key] = self._value(tok, col, region_compact)
            provenance[key] = self._origin(tok.start, tok.end, raw, p.how,
                                           _DASH_NOTE.format(raw=raw.strip()) if tok.kind == "dash" else note,
                                           alternatives)

    def _candidates(self, keys: list[str], columns: list[Column], p: Placement,
                    region_compact: str) -> tuple[dict[str, int | float | None], ...]:
        """The readings left for the reviewer, as values of the undecided cells (all cells of a row
        placed by convention)."""
        which = sorted(p.undecided) if p.undecided else range(len(keys))
        # A row's readings share their tokens: each token's value in each column is found once.
        values: dict[tuple[int, int], int | float | None] = {}
        for r in p.candidates:
            for j in which:
                t = r[j]
                if t is not None and (id(t), j) not in values:
                    values[id(t), j] = self._value(t, columns[j], region_compact)
        cells = [(j, keys[j]) for j in which]
        return tuple({key: None if r[j] is None else values[id(r[j]), j] for j, key in cells}
                     for r in p.candidates)

    def _value(self, tok: Tok | None, col: Column, region_compact: str) -> int | float | None:
        if tok is None:
            return None
        value = tok.value
        if tok.kind != "dash" and col.kind == "amount" and value is not None:
            value = _convert_amount(value, tok.unit or _header_unit(region_compact, col), col.unit)
        return _tidy(value)

    def _origin(self, a: int, b: int, raw: str, how, note: str,
                candidates: tuple[dict[str, int | float | None], ...] = ()) -> Origin:
        origin = Origin(a, b, raw, how, note, candidates=candidates)
        box = _box_of(self.doc.boxes, a, b) if self.doc.boxes else None
        if box is not None:
            origin.page, origin.box = box.page, (box.x0, box.y0, box.x1, box.y1)
        return origin


def _runs(toks: list[Tok]) -> list[_Run]:
    """Splits tokens into runs of cells, each with the label text that precedes it."""
    runs: list[_Run] = []
    chunk: list[str] = []
    current: list[Tok] | None = None
    for t in toks:
        if t.kind == "text":
            if current is not None:
                current = None
                chunk = []
            chunk.append(t.text)
        else:
            if current is None:
                current = []
                runs.append(_Run("".join(chunk), current))
            current.append(t)
    return runs


def _rows_left_empty(table: Table, planned: list[PlannedRow], leftover: list[Tok],
                     anchor: int, region_compact: str) -> list[PlannedRow]:
    """Rows of a found table that got no numbers. A row whose label the table prints, with no
    number after it, is blank in the source. A row whose label was not found is unknown, never
    "left blank by the source"; with numbers no row claimed, those are quoted to the reviewer."""
    done = {r.keys[0] for r in planned}
    out = []
    for row, labels in zip(table.rows, row_labels(table.rows), strict=True):
        shown = row.columns if table.layout == "rows" else table.columns
        if f"{table.id}.{row.id}.{shown[0].id}" in done or \
                (not leftover and _printed_blank(region_compact, labels.variants)):
            continue
        columns = list(shown)
        keys = [f"{table.id}.{row.id}.{c.id}" for c in columns]
        note = ("本表有未能对应到任何行的数字，本行也没有找到数字，请对照原文填写" if leftover
                else "原文中没有找到这一行，请对照原文填写")
        placement = unplaced(len(columns), leftover, note)
        placement.anchor = anchor
        out.append(PlannedRow(keys, columns, placement))
    return out


def _printed_blank(region_compact: str, variants: tuple[str, ...]) -> bool:
    """The table prints this row's label with no number after it (a digit glued to the label is a
    number the tokens did not read: not a blank row)."""
    for v in variants:
        pos = region_compact.find(v)
        if pos >= 0:
            after = region_compact[pos + len(v):pos + len(v) + 2]
            # A lone digit before label text is the next row's list marker (2其他法律…), no number.
            return not after[:1].isdigit() or (len(after) == 2 and not after[1].isdigit())
    return False


def _row_by_order(items: list[tuple[int | None, _Run]], i: int) -> int | None:
    """An unlabelled run between rows r-1 and r+1 (and alone there) can only be row r."""
    before = items[i - 1][0] if i > 0 else None
    after = items[i + 1][0] if i + 1 < len(items) else None
    if before is not None and after is not None and after - before == 2:
        return before + 1
    return None


# 万 … 元 with words between: a header wrapped one character per line without rulings has the row
# header (信息内容) of the same printed line between its 万 and its 元.
_UNIT_AFTER_LABEL = re.compile(r"(万)[^\d万元]{0,8}元|(元)")


def _header_unit(region_compact: str, col: Column) -> str:
    """The unit a column's header states (采购总金额（万元）), else the template's unit."""
    label = compact(col.label)
    for name in (label, compact(col.short)):
        pos = region_compact.find(name[:5]) if name else -1
        if pos >= 0:
            m = _UNIT_AFTER_LABEL.search(region_compact, pos, pos + len(name) + 8)
            if m:
                return "万元" if m.group(1) else "元"
    return col.unit


def _convert_amount(value: float, unit: str, target: str) -> float:
    unit = "万元" if unit == "万" else unit  # 62.5万 in a money cell
    if unit == target or not unit or not target:
        return value
    if unit == "万元" and target == "元":
        return round(value * 10000, 4)
    if unit == "元" and target == "万元":
        return round(value / 10000, 8)
    return value


def _tidy(value: int | float | None) -> int | float | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _box_of(boxes: list[Box], a: int, b: int) -> Box | None:
    """The PDF box (merged over words) that covers text[a:b]."""
    hits = [bx for bx in boxes if bx.start < b and bx.end > a]
    if not hits:
        return None
    first = hits[0]
    same_page = [bx for bx in hits if bx.page == first.page]
    return Box(a, b, first.page, min(bx.x0 for bx in same_page), min(bx.y0 for bx in same_page),
               max(bx.x1 for bx in same_page), max(bx.y1 for bx in same_page))
