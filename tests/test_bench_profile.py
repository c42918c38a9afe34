"""The benchmark's profile (tools/bench_extract.py --profile) says where a report's time goes: its
stages add up to the whole, and the modules and functions named are the program's own."""

from __future__ import annotations

import re

from tools import bench_extract


def test_the_profile_splits_a_report_into_its_stages_and_names_the_costliest_code():
    lines = bench_extract.profile(rounds=1)
    shares = {m.group(1): float(m.group(2)) for line in lines
              if (m := re.match(r"\s+(read|locate|validate|JSON line)\s+[\d.]+ 毫秒\s+([\d.]+)%", line))}
    assert set(shares) == {"read", "locate", "validate", "JSON line"}
    assert abs(sum(shares.values()) - 100) < 0.5
    modules = lines[lines.index("按模块（cProfile 自身时间）：") + 1:lines.index("按函数：")]
    assert any(line.strip().startswith("app.locate.") for line in modules)
