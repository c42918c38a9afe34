"""Interface language: Chinese (the source strings) unless the system or the reviewer asks for English."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
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


def install_translator(app: QApplication, settings: QSettings) -> list[QTranslator]:
    """Installs the interface language; returns the translators (kept alive by the caller).

    Chinese: the program's strings are Chinese already, but Qt's own (the Yes/No/OK/Cancel of
    message boxes, the file dialogs) are English unless Qt's qtbase_zh_CN is loaded.
    English: app_en.qm translates the program's strings; Qt's are English.
    """
    if wants_english(settings):
        name, folder = "app_en", str(I18N)
    else:
        name, folder = "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return []
    app.installTranslator(translator)
    return [translator]
