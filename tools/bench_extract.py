"""Extraction benchmark on a synthetic corpus with known answers (issue "Extract every report").

    python tools/bench_extract.py [--text 2000] [--html 500] [--corpus DIR] [--seed 0]
    python tools/bench_extract.py --samples 2000 [--before CHECKOUT] [--repeat 3]
    python tools/bench_extract.py --profile [--rounds 100]

Generates the corpus into a temporary folder (or reuses DIR, writing it there first if empty),
then extracts every report in this one process and prints, per kind: reports per second on one
core, accuracy against the truth (cells right / total, files exact), peak memory (ru_maxrss, and
tracemalloc's peak over a traced pass) and whether resident memory grows with the corpus (RSS
after 500 reports vs after all of them). Exit status 1 if memory grows or accuracy is below 100%.

With --samples N, the bundled sample reports are copied round-robin to N files and whole processes
are timed on them, one core each, in one run: the bare regex pass (tools/baseline), then
`python -m app extract --json --workers 0` of this checkout and, with --before, of another
checkout (the same command, its own code): wall and CPU time, reports per second and the ratio to
the regex pass; the best of --repeat runs, the commands interleaved.

With --profile, the bundled samples are extracted --rounds times in this process and the time
of one report is split by stage (read, locate, validate, the JSON line), then by module and by
function (cProfile's own time, largest first): where the remaining time goes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents import ReadError  # noqa: E402
from app.extract import extract_bytes  # noqa: E402
from tools.synth import TEXT_SHAPES, read_corpus, write_corpus  # noqa: E402
from tools.synth.corpus import TRUTH_SUFFIX  # noqa: E402

GROWTH_LIMIT_MB = 25.0  # more than this between report 500 and the last one counts as a leak
CHECKPOINT = 500


@dataclass
class KindResult:
    kind: str
    files: int = 0
    seconds: float = 0.0  # wall time of the extraction loop
    cpu: float = 0.0  # process CPU time of the loop
    cells: int = 0
    cells_right: int = 0
    exact: int = 0
    refused: int = 0
    rss_at_checkpoint: float = 0.0
    rss_at_end: float = 0.0
    wrong_cells: Counter = field(default_factory=Counter)  # "shape key" -> times wrong


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc where there is one."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _same(got: object, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return str(got) == str(want) or (isinstance(got, (int, float)) and isinstance(want, (int, float))
                                     and float(got) == float(want))


def run_kind(kind: str, corpus: list[tuple[Path, dict]]) -> KindResult:
    result = KindResult(kind)
    wall, cpu = time.perf_counter(), time.process_time()
    for i, (path, truth) in enumerate(corpus, 1):
        data = path.read_bytes()
        try:
            record = extract_bytes(path.name, data).record
        except ReadError:
            result.refused += 1
            record = None
        fields = record.fields if record else {}
        wrong = [k for k, v in truth["fields"].items() if not _same(fields.get(k, "MISSING"), v)]
        result.cells += len(truth["fields"])
        result.cells_right += len(truth["fields"]) - len(wrong)
        meta_ok = record is not None and record.year == truth["year"]
        result.exact += not wrong and meta_ok
        result.wrong_cells.update(f"{truth['shape']} {k}" for k in wrong)
        if i == CHECKPOINT:
            result.rss_at_checkpoint = rss_mb()
    result.seconds = time.perf_counter() - wall
    result.cpu = time.process_time() - cpu
    result.files = len(corpus)
    result.rss_at_end = rss_mb()
    return result


def traced_peak_mb(corpus: list[tuple[Path, dict]]) -> float:
    """tracemalloc's peak over an extraction loop (Python allocations; slower, so a second pass)."""
    tracemalloc.start()
    for path, _truth in corpus:
        try:
            extract_bytes(path.name, path.read_bytes())
        except ReadError:
            pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def ensure_corpus(folder: Path, text: int, html: int, seed: int) -> None:
    if any(folder.glob(f"*{TRUTH_SUFFIX}")):
        return
    started = time.perf_counter()
    write_corpus(folder, text, seed=seed, shapes=TEXT_SHAPES, error_rate=0.3)
    write_corpus(folder, html, seed=seed, shapes=["html"], error_rate=0.3, start=text)
    print(f"生成语料：{text} 份文本 + {html} 份 HTML，用时 {time.perf_counter() - started:.1f} 秒")


def report(result: KindResult, traced_mb: float) -> list[str]:
    lines = [
        f"[{result.kind}] {result.files} 份：{result.files / result.seconds:.0f} 份/秒（单进程，墙钟 "
        f"{result.seconds:.1f} 秒；CPU {result.files / max(result.cpu, 1e-9):.0f} 份/秒）",
        f"  准确率：单元格 {result.cells_right}/{result.cells} "
        f"({result.cells_right / max(result.cells, 1):.2%})，完全正确的文件 {result.exact}/{result.files}，"
        f"拒绝读取 {result.refused}",
        f"  内存：第 {CHECKPOINT} 份后 RSS {result.rss_at_checkpoint:.0f} MB，结束时 {result.rss_at_end:.0f} MB"
        f"（增长 {result.rss_at_end - result.rss_at_checkpoint:+.1f} MB）；tracemalloc 峰值 {traced_mb:.1f} MB",
    ]
    for cell, n in result.wrong_cells.most_common(8):
        lines.append(f"  常错：{cell} ×{n}")
    return lines


ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


def copy_samples(folder: Path, count: int) -> None:
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(count):
        source = samples[i % len(samples)]
        shutil.copyfile(source, folder / f"{i:05d}_{source.name}")


def _extract_command(checkout: Path, folder: Path) -> list[str]:
    """`extract --json` in one process (older checkouts had no --workers: they always were)."""
    workers = "--workers" in (checkout / "app" / "cli" / "extract_cmd.py").read_text(encoding="utf-8")
    return [sys.executable, "-m", "app", "extract", "--json", *(["--workers", "0"] if workers else []), str(folder)]


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (its output thrown away)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=cwd, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole_processes(count: int, before: Path | None, repeat: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench_samples_") as temp:
        folder = Path(temp)
        copy_samples(folder, count)
        commands: dict[str, tuple[list[str], Path]] = {
            "正则基线": ([sys.executable, str(ROOT / "tools" / "baseline" / "baseline_regex.py"), str(folder)], ROOT)}
        if before is not None:
            commands["改动前"] = (_extract_command(before.resolve(), folder), before.resolve())
        commands["本程序"] = (_extract_command(ROOT, folder), ROOT)
        best: dict[str, tuple[float, float]] = {}
        for _ in range(repeat):
            for name, (command, checkout) in commands.items():
                # `python -m app` imports the app of its working folder: each checkout runs its own code.
                wall, cpu = timed(command, checkout, {**os.environ, "PYTHONPATH": str(checkout)})
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu)
    floor = best["正则基线"][0]
    lines = [f"{count} 份样例报告副本，整个进程单核运行，取 {repeat} 次中最快（{time.strftime('%Y-%m-%d')}）："]
    for name, (wall, cpu) in best.items():
        lines.append(f"  {name}：墙钟 {wall:.2f} 秒（CPU {cpu:.2f} 秒），{count / wall:.0f} 份/秒，"
                     f"为正则基线的 {wall / floor:.1f} 倍")
    return lines


def profile(rounds: int) -> list[str]:
    """Per-report time by stage, then cProfile's own time by module and by function."""
    import cProfile
    import pstats

    from app.documents import read_document
    from app.extract import Extraction
    from app.locate import locate_record
    from app.locate.confidence import attach_confidence
    from app.record.json_text import dumps
    from app.validation import validate_record

    samples = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    stages = dict.fromkeys(("read", "locate", "validate", "JSON line"), 0.0)

    def once() -> None:
        for name, data in samples:
            t0 = time.perf_counter()
            doc = read_document(name, data)
            t1 = time.perf_counter()
            record, provenance = locate_record(doc, source=name)
            attach_confidence(provenance, doc.boxes)
            t2 = time.perf_counter()
            findings = validate_record(record, provenance, text=doc.text)
            t3 = time.perf_counter()
            dumps(Extraction(record, provenance, doc, findings).to_json())
            t4 = time.perf_counter()
            for stage, took in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                stages[stage] += took

    once()  # caches and lazy imports out of the way
    stages = dict.fromkeys(stages, 0.0)
    for _ in range(rounds):
        once()
    n = rounds * len(samples)
    total = sum(stages.values())
    lines = [f"每份报告 {total / n * 1000:.2f} 毫秒（随附样例 × {rounds} 轮，本进程）："]
    lines += [f"  {stage:<10} {took / n * 1000:6.3f} 毫秒  {took / total:6.1%}" for stage, took in stages.items()]
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(max(1, rounds // 4)):
        once()
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    own = {(f, line, fn): tt for (f, line, fn), (_cc, _nc, tt, _ct, _callers) in stats.items()}
    by_module: Counter[str] = Counter()
    for (f, _line, _fn), tt in own.items():
        by_module[_module_name(f)] += tt
    whole = sum(own.values())
    lines.append("按模块（cProfile 自身时间）：")
    lines += [f"  {m:<34} {tt / whole:6.1%}" for m, tt in by_module.most_common(12)]
    lines.append("按函数：")
    lines += [f"  {_module_name(f)}:{fn:<28} {tt / whole:6.1%}"
              for (f, _line, fn), tt in sorted(own.items(), key=lambda kv: -kv[1])[:15]]
    return lines


def _module_name(filename: str) -> str:
    path = Path(filename)
    try:
        return ".".join(path.relative_to(ROOT).with_suffix("").parts)
    except ValueError:
        return "(C built-ins: re, len, sum …)" if filename.startswith("~") or "<" in filename else path.stem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="提取速度、内存与准确率基准（合成语料）")
    parser.add_argument("--text", type=int, default=2000, help="文本报告份数（默认 2000）")
    parser.add_argument("--html", type=int, default=500, help="HTML 报告份数（默认 500）")
    parser.add_argument("--corpus", type=Path, help="语料文件夹（已有则复用，否则在此生成）")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", type=int, help="把随附样例复制成这么多份，计时整个 extract 进程与正则基线")
    parser.add_argument("--before", type=Path, help="与 --samples 同用：另一份检出（改动前的代码），同样计时")
    parser.add_argument("--repeat", type=int, default=3, help="与 --samples 同用：每条命令运行次数，取最快")
    parser.add_argument("--profile", action="store_true", help="在本进程中剖析随附样例：各阶段、各模块、各函数的耗时")
    parser.add_argument("--rounds", type=int, default=100, help="与 --profile 同用：样例提取轮数")
    args = parser.parse_args(argv)
    if args.profile:
        print("\n".join(profile(args.rounds)))
        return 0
    if args.samples:
        print("\n".join(whole_processes(args.samples, args.before, args.repeat)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_extract_") as temp:
        folder = args.corpus or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        ensure_corpus(folder, args.text, args.html, args.seed)
        corpus = list(read_corpus(folder))
        kinds = {"text": [c for c in corpus if c[1]["shape"] in TEXT_SHAPES],
                 "html": [c for c in corpus if c[1]["shape"] == "html"]}
        results = {k: run_kind(k, items) for k, items in kinds.items() if items}
        traced = {k: traced_peak_mb(kinds[k][:CHECKPOINT]) for k in results}
    failed = False
    for kind, result in results.items():
        print("\n".join(report(result, traced[kind])))
        grew = result.files > CHECKPOINT and result.rss_at_end - result.rss_at_checkpoint > GROWTH_LIMIT_MB
        if grew:
            print(f"  内存随语料增长超过 {GROWTH_LIMIT_MB:.0f} MB")
        failed |= grew or result.cells_right < result.cells
    print(f"进程峰值内存 ru_maxrss：{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
