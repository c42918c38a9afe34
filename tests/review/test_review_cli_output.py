from __future__ import annotations

import io

from app.cli.import_cmd import ProgressBar, report
from app.review import ImportSummary


def test_the_progress_bar_ends_full() -> None:
    out = io.StringIO()
    bar = ProgressBar(out, width=10)
    bar(0, 4)
    bar(4, 4)
    bar.finish()
    assert out.getvalue().rstrip("\n").endswith("[##########] 4/4")


def test_the_import_report_lists_each_failure_with_its_reason() -> None:
    out = io.StringIO()
    report(ImportSummary(imported=3, unchanged=1, failed=[("a/b.pdf", "文件已加密")]), out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "新导入 3 份，新版本 0 份，未变化 1 份，失败 1 份"
    assert lines[-1] == "  a/b.pdf：文件已加密"
