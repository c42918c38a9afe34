"""Shortcut lists without repeats."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence


def unique_keys(keys: Iterable[QKeySequence | QKeySequence.StandardKey | str]) -> list[QKeySequence]:
    """Each key once: a standard key that is also named (HelpContents is F1 on Linux) would make
    Qt report "Ambiguous shortcut overload" and do nothing."""
    seen: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                seen.setdefault(text, sequence)
    return list(seen.values())
