"""Benchmark of team review: edit latency with 20 simulated reviewers at once, on each engine.

    .venv/bin/python -m tools.bench_team [--reviewers 20] [--edits 25] [--pause-ms 100]

Each reviewer is its own process with its own connection, as twenty windows would be: it opens
one of the reports (two reviewers share each report), then saves `--edits` cell edits through
the review service (transaction, history, revalidation with the real validator), pausing
`--pause-ms` (randomised ±50 %) between them like a person typing. Printed: median and p95 of one
edit's save (ReviewService.set_cells with the optimistic check), and refusals (someone changed
the same cell meanwhile). PostgreSQL: $GRR_TEST_PG_URL, or a throwaway local cluster with durable
commits (tools.pg_cluster); SQLite: one file in a temporary folder.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

CORPUS_REPORTS = 10


def _reviewer(target: str, number: int, report_ids: list[int], edits: int, pause_s: float, start,
              results) -> None:
    from app.review import ConflictError, ReviewService
    from app.store import Store

    rng = random.Random(number)
    with Store(target, busy_timeout=30) as store:
        service = ReviewService(store, f"审核员{number:02d}")
        report_id = report_ids[number // 2 % len(report_ids)]
        state = service.open(report_id)
        keys = [c.key for c in state.record.tmpl.cells if c.kind == "count"]
        start.wait(60)
        latencies: list[float] = []
        refused = 0
        for _ in range(edits):
            time.sleep(pause_s * rng.uniform(0.5, 1.5))
            key = rng.choice(keys)
            seen = state.record.fields.get(key)
            began = time.perf_counter()
            try:
                state = service.set_cells(report_id, {key: rng.randrange(0, 500)}, expected={key: seen})
            except ConflictError as e:
                refused += 1
                state = e.state
            latencies.append(time.perf_counter() - began)
        results.put((latencies, refused))


def measure(target: str, corpus: Path, reviewers: int, edits: int, pause_s: float) -> tuple[list[float], int]:
    from app.review import ReviewService
    from app.store import Store

    with Store(target) as store:
        report_ids = ReviewService(store, "bench", workers=1).import_paths([corpus]).report_ids
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    processes = [context.Process(target=_reviewer, args=(target, n, report_ids, edits, pause_s, start, results))
                 for n in range(reviewers)]
    for p in processes:
        p.start()
    start.set()
    latencies: list[float] = []
    refused = 0
    for _ in processes:
        got, n = results.get(timeout=600)
        latencies += got
        refused += n
    for p in processes:
        p.join(60)
    return latencies, refused


def report(engine: str, latencies: list[float], refused: int, reviewers: int) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{engine}：{reviewers} 位审核人同时修改，共 {len(ms)} 次保存；单次保存中位数 {statistics.median(ms):.1f} ms，"
          f"p95 {p95:.1f} ms，最慢 {ms[-1]:.0f} ms；因他人先改而拒绝 {refused} 次", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--edits", type=int, default=25, help="每位审核人保存的次数")
    parser.add_argument("--pause-ms", type=float, default=100.0, help="两次修改之间的平均间隔")
    parser.add_argument("--engine", choices=("both", "sqlite", "postgresql"), default="both")
    args = parser.parse_args(argv)

    from tools.bench_store import write_corpus
    from tools.pg_cluster import fresh_schema, server_url

    with tempfile.TemporaryDirectory(prefix="bench_team_") as tmp:
        corpus = Path(tmp) / "reports"
        write_corpus(corpus, CORPUS_REPORTS)
        if args.engine in ("both", "sqlite"):
            latencies, refused = measure(str(Path(tmp) / "team.sqlite3"), corpus, args.reviewers, args.edits,
                                         args.pause_ms / 1000)
            report("SQLite（同一文件）", latencies, refused, args.reviewers)
        if args.engine in ("both", "postgresql"):
            with server_url() as url:
                if url is None:
                    print("没有 PostgreSQL：请设置 GRR_TEST_PG_URL，或安装 postgresql（initdb）", file=sys.stderr)
                    return 2
                with fresh_schema(url) as schema_url:
                    latencies, refused = measure(schema_url, corpus, args.reviewers, args.edits, args.pause_ms / 1000)
                    report("PostgreSQL（本机服务器）", latencies, refused, args.reviewers)
    return 0


if __name__ == "__main__":  # the reviewer processes are spawned: they must not re-run this
    sys.exit(main())
