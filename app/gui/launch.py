"""`python -m app [--db FILE] [--sample] [--screenshot OUT.png [--select SOURCE] [--size WxH]]`: the window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # Qt is imported inside run_gui, after the platform is chosen
    from PySide6.QtCore import QSettings

    from app.review.state import ImportSummary

    from .main_window import MainWindow


from app.cmdline import SCREENSHOT_SIZE, ChineseArgumentParser, add_window_arguments

from .desktop_libs import missing_message

# Qt's offscreen platform says this each time a window is shown; it means nothing for a screenshot.
OFFSCREEN_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})

SampleOffer = Literal["import", "ask", "none"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = ChineseArgumentParser(description="政府信息公开工作年度报告审核窗口")
    add_window_arguments(parser)
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # must be set before the QApplication exists
    elif message := missing_message():  # said in Chinese, rather than Qt's abort
        print(message, file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import APP_NAME
    from app.review import ReviewService
    from app.store import Store, StoreError

    from .fonts import apply_cjk_font
    from .main_window import MainWindow
    from .resources import ICON, sample_files
    from .translation import install_translator

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else \
        QApplication([sys.argv[0] if sys.argv else "gov-report-review"])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    apply_cjk_font(app)
    with tempfile.TemporaryDirectory() as scratch, quiet_offscreen_noise():
        # A screenshot must neither read nor change the reviewer's saved window layout.
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat) \
            if args.screenshot else user_settings()
        translators = install_translator(app, settings)  # noqa: F841 (must stay alive while the app runs)
        try:
            store = Store(args.db)
        except StoreError as exc:
            return _fail(str(exc), gui=not args.screenshot)
        service = ReviewService(store, reviewer=str(settings.value("reviewer", "") or ""))
        window = MainWindow(service, settings)
        window.reload_queue()
        samples = sample_files()
        if args.sample and not samples:
            print("没有找到示例报告文件夹 resources/samples", file=sys.stderr)
        try:
            if args.screenshot:
                first_start(window, samples, sample=args.sample, interactive=False)
                return save_screenshot(window, args.screenshot, args.select, args.size)
            if window.has_stored_geometry():
                window.show()
            else:  # the first start: the whole screen, 1366×768 being the smallest reviewers use
                window.showMaximized()
            # Asked from the event loop, once the window is on screen: the question sits over it.
            QTimer.singleShot(0, lambda: first_start(window, samples, sample=args.sample, interactive=True))
            return app.exec()
        finally:
            store.close()


def user_settings() -> QSettings:
    """The reviewer's own settings (window layout, language, name), where the platform keeps them."""
    from PySide6.QtCore import QSettings

    return QSettings()


def sample_offer(queue_empty: bool, samples: Sequence[Path], *, sample: bool, interactive: bool) -> SampleOffer:
    """What a start does about the bundled samples: import them (--sample), ask (an empty store in a
    window the reviewer sees), or nothing (reports already there, no samples, or a screenshot)."""
    if not samples or not queue_empty:
        return "none"
    if sample:
        return "import"
    return "ask" if interactive else "none"


def first_start(window: MainWindow, samples: Sequence[Path], *, sample: bool,
                interactive: bool) -> ImportSummary | None:
    """Imports the bundled samples into an empty store when told to (--sample) or when the reviewer
    agrees; returns the import's outcome, None when nothing was imported."""
    from .transfer import run_import

    offer = sample_offer(window.queue.model.rowCount() == 0, samples, sample=sample, interactive=interactive)
    if offer == "none" or (offer == "ask" and not ask_to_import_samples(window)):
        return None
    return run_import(window, samples)


def ask_to_import_samples(window: MainWindow) -> bool:
    """The first-start question (a modal box, Yes by default)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Launch", "审核库是空的"),
                      QCoreApplication.translate("Launch", "审核库中还没有报告。要导入程序自带的示例报告，先试一试吗？"),
                      buttons.Yes | buttons.No, window)
    box.setDefaultButton(buttons.Yes)
    return box.exec() == buttons.Yes


@contextmanager
def quiet_offscreen_noise() -> Iterator[None]:
    """On the offscreen platform (screenshots, tests) drops the messages in OFFSCREEN_NOISE and passes
    every other message on as before; on a real screen changes nothing."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        yield
        return

    def handler(kind, context, message: str) -> None:  # noqa: ANN001 (Qt's message types)
        if message in OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:  # what Qt's own handler does: the formatted message on stderr
            print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _fail(message: str, *, gui: bool) -> int:
    print(message, file=sys.stderr)
    if gui:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Launch", "无法打开审核库"), message)
    return 2


def save_screenshot(window: MainWindow, out: Path, select: str | None,
                    size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Renders the window offscreen at `size` with a report and one of its cells selected, and saves a PNG."""
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
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
