"""`python -m app [--db FILE] [--sample] [--screenshot OUT.png [--select SOURCE]]`: the window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported inside run_gui, after the platform is chosen
    from PySide6.QtWidgets import QMessageBox

    from .main_window import MainWindow

from app.cli.main import program_name

SCREENSHOT_SIZE = (1366, 768)  # the smallest screen reviewers use


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=program_name(), description="政府信息公开工作年度报告审核窗口")
    parser.add_argument("--db", type=Path, help="审核库文件（默认在用户数据文件夹中）")
    parser.add_argument("--sample", action="store_true", help="不询问，直接导入程序自带的示例报告")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="在屏幕外以 1366×768 绘制窗口，保存为 PNG 后退出")
    parser.add_argument("--select", metavar="SOURCE", help="截图时选中的报告（按文件名匹配）")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # must be set before the QApplication exists
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import APP_NAME
    from app.review import ReviewService
    from app.store import Store, StoreError

    from .fonts import apply_cjk_font
    from .main_window import MainWindow
    from .resources import ICON, sample_files
    from .transfer import run_import
    from .translation import install_translator

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "gov-report-review"])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    apply_cjk_font(app)
    with tempfile.TemporaryDirectory() as scratch:
        # A screenshot must neither read nor change the reviewer's saved window layout.
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat) \
            if args.screenshot else QSettings()
        translator = install_translator(app, settings)  # noqa: F841 (must stay alive while the app runs)
        try:
            store = Store(args.db)
        except StoreError as exc:
            return _fail(str(exc), gui=not args.screenshot)
        service = ReviewService(store, reviewer=str(settings.value("reviewer", "") or ""))
        window = MainWindow(service, settings)
        window.reload_queue()
        samples = sample_files()
        if samples and window.queue.model.rowCount() == 0:
            if args.sample or (not args.screenshot and _offer_samples(window, QMessageBox)):
                run_import(window, samples)
        elif args.sample and not samples:
            print("没有找到示例报告文件夹 resources/samples", file=sys.stderr)
        try:
            if args.screenshot:
                return save_screenshot(window, args.screenshot, args.select)
            window.show()
            return app.exec()
        finally:
            store.close()


def _offer_samples(window: MainWindow, message_box: type[QMessageBox]) -> bool:
    from PySide6.QtCore import QCoreApplication

    answer = message_box.question(
        window, QCoreApplication.translate("Launch", "审核库是空的"),
        QCoreApplication.translate("Launch", "审核库中还没有报告。要导入程序自带的示例报告，先试一试吗？"))
    return answer == message_box.StandardButton.Yes


def _fail(message: str, *, gui: bool) -> int:
    print(message, file=sys.stderr)
    if gui:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Launch", "无法打开审核库"), message)
    return 2


def save_screenshot(window: MainWindow, out: Path, select: str | None) -> int:
    """Renders the window offscreen with a report and one of its cells selected, and saves a PNG."""
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if select:
        if not window.select_source(select):
            print(f"审核库中没有文件名为 {select} 的报告", file=sys.stderr)
            return 2
    elif window.queue.model.rowCount():
        window.queue.select_row(0)
    window.select_first_problem_cell()
    for _ in range(3):  # layouts settle over a few event-loop turns
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"无法保存截图：{out}", file=sys.stderr)
        return 2
    return 0
