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


# Words of Qt's file dialog that Qt's own qtbase_zh_CN lacks (its source text changed to these).
QT_GAPS_ZH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "File &name:"): "文件名称(&N)：",
}


class QtGapsTranslator(QTranslator):
    """Fills the few of Qt's strings that qtbase_zh_CN leaves in English."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is Qt's "no translation here" (the next translator, or the source text); an empty
        # string would be taken as the translation and blank every label of the window.
        del disambiguation, n  # Qt's signature; the gaps have neither
        return QT_GAPS_ZH.get((context, source))

    def isEmpty(self) -> bool:
        return False


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
    translators: list[QTranslator] = []
    if not wants_english(settings):
        gaps = QtGapsTranslator(app)
        app.installTranslator(gaps)  # installed first, asked last: Qt's own translation wins where it has one
        translators.append(gaps)
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        translators.append(translator)
    return translators
