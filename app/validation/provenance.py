"""What the reader said about its own placements: guessed by arithmetic, or not placed at all."""

from __future__ import annotations

from collections.abc import Mapping

from app.record import Finding, Origin

from .compiled import CompiledTemplate


def check_provenance(ct: CompiledTemplate, provenance: Mapping[str, Origin],
                     findings: list[Finding]) -> set[int]:
    """Appends one finding per row (or block) with inferred or unplaced cells; returns the unplaced."""
    inferred: dict[tuple[str, str], list[int]] = {}
    unplaced: dict[tuple[str, int], list[int]] = {}
    for key, origin in provenance.items():
        if origin.how != "inferred" and origin.how != "unplaced":
            continue
        i = ct.index.get(key)
        if i is None:
            continue
        cell = ct.cells[i]
        if origin.how == "unplaced":
            unplaced.setdefault((cell.table, cell.row_index), []).append(i)
        else:
            # One warning per table and reason: a flattened table usually loses every row's blanks
            # the same way, and 25 identical warnings would bury the findings that matter.
            inferred.setdefault((cell.table, origin.note), []).append(i)
    for members in unplaced.values():
        findings.append(_unplaced(ct, sorted(members), provenance))
    for (_, note), members in inferred.items():
        findings.append(_inferred(ct, sorted(members), note))
    return {i for members in unplaced.values() for i in members}


def _row_and_columns(ct: CompiledTemplate, members: list[int]) -> tuple[str, str]:
    cells = [ct.cells[i] for i in members]
    return cells[0].row.display, "、".join(c.column.display for c in cells)


def _unplaced(ct: CompiledTemplate, members: list[int], provenance: Mapping[str, Origin]) -> Finding:
    row, columns = _row_and_columns(ct, members)
    raws: list[str] = []
    for i in members:
        raw = " ".join(provenance[ct.keys[i]].raw.split())  # the source span may cross lines
        if raw and raw not in raws:
            raws.append(raw)
    seen = f"原文中的数字“{' '.join(raws)}”" if raws else "原文中有数字"
    message = f"{row}：{seen}无法确定属于哪一格（{columns}），这些格暂为空，请对照原文填写"
    return Finding("unplaced", "error", tuple(ct.keys[i] for i in members), message, numbers={"raw": raws})


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
