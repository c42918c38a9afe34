"""Size and start-up times of the PyInstaller build, beside the same commands run from source.

    .venv/bin/python tools/bench_frozen.py [dist/gov-report-review/gov-report-review] [--runs 5]

Prints the folder size, then the best and median wall time of: `--help` (start-up), the
offscreen window screenshot on the bundled samples, and `extract --json` of the seeds.
Best-of-N because a shared 2-core machine adds noise from other work, never speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "resources" / "samples"  # the five seed reports


def _folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink())


def _timed(command: list[str], env: dict[str, str], runs: int, scratch: Path) -> list[float]:
    times = []
    for _ in range(runs):
        for stale in scratch.glob("bench.sqlite3*"):  # every screenshot imports the samples afresh
            stale.unlink()
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def _cases(program: list[str], scratch: Path) -> dict[str, list[str]]:
    cases = {
        "--help (start-up)": [*program, "--help"],
        "window screenshot, samples": [
            *program,
            "--db",
            str(scratch / "bench.sqlite3"),
            "--sample",
            "--screenshot",
            str(scratch / "bench.png"),
        ],
    }
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if seeds:
        cases[f"extract --json, {len(seeds)} seeds"] = [*program, "extract", "--json", *seeds]
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "frozen", nargs="?", type=Path, default=REPO / "dist" / "gov-report-review" / "gov-report-review"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.frozen.is_file():
        print(f"找不到构建好的程序：{args.frozen}（先运行 bash build/build.sh）", file=sys.stderr)
        return 2

    print(f"size of {args.frozen.parent}: {_folder_size(args.frozen.parent) / 2**20:.0f} MiB")
    programs = {"frozen": [str(args.frozen)], "source": [sys.executable, "-m", "app"]}
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(scratch / "data"),
            "XDG_CONFIG_HOME": str(scratch / "config"),
        }
        for kind, program in programs.items():
            for label, command in _cases(program, scratch).items():
                times = _timed(command, env, args.runs, scratch)
                print(f"{kind:6} {label:32} best {min(times):.2f} s  median {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
