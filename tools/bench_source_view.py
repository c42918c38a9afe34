"""Times the source pane's "as published" view: from selecting a cell to the box drawn on its PDF page.

    .venv/bin/python tools/bench_source_view.py [--rounds N]

Builds two 10-page report PDFs (reportlab with the WenQuanYi font; prose first, the three tables
on the last two pages), imports them into a scratch store through the review service, and opens
the window offscreen (1366×768) with the published view on. Prints, as median and worst:
opening a report (its PDF read again: first time, then from the cache), and selecting a cell to
its page rendered and boxed when the page is not rendered yet (first render) and when it is (cached).

`report_pdf` is also what tests/gui/test_source_published.py draws its PDFs with: it returns
where each number was drawn, so a test can check the box against the printed position.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.record import Value  # noqa: E402
from app.template import TEMPLATE_2021  # noqa: E402

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT_NAME = "WQY"
FONT_SIZE = 7.0
LINE_STEP = 14.0  # points between baselines
PAGES = 10
PROSE_LINES = 470  # lines of prose before the tables: with ~53 lines a page, the tables end on page 10
ZOOMED = 2.0  # besides fit width (about fit width in the default pane): 200 %, where 7-point digits read easily
PROSE = "本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作。"  # no digits: nothing to mistake for a cell


@dataclass(frozen=True)
class DrawnNumber:
    """Where a number was printed: page (0-based), left and right edge and baseline in points,
    origin top-left (the frame of Origin.box)."""

    page: int
    x0: float
    x1: float
    baseline: float
    text: str


@dataclass
class PrintedReport:
    data: bytes
    pages: int
    drawn: dict[str, DrawnNumber]  # record key -> where its value was printed


def report_pdf(fields: Mapping[str, Value], prose_lines: int, title: str = "2022年庆元县政府信息公开工作年度报告"
               ) -> PrintedReport:
    """A text PDF of a 2021-format report: title, `prose_lines` lines of prose, then tables 二, 三 and
    四 as label + right-aligned numbers, one row per line (the layout of national_pdf in
    tests/locate/test_structured_sources.py), breaking pages where the page ends. Raises
    FileNotFoundError without the WenQuanYi font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if not FONT_FILE.exists():
        raise FileNotFoundError(f"需要 fonts-wqy-microhei 字体来生成中文 PDF：{FONT_FILE}")
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4
    y, page = height - 50, 0
    drawn: dict[str, DrawnNumber] = {}

    def line(label: str, cells: list[tuple[str, Value]] = ()) -> None:
        nonlocal y, page
        if y < 60:
            pdf.showPage()
            y, page = height - 50, page + 1
        pdf.setFont(FONT_NAME, FONT_SIZE)
        pdf.drawString(30, y, label[:26])
        for i, (key, value) in enumerate(cells):
            if value is None:
                continue
            text = f"{value:g}" if isinstance(value, float) else str(value)
            right = 330 + i * 34
            pdf.drawRightString(right, y, text)
            left = right - pdfmetrics.stringWidth(text, FONT_NAME, FONT_SIZE)
            drawn[key] = DrawnNumber(page, left, right, height - y, text)
        y -= LINE_STEP

    line(title)
    line("一、总体情况")
    for _ in range(prose_lines):
        line(PROSE)
    active, requests, appeals = (TEMPLATE_2021.table(t) for t in ("active", "requests", "appeals"))
    line("二、主动公开政府信息情况")
    line("信息内容")
    for row in active.rows:
        line(row.label, [(k, fields[k]) for k in (f"active.{row.id}.{c.id}" for c in row.columns)])
    line("三、收到和处理政府信息公开申请情况")
    line("申请人情况")
    line("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计")
    for row in requests.rows:
        line(row.label, [(k, fields[k]) for k in (f"requests.{row.id}.{c.id}" for c in requests.columns)])
    line("四、政府信息公开行政复议、行政诉讼情况")
    line("结果维持 结果纠正 其他结果 尚未审结 总计")
    line("", [(c.key, fields[c.key]) for c in appeals.cells[:8]])
    line("", [(c.key, fields[c.key]) for c in appeals.cells[8:]])
    line("五、存在的主要问题及改进情况")
    pdf.save()
    return PrintedReport(buffer.getvalue(), page + 1, drawn)


def timed(rounds: int, prepare: Callable[[int], object], act: Callable[[int], object]) -> list[float]:
    """Seconds `act(n)` takes for each round, after an untimed `prepare(n)`."""
    times = []
    for n in range(rounds):
        prepare(n)
        started = time.perf_counter()
        act(n)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    selections: list[tuple[float, list[float], list[float]]] = []  # zoom, first render, cached
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui.fonts import apply_cjk_font
    from app.gui.main_window import MainWindow
    from app.gui.source_switcher import PUBLISHED_SETTING
    from app.review import ReviewService
    from app.store import Store
    from tools.synth.values import make_fields

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    fields = make_fields(TEMPLATE_2021, random.Random(7), "none", 0.0)
    try:
        reports = [report_pdf(fields, PROSE_LINES, title=f"2022年第{n}县政府信息公开工作年度报告") for n in (1, 2)]
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for n, report in enumerate(reports):
            paths.append(Path(scratch) / f"report{n}.pdf")
            paths[-1].write_bytes(report.data)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(PUBLISHED_SETTING, True)
        with Store(Path(scratch) / "bench.sqlite3") as store:
            service = ReviewService(store, "bench", workers=1)
            ids = service.import_paths(paths).report_ids
            window = MainWindow(service, settings)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            pages = window.source_pane.pages
            counter = PaintCounter()
            pages.canvas.installEventFilter(counter)

            def open_report(n: int) -> None:
                window.open_report(ids[n % 2])
                app.processEvents()

            first_open = timed(2, lambda n: None, open_report)  # reads each PDF again: not cached yet
            reopen = timed(rounds, lambda n: None, open_report)
            provenance = window.session.state.provenance
            by_page: dict[int, list[str]] = {}
            for key, origin in provenance.items():
                if origin.page is not None and origin.box is not None:
                    by_page.setdefault(origin.page, []).append(key)
            last_pages = [by_page[page] for page in sorted(by_page)[-2:]]  # where the tables are
            keys = [key for page in last_pages for key in page]

            def select(key: str) -> None:
                if window.tables.current_key() == key:
                    return  # nothing changes, nothing is drawn
                painted = counter.count
                window.tables.select_key(key)
                app.processEvents()
                box = pages.canvas.box()
                if counter.count == painted or box is None or box[0] != provenance[key].page:
                    raise RuntimeError(f"no box drawn for {key}")

            same_page = last_pages[-1]
            for zoom in (None, ZOOMED):
                if zoom:
                    pages.set_zoom(zoom)
                first = timed(rounds, lambda n: pages.canvas.images.clear(), lambda n: select(keys[n % len(keys)]))
                cached = timed(rounds, lambda n: select(same_page[n % len(same_page)]),
                               lambda n: select(same_page[(n + 1) % len(same_page)]))
                selections.append((pages.zoom(), first, cached))
            window.close()

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:6.1f} ms, worst {max(values) * 1000:6.1f} ms"

    print(f"{PAGES}-page PDF report, window 1366×768 offscreen, {rounds} rounds, {os.cpu_count()} cores")
    print(f"open report, PDF read again (first time):   {ms(first_open)}")
    print(f"open report, document cached:               {ms(reopen)}")
    for zoom, first, cached in selections:
        print(f"select cell -> page rendered + box drawn:   {ms(first)}  at {zoom * 100:3.0f} %  (target < 200 ms)")
        print(f"select cell -> box drawn, page cached:      {ms(cached)}  at {zoom * 100:3.0f} %  (target < 200 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
