"""`python -m app team [--db DB] [--four-eyes on|off] [--claim-idle MIN] [--leads A,B] [--release FILE]`:
the team's shared settings, releasing a claim, and each reviewer's progress (always printed)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from app.review import ReviewError, ReviewService
from app.store import Store, StoreError

from .db_option import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--reviewer", default="", help="您的名字（释放他人占用须是组长；默认当前系统用户名）")
    parser.add_argument("--four-eyes", choices=("on", "off"), help="四眼复核：修改人之外的另一人批准（初审 → 复核）")
    parser.add_argument("--claim-idle", type=float, metavar="MIN", help="占用在多少分钟无操作后失效（默认 30）")
    parser.add_argument("--leads", metavar="A,B", help="组长名单（逗号分隔；可释放他人占用；空表示人人可以）")
    parser.add_argument("--release", metavar="FILE", help="释放这份报告的占用")


def run(args: argparse.Namespace) -> int:
    try:
        with Store(args.db) as store:
            service = ReviewService(store, args.reviewer)
            settings = service.settings()
            if args.four_eyes is not None:
                settings = replace(settings, four_eyes=args.four_eyes == "on")
            if args.claim_idle is not None:
                if args.claim_idle <= 0:
                    print("占用时限必须大于 0 分钟", file=sys.stderr)
                    return 2
                settings = replace(settings, claim_idle_minutes=args.claim_idle)
            if args.leads is not None:
                settings = replace(settings, leads=tuple(n.strip() for n in args.leads.split(",") if n.strip()))
            if settings != service.settings():
                service.set_settings(settings)
            if args.release:
                report_id = store.id_by_name(Path(args.release).name)
                if report_id is None:
                    print(f"审核库中没有报告 {args.release}", file=sys.stderr)
                    return 2
                print("已释放占用" if service.release(report_id) else "这份报告没有被占用")
            work = service.progress()
    except (StoreError, ReviewError) as e:
        print(f"操作中止：{e}", file=sys.stderr)
        return 2
    print(f"四眼复核：{'开' if settings.four_eyes else '关'}；占用时限：{settings.claim_idle_minutes:g} 分钟；"
          f"组长：{'、'.join(settings.leads) or '（未指定，人人可释放占用）'}")
    for w in work:
        print(f"{w.reviewer}\t修改 {w.edited} 份\t待复核 {w.first_reviewed} 份\t已批准 {w.approved} 份"
              f"\t正在审核 {len(w.claims)} 份")
    return 0
