"""Interface language: Chinese (the source strings) unless the system or the reviewer asks for English."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .resources import I18N


def wants_english(settings: QSettings, locale: QLocale | None = None) -> bool:
    """The "language" setting decides; without one, a non-Chinese system locale means English.

    The bare "C" locale (no language configured, as on servers and in CI) keeps Chinese.
    """
    chosen = str(settings.value("language", "") or "")
    if chosen in ("zh", "en"):
        return chosen == "en"
    return (locale or QLocale.system()).language() not in (QLocale.Language.Chinese, QLocale.Language.C)


def install_translator(app: QApplication, settings: QSettings) -> QTranslator | None:
    """Loads app_en.qm when English is wanted; returns the installed translator (kept alive by the caller)."""
    if not wants_english(settings):
        return None
    translator = QTranslator(app)
    if not translator.load("app_en", str(I18N)):
        return None
    app.installTranslator(translator)
    return translator
