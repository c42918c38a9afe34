"""Which template row a stretch of label text names.

Labels arrive with typos, missing characters, other numbering (1、 for 1.), split over lines or
cells. Matching is by the template's row order first, then by exact containment of the compact
label, then by character-bigram overlap with the end of the text (the label sits just before its
numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.template import Row

from .normalize import compact

_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+|\d+)")
FUZZY_THRESHOLD = 0.6
# A row's label ends right before its numbers; a few characters of slack allow a unit such as
# （件） or a stray header word. A label deep inside prose is not a row.
END_SLACK = 6
_MIN_VARIANT = 3  # shorter stripped labels ("总计", "其他") are too common to match on their own


@dataclass(frozen=True)
class RowLabels:
    row_index: int
    variants: tuple[str, ...]  # compact forms, longest first
    bigrams: frozenset[str]
    unique_ending: bool = True  # no other row's label ends with one of these variants


def _bigrams(s: str) -> frozenset[str]:
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


@lru_cache(maxsize=16)
def row_labels(rows: tuple[Row, ...]) -> tuple[RowLabels, ...]:
    out = []
    for i, row in enumerate(rows):
        forms: dict[str, None] = {}
        for label in (row.label, *row.aliases):
            c = compact(label)
            forms[c] = None
            bare = _NUMBERING.sub("", c)
            if len(bare) >= _MIN_VARIANT:
                forms[bare] = None
        variants = tuple(sorted(forms, key=len, reverse=True))
        out.append(RowLabels(i, variants, _bigrams(variants[0])))
    return tuple(
        RowLabels(rl.row_index, rl.variants, rl.bigrams,
                  not any(o is not rl and w != v and w.endswith(v) for o in out for w in o.variants
                          for v in rl.variants))
        for rl in out)


def match_row(tail: str, labels: tuple[RowLabels, ...], after: int,
              taken: frozenset[int] = frozenset()) -> tuple[int, float] | None:
    """The row (index > after, not in `taken`) whose label ends closest to the end of `tail`, with
    a score in 0..1: its whole label, else its label's beginning, else most of its label."""
    if after + 1 < len(labels) and after + 1 not in taken:
        expected = labels[after + 1]
        # The common case, checked first: the next row in the template's order, its label ending
        # right where the numbers begin; nothing can end later, and no other label ends with it.
        if expected.unique_ending and any(tail.endswith(v) for v in expected.variants):
            return expected.row_index, 1.0
    candidates = tuple(rl for rl in labels[after + 1:] if rl.row_index not in taken)
    return _match_whole(tail, candidates) or _match_label_start(tail, candidates) \
        or _match_most(tail, candidates)


def _match_whole(tail: str, candidates: tuple[RowLabels, ...]) -> tuple[int, float] | None:
    best: tuple[int, int, int] | None = None  # (end position, label length, -row) → max
    near_end = len(tail) - END_SLACK
    for rl in candidates:
        for v in rl.variants:
            pos = tail.rfind(v)
            if pos >= 0 and pos + len(v) >= near_end:
                key = (pos + len(v), len(v), -rl.row_index)
                if best is None or key > best:
                    best = key
                break
    return (-best[2], 1.0) if best is not None else None


PREFIX_MIN = 6  # characters of a label's beginning that identify it when the rest wrapped away


def _match_label_start(tail: str, candidates: tuple[RowLabels, ...]) -> tuple[int, float] | None:
    """A PDF copy puts a long label's first half, then the row's numbers, then its second half:
    the text before the numbers ends with the beginning of the label. The longest such beginning
    wins; two rows sharing it is no match."""
    found: dict[int, tuple[int, int]] = {}  # row -> (longest matching beginning, label length)
    for rl in candidates:
        for v in rl.variants:
            for n in range(len(v) - 1, PREFIX_MIN - 1, -1):
                if tail.endswith(v[:n]):
                    if n > found.get(rl.row_index, (0, 0))[0]:
                        found[rl.row_index] = (n, len(rl.variants[0]))
                    break
    if not found:
        return None
    longest = max(n for n, _ in found.values())
    rows = [r for r, (n, _) in found.items() if n == longest]
    if len(rows) > 1:
        return None
    return rows[0], longest / found[rows[0]][1]


def _match_most(tail: str, candidates: tuple[RowLabels, ...]) -> tuple[int, float] | None:
    """Typos and lost characters: the share of the label's character pairs found at the tail."""
    fuzzy: tuple[float, int] | None = None
    for rl in candidates:
        if not rl.bigrams:
            continue
        window = tail[-(len(rl.variants[0]) + 8):]
        score = len(rl.bigrams & _bigrams(window)) / len(rl.bigrams)
        if score >= FUZZY_THRESHOLD and (fuzzy is None or score > fuzzy[0]):
            fuzzy = (score, rl.row_index)
    return (fuzzy[1], fuzzy[0]) if fuzzy is not None else None
