"""What the reader said about its own placements: guessed by arithmetic, or not placed at all."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.record import Finding, Origin, Value

from . import wording
from .compiled import CompiledTemplate


def check_provenance(ct: CompiledTemplate, provenance: Mapping[str, Origin],
                     findings: list[Finding]) -> set[int]:
    """Appends one finding per row (or block) with inferred or unplaced cells; returns the unplaced."""
    inferred: dict[tuple[str, str], list[int]] = {}
    unplaced: dict[tuple[str, int], list[int]] = {}
    assumed: dict[tuple[str, int], list[int]] = {}
    for key, origin in provenance.items():
        if origin.how != "inferred" and origin.how != "unplaced":
            continue
        i = ct.index.get(key)
        if i is None:
            continue
        cell = ct.cells[i]
        if origin.how == "unplaced":
            # A whole table not found is one finding, not one per row.
            where = -1 if not origin.raw and origin.note.startswith(MISSING_TABLE) else cell.row_index
            unplaced.setdefault((cell.table, where), []).append(i)
        elif origin.candidates:
            # Placed by a convention the arithmetic could not confirm: other readings remain.
            assumed.setdefault((cell.table, cell.row_index), []).append(i)
        else:
            # One warning per table and reason: a flattened table usually loses every row's blanks
            # the same way, and 25 identical warnings would bury the findings that matter.
            inferred.setdefault((cell.table, origin.note), []).append(i)
    for members in unplaced.values():
        findings.append(_unplaced(ct, sorted(members), provenance))
    for members in assumed.values():
        findings.append(_assumed(ct, sorted(members), provenance))
    for (_, note), members in inferred.items():
        findings.append(_inferred(ct, sorted(members), note))
    return {i for members in unplaced.values() for i in members}


MISSING_TABLE = "原文中没有找到表"  # how the locator notes a table it did not find


def _row_and_columns(ct: CompiledTemplate, members: list[int]) -> tuple[str, str]:
    cells = [ct.cells[i] for i in members]
    return cells[0].row.display, "、".join(c.column.display for c in cells)


def _unplaced(ct: CompiledTemplate, members: list[int], provenance: Mapping[str, Origin]) -> Finding:
    """An error naming the cells left empty because their number could not be placed, the raw
    text, and the readings the table's arithmetic left possible (the reviewer applies one)."""
    row, columns = _row_and_columns(ct, members)
    raws: list[str] = []
    for i in members:
        raw = " ".join(provenance[ct.keys[i]].raw.split())  # the source span may cross lines
        if raw and raw not in raws:
            raws.append(raw)
    origin = provenance[ct.keys[members[0]]]
    keys = tuple(ct.keys[i] for i in members)
    alternatives = tuple({k: c.get(k) for k in keys} for c in origin.candidates)
    if not raws and origin.note.startswith(MISSING_TABLE):
        return Finding("unplaced", "error", keys, origin.note, numbers={"raw": []})
    if raws:
        seen = f"原文中的数字“{' '.join(raws)}”未能确定位置"
        if alternatives:
            listed = "；".join(f"{n}. {_reading(ct, a)}" for n, a in enumerate(alternatives[:6], 1))
            more = f"等 {len(alternatives)} 种" if len(alternatives) > 6 else ""
            message = (f"{row}：{seen}（{columns}暂为空）。可能的读法{more}：{listed}。"
                       "请对照原文，采用其中一种读法或直接填写")
        else:
            why = f"（{origin.note}）" if origin.note else ""
            message = f"{row}：{seen}{why}，{columns}暂为空，请对照原文填写"
    else:
        message = f"{row}：{origin.note or '原文中没有找到这一行'}（{columns}暂为空）"
    return Finding("unplaced", "error", keys, message, numbers={"raw": raws}, alternatives=alternatives)


def _reading(ct: CompiledTemplate, reading: Mapping[str, Value]) -> str:
    """One candidate reading as a reviewer reads it: 自然人 10、商业企业 1、科研机构 空."""
    labels = _labels(ct)
    return "、".join(f"{labels[k]} {wording.number(v)}" for k, v in reading.items() if k in labels)


def _labels(ct: CompiledTemplate) -> dict[str, str]:
    """Each cell's name in a reading (its column, or its row where the column has none), per template."""
    hit = _LABELS.get(id(ct))
    if hit is None or hit[0] is not ct:
        hit = (ct, {key: cell.column.display or cell.row.display for key, cell in zip(ct.keys, ct.cells, strict=True)})
        _LABELS[id(ct)] = hit
    return hit[1]


_LABELS: dict[int, tuple[CompiledTemplate, dict[str, str]]] = {}


def _assumed(ct: CompiledTemplate, members: list[int], provenance: Mapping[str, Origin]) -> Finding:
    """An error on a row placed by a convention, or by the sums left after setting aside those the
    source breaks: the numbers are placed, but the table's arithmetic cannot rule out the other
    readings, which the reviewer may apply instead."""
    origin = provenance[ct.keys[members[0]]]
    row, columns = _row_and_columns(ct, members)
    alternatives = tuple(dict(c) for c in origin.candidates[1:])
    keys = tuple(dict.fromkeys([ct.keys[i] for i in members] + [k for c in alternatives for k in c]))
    listed = "；".join(f"{n}. {_reading(ct, {k: v for k, v in a.items() if v is not None})}"
                      for n, a in enumerate(alternatives[:5], 1))
    more = f"等 {len(alternatives)} 种" if len(alternatives) > 5 else ""
    message = (f"{row}：{columns}的数字暂按一种读法放入（{origin.note}），全表算术不能排除其他读法{more}："
               f"{listed}。请对照原文确认，或采用其中一种读法")
    return Finding("assumed", "error", keys, message, alternatives=alternatives)


def _inferred(ct: CompiledTemplate, members: list[int], note: str) -> Finding:
    rows = list(dict.fromkeys(ct.cells[i].row.display for i in members))
    why = f"（{note}）" if note else ""
    if len(rows) == 1:
        _, columns = _row_and_columns(ct, members)
        message = f"{rows[0]}：{columns}的数字是按表内算术推断放入的{why}，原文排列不清，请对照原文核对"
    else:
        shown = "、".join(rows[:6]) + (f" 等 {len(rows)} 行" if len(rows) > 6 else "")
        message = f"{shown}的数字是按表内算术推断放入的{why}，原文排列不清，请对照原文核对"
    return Finding("inferred", "warning", tuple(ct.keys[i] for i in members), message)


def escalate_inferred(ct: CompiledTemplate, findings: list[Finding]) -> None:
    """An inferred placement whose row the arithmetic then finds broken was decided on sums that do
    not hold: its warning becomes an error naming every cell of those rows (blanks included, since
    where the blanks fall was inferred too)."""
    broken = {k for f in findings if f.severity == "error" and f.rule not in ("inferred", "unplaced", "assumed")
              for k in f.cells}
    for n, f in enumerate(findings):
        if f.rule != "inferred" or not broken & set(f.cells):
            continue
        rows = {(ct.cells[ct.index[k]].table, ct.cells[ct.index[k]].row_index) for k in f.cells if k in ct.index}
        cells = tuple(dict.fromkeys([*f.cells, *(ct.keys[i] for i, c in enumerate(ct.cells)
                                                  if (c.table, c.row_index) in rows)]))
        findings[n] = replace(f, severity="error", cells=cells,
                              message=f.message + "；表内算术又不成立，这些行的读法可能有误，请逐格核对")
