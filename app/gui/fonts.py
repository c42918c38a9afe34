"""Choosing a font that has Chinese glyphs on Windows, Debian, UOS and Kylin."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Best first: the systems' own UI fonts, then the free CJK families Linux distributions ship.
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",  # UOS, Kylin and most Linux desktops
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Sarasa UI SC",
    "DengXian",
    "SimHei",
    "SimSun",
    "AR PL UMing CN",
)


def choose_cjk_family(available: Iterable[str], chinese_capable: Iterable[str] = ()) -> str | None:
    """The first preferred family that is installed, else any family Qt says writes Chinese."""
    installed = set(available)
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return next(iter(chinese_capable), None)


def apply_cjk_font(app: QApplication) -> str | None:
    """Sets the application font to a CJK family at the platform's size; returns the family used."""
    family = choose_cjk_family(
        QFontDatabase.families(),
        QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
    )
    if family:
        font = QFont(app.font())
        font.setFamilies([family, *font.families()])
        app.setFont(font)
    return family
