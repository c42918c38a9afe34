"""Numbers read from a scanned page that OCR was unsure of: each such cell is named for checking."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.record import Finding, Origin, Value

from . import wording
from .compiled import CompiledSum, CompiledTemplate

# Below this score a digit may be misread (measured with tools/bench_ocr.py: correctly read digits
# score 0.95-1.0; the misreads met scored lower). The table arithmetic catches most misreads as
# well; this names the cell even where no sum runs through it.
LOW_CONFIDENCE = 0.9
_TOLERANCE = 1e-9  # as arithmetic's, for sums of decimal cells


def check_confidence(ct: CompiledTemplate, provenance: Mapping[str, Origin], findings: list[Finding]) -> None:
    """Appends a warning for each cell whose number OCR read with a low score."""
    for key, origin in provenance.items():
        if origin.confidence is None or origin.confidence >= LOW_CONFIDENCE or origin.how == "edited":
            continue
        i = ct.index.get(key)
        if i is None:
            continue
        cell = ct.cells[i]
        raw = " ".join(origin.raw.split())
        message = (f"{cell.row.display}（{cell.column.display}）：数字“{raw}”是从扫描页识别的，识别把握不高"
                   f"（{origin.confidence:.0%}），请对照原页核对")
        findings.append(Finding("ocr_uncertain", "warning", (key,), message,
                                numbers={"raw": raw, "confidence": origin.confidence}))


def check_misread_chains(ct: CompiledTemplate, provenance: Mapping[str, Origin], values: Sequence[Value],
                         nums: Sequence[int | float], findings: list[Finding]) -> None:
    """Names the cells a misread digit may hide in: OCR misreads the same digit the same way, so
    two cells of one sum read wrong together (6 as 9 in a row's 自然人 and in its column's 总计) keep
    that sum whole, and the failed sums name only the other cells.

    For each failed sum, each OCR'd number in it that one misread digit away (a digit changed,
    dropped or added) would make that sum hold is a suspect; the sums of that cell that hold now
    but would fail with the corrected digit are where a second, matching misread may sit, and a
    warning names their scanned cells. Sums that fail are named by their own errors already.
    """
    differences = {p: d for p, s in enumerate(ct.sums) if abs(d := _difference(s, nums)) > _TOLERANCE}
    if not differences:
        return
    scanned = {i for i, key in enumerate(ct.keys)
               if (o := provenance.get(key)) is not None and o.confidence is not None and o.how != "edited"}
    named: set[tuple[int, int]] = set()
    for position, d in differences.items():
        s = ct.sums[position]
        for i in s.cells:
            if i not in scanned or not ct.whole[i]:
                continue
            wanted = nums[i] - d if i in s.on_left else nums[i] + d
            if wanted < 0 or not float(wanted).is_integer() or not _one_digit_apart(nums[i], int(wanted)):
                continue
            trial = list(nums)
            trial[i] = int(wanted)
            for other in ct.sums_of_cell[i]:
                if other in differences or (i, other) in named:
                    continue
                if abs(_difference(ct.sums[other], trial)) <= _TOLERANCE:
                    continue
                named.add((i, other))
                findings.append(_chain_finding(ct, i, int(wanted), s, ct.sums[other], values, scanned))


def _chain_finding(ct: CompiledTemplate, i: int, wanted: int, failed: CompiledSum, hiding: CompiledSum,
                   values: Sequence[Value], scanned: set[int]) -> Finding:
    cell = ct.cells[i]
    cells = (ct.keys[i], *(ct.keys[j] for j in hiding.cells if j != i and j in scanned))
    hidden = hiding.rule
    message = (f"{cell.label}是从扫描页识别的“{wording.number(values[i])}”；若它其实是 {wording.number(wanted)}"
               f"（{failed.rule.left_name} = {failed.rule.right_name}（{failed.rule.scope}）就成立），"
               f"那么“{hidden.left_name} = {hidden.right_name}（{hidden.scope}）”中另有数字被同样误读，"
               "请对照原页逐一核对这些单元格")
    return Finding("ocr_misread_chain", "warning", cells, message,
                   numbers={"read": values[i], "alternative": wanted})


def _difference(s: CompiledSum, nums: Sequence[int | float]) -> int | float:
    return sum(nums[i] for i in s.left) - sum(nums[i] for i in s.right)


def _one_digit_apart(read: int | float, wanted: int) -> bool:
    """The printed number and the read one differ by one digit changed, dropped or added."""
    if not float(read).is_integer():
        return False
    a, b = str(int(read)), str(wanted)
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:k] + long[k + 1:] == short for k in range(len(long)))
