"""Times the reviewer's window on a large store: start-up, switching reports, revalidating an edit.

usage: python tools/bench_gui.py [--reports 10000] [--db FILE] [--rounds 40]

The store is built through the store API from copies of the gold records and their seed texts
(kept at --db for the next run). Start-up is measured as a user starts the program: a fresh
`python -m app --db FILE --screenshot OUT.png` process, from launch to the window drawn and saved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "resources" / "samples"  # the five seed reports
GOLD = ROOT / "tests" / "data" / "gold"  # and their expected records
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BATCH = 500  # reports per transaction while building


def build_store(path: Path, count: int) -> None:
    from app.record import Record
    from app.store import ReportInput, Store
    from app.store.codec import provenance_json
    from app.validation import validate_record

    golds = [Record.from_json(json.loads(p.read_text(encoding="utf-8")))
             for p in sorted(GOLD.glob("*.json"))]
    texts = [(SEEDS / g.source).read_text(encoding="utf-8") for g in golds]
    counts = []
    for gold, text in zip(golds, texts, strict=True):
        findings = validate_record(gold, text=text)
        counts.append((sum(f.severity == "error" for f in findings), sum(f.severity == "warning" for f in findings)))
    with Store(path) as store:
        for start in range(0, count, BATCH):
            with store.transaction():
                for n in range(start, min(count, start + BATCH)):
                    i = n % len(golds)
                    gold, text = golds[i], texts[i] + f"\n（副本 {n}）"
                    data = text.encode("utf-8")
                    record = Record(f"{n:05d}_{gold.source}", gold.template, f"{gold.agency}{n}",
                                    gold.year, dict(gold.fields))
                    store.add_report(ReportInput(record.source, hashlib.sha256(data).hexdigest(), data, text, "text",
                                                 record, provenance_json({}), *counts[i]), "bench")


def time_startup(db: Path) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--screenshot", str(Path(scratch) / "s.png")],
                       cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - started


def time_in_window(db: Path, rounds: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from app.review import ReviewService
    from app.store import Store

    app = QApplication.instance() or QApplication([])
    figures: dict[str, list[float]] = {"queue": [], "switch": [], "edit": [], "sort": [], "filter": []}
    with tempfile.TemporaryDirectory() as scratch, Store(db) as store:
        window = MainWindow(ReviewService(store, "bench"), QSettings(str(Path(scratch) / "s.ini"),
                                                                     QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        started = time.perf_counter()
        window.reload_queue()
        app.processEvents()
        figures["queue"].append(time.perf_counter() - started)
        for _ in range(rounds):
            started = time.perf_counter()
            window.queue.step(+1)
            app.processEvents()
            figures["switch"].append(time.perf_counter() - started)
        key = "requests.granted.natural_person"
        for n in range(rounds):
            started = time.perf_counter()
            window.session.set_cells({key: 100 + n})
            app.processEvents()
            figures["edit"].append(time.perf_counter() - started)
        for column in range(5):
            started = time.perf_counter()
            window.queue.view.sortByColumn(column, window.queue.view.horizontalHeader().sortIndicatorOrder())
            app.processEvents()
            figures["sort"].append(time.perf_counter() - started)
        started = time.perf_counter()
        window.queue.errors_only.setChecked(True)
        app.processEvents()
        figures["filter"].append(time.perf_counter() - started)
        window.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench_gui_10k.sqlite3")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()

    from app.store import Store

    have = 0
    if args.db.exists():
        with Store(args.db, read_only=True) as store:
            have = store.count()
    if have != args.reports:
        args.db.unlink(missing_ok=True)
        started = time.perf_counter()
        build_store(args.db, args.reports)
        print(f"built store: {args.reports} reports in {time.perf_counter() - started:.1f} s ({args.db})")

    startup = [time_startup(args.db) for _ in range(3)]
    print(f"start-up to window drawn ({args.reports} reports, fresh process): "
          f"best {min(startup):.2f} s, worst {max(startup):.2f} s  (target < 1 s)")
    figures = time_in_window(args.db, args.rounds)

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:.1f} ms, worst {max(values) * 1000:.1f} ms"

    print(f"queue load ({args.reports} summaries): {ms(figures['queue'])}")
    print(f"switch report (open + show):       {ms(figures['switch'])}  (target < 50 ms)")
    print(f"edit a cell (save + revalidate + show): {ms(figures['edit'])}  (target < 50 ms)")
    print(f"sort queue by a column:            {ms(figures['sort'])}")
    print(f"filter queue (has errors):         {ms(figures['filter'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
