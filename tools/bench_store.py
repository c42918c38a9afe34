"""Benchmark of the review store: import N synthetic text reports, queue, bulk approval, CSV export.

    .venv/bin/python -m tools.bench_store [--count 10000] [--workers N] [--engine sqlite|postgresql]

Targets (issue "The review store"): import of 10,000 text reports under 60 s on two cores,
export under 5 s. The corpus comes from tools.synth (text shapes 000–004), written to a
temporary folder that is removed afterwards. `--engine postgresql` runs the same on a fresh schema
of $GRR_TEST_PG_URL, or of a throwaway local cluster (tools.pg_cluster) with durable commits.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
IMPORT_TARGET_S = 60.0
EXPORT_TARGET_S = 5.0


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the extraction workers)."""
    try:
        import resource
    except ImportError:  # Windows: this process only
        return time.process_time()
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, action: Callable[[], T]) -> tuple[T, float]:
    """Runs `action`, printing wall time and CPU time (on a busy machine, CPU / cores is the fairer
    figure: other programs' load inflates the wall time)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    result = action()
    elapsed, used = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"{label}：{elapsed:.2f} 秒（CPU {used:.2f} 秒）", flush=True)
    return result, elapsed


def write_corpus(folder: Path, count: int) -> None:
    from tools.synth import TEXT_SHAPES, iter_reports

    folder.mkdir()
    for report in iter_reports(count, shapes=list(TEXT_SHAPES)):
        (folder / report.name).write_bytes(report.data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="提取进程数（默认每核一个）")
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    if args.engine == "sqlite":
        return run(args, None)
    from tools.pg_cluster import fresh_schema, server_url

    with server_url() as url:
        if url is None:
            print("没有 PostgreSQL：请设置 GRR_TEST_PG_URL，或安装 postgresql（initdb）", file=sys.stderr)
            return 2
        with fresh_schema(url) as schema_url:
            return run(args, schema_url)


def run(args: argparse.Namespace, server: str | None) -> int:

    from app.export import export_approved
    from app.review import ReviewService
    from app.store import Store

    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
        corpus = Path(tmp) / "reports"
        timed(f"生成 {args.count} 份合成文本报告", lambda: write_corpus(corpus, args.count))
        print(f"引擎：{args.engine}")
        with Store(server or Path(tmp) / "reviews.sqlite3") as store:
            service = ReviewService(store, "bench", workers=args.workers)
            summary, import_s = timed("导入（提取 + 写库）", lambda: service.import_paths([corpus]))
            print(f"  新导入 {summary.imported}，失败 {len(summary.failed)}；{summary.imported / import_s:.0f} 份/秒")
            for path, reason in summary.failed[:5]:
                print(f"  失败：{Path(path).name}：{reason}")
            timed("再次导入同一文件夹（全部未变化）", lambda: service.import_paths([corpus]))
            queue, _ = timed("审核队列查询（全部报告）", service.reports)
            timed("审核队列查询（有错误的报告）", lambda: service.reports(has_errors=True))
            approved, _ = timed("批量批准（逐份重新校验）", service.approve_clean)
            print(f"  批准 {approved} / {len(queue)} 份")
            rows, export_s = timed("导出 CSV", lambda: export_approved(store, Path(tmp) / "out.csv"))
            print(f"  {rows} 行，{(Path(tmp) / 'out.csv').stat().st_size / 1e6:.1f} MB")
            if server is None:
                db_mb = (Path(tmp) / "reviews.sqlite3").stat().st_size / 1e6
                print(f"审核库大小：{db_mb:.0f} MB")
    scale = 10_000 / max(args.count, 1)
    ok_import = import_s * scale < IMPORT_TARGET_S
    ok_export = export_s * scale < EXPORT_TARGET_S
    print(f"按 10,000 份折算：导入 {import_s * scale:.1f} 秒（目标 < {IMPORT_TARGET_S:.0f}，"
          f"{'达标' if ok_import else '未达标'}），导出 {export_s * scale:.2f} 秒（目标 < {EXPORT_TARGET_S:.0f}，"
          f"{'达标' if ok_export else '未达标'}）")
    return 0 if ok_import and ok_export else 1


if __name__ == "__main__":  # the import's worker processes are spawned: they must not re-run this
    sys.exit(main())
