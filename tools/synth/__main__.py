"""`python -m tools.synth --out DIR --count N [--shapes ...] [--errors RATE] [--seed S]`"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .corpus import write_corpus
from .shapes import ALL_SHAPES, SHAPES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.synth",
                                     description="生成带标准答案的合成政府信息公开工作年度报告")
    parser.add_argument("--out", type=Path, required=True, help="输出文件夹")
    parser.add_argument("--count", type=int, required=True, help="报告份数")
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(ALL_SHAPES),
                        metavar="SHAPE", help=f"样式（默认除 flat 外全部）：{' '.join(ALL_SHAPES)}")
    parser.add_argument("--errors", type=float, default=0.0, metavar="RATE",
                        help="含故意错误的报告比例，0–1（默认 0）")
    parser.add_argument("--seed", type=int, default=0, help="随机种子（同一种子生成相同的文件）")
    parser.add_argument("--template", choices=("2021", "2019"), help="只生成某一格式（默认混合）")
    args = parser.parse_args(argv)
    if not 0 <= args.errors <= 1:
        parser.error("--errors 须在 0 到 1 之间")
    started = time.perf_counter()
    paths = write_corpus(args.out, args.count, seed=args.seed, shapes=args.shapes,
                         error_rate=args.errors, template=args.template)
    elapsed = time.perf_counter() - started
    print(f"已生成 {len(paths)} 份报告到 {args.out}（{elapsed:.1f} 秒）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
