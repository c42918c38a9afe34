"""The English translation: chosen when asked for, complete, and compiled from the current sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app.gui.resources import I18N
from app.gui.translation import install_translator, wants_english

TS = I18N / "app_en.ts"
GUI = Path(__file__).resolve().parents[2] / "app" / "gui"


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize(("setting", "locale", "english"), [
    ("en", QLocale.Language.Chinese, True),
    ("zh", QLocale.Language.English, False),
    ("", QLocale.Language.Chinese, False),
    ("", QLocale.Language.German, True),
    ("", QLocale.Language.C, False),
])
def test_language_follows_the_setting_then_the_system(tmp_path, setting, locale, english):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    if setting:
        settings.setValue("language", setting)
    assert wants_english(settings, QLocale(locale)) is english


def test_every_message_is_translated_and_compiled(qapp):
    translator = QTranslator()
    assert translator.load("app_en", str(I18N))
    messages = ts_messages(TS)
    for (context, source), translation in messages.items():
        assert translation.get("type") is None and translation.text, f"untranslated: {source}"
        assert translator.translate(context, source) == translation.text
    assert translator.translate("MainWindow", "批准") == "Approve"


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate is not installed beside this Python")
def test_translation_file_holds_every_string_of_the_window(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *map(str, sorted(GUI.glob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(ts_messages(fresh)) == set(ts_messages(TS))


@pytest.mark.parametrize(("language", "yes", "approve"), [("zh", "是(&Y)", ""), ("en", "", "Approve")])
def test_qt_dialog_buttons_speak_the_interface_language(qapp, tmp_path, language, yes, approve):
    """Chinese: Qt's own strings (Yes/No...) from qtbase_zh_CN; English: the program's from app_en.
    (Asked of the installed translator itself: other tests leave translators in the shared app.)"""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", language)
    translators = install_translator(qapp, settings)
    try:
        main = translators[-1]
        assert main.translate("QPlatformTheme", "&Yes") == yes
        assert main.translate("MainWindow", "批准") == approve
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_file_dialog_speaks_chinese(qapp, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QLabel

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh")
    translators = install_translator(qapp, settings)
    try:
        dialog = QFileDialog(None, "导入")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert not any(word in " ".join(labels) for word in ("Look in", "Files of", "File name")), labels
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert QCoreApplication.translate("MainWindow", "批准") == "批准"  # the program's own words untouched
        dialog.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
