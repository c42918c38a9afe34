"""Synthetic 政府信息公开工作年度报告 with the true record of each, in every shape the readers accept.

    from tools.synth import generate_report
    report = generate_report(seed=0, index=7, shape="002", error_rate=0.5)
    report.name, report.data, report.truth   # file name, file bytes, record in the gold shape

The numbers follow the template's arithmetic unless an error is injected on purpose; the truth
lists every injected error (cells, was/now, the rules it breaks) under "injected_errors".
"""

from .corpus import iter_reports, read_corpus, truth_path, write_corpus
from .report import SynthReport, generate_report
from .shapes import ALL_SHAPES, SHAPES, TEXT_SHAPES

__all__ = ["ALL_SHAPES", "SHAPES", "TEXT_SHAPES", "SynthReport", "generate_report", "iter_reports", "read_corpus",
           "truth_path", "write_corpus"]
