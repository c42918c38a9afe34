"""Every kind of finding reads as sentences about the report: its message, its tooltip in the
findings list and its cell's tooltip name rows, columns and numbers, never program internals."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt

from app.gui.findings_model import FindingLine, FindingsModel
from app.gui.record_table_model import GridState, RecordTableModel
from app.record import Finding, Origin, Record
from app.store.models import Decision
from app.validation import validate_record
from tests.validation.helpers import changed, load_gold, seed_text

# What a reviewer must never read: Python lists and values, key=value dumps, dotted or
# underscored identifiers (requests.granted.total, left_sum), quotes of a repr.
INTERNALS = {
    "a list": re.compile(r"[\[\]{}]"),
    "None": re.compile(r"\bNone\b|\bnan\b|\binf\b"),
    "key = value": re.compile(r"\w\s*=\s*\S"),
    "an identifier": re.compile(r"[A-Za-z][A-Za-z0-9]*[._][A-Za-z_][A-Za-z0-9_.]*"),
    "a repr": re.compile(r"'[^']*'"),
}
KINDS = {"negative", "not_whole", "not_number", "empty_cell", "unplaced", "inferred", "outlier", "cross_year",
         "narrative", "in_force_lt_issued", "sum", "unit_converted"}


def every_kind_of_finding() -> tuple[Record, dict[str, Origin], list[Finding]]:
    """Seed 001 with one cell broken for each check, two rows placed unsure, last year's record
    and a sentence that disagrees with its table."""
    record = load_gold("001")
    broken = changed(record, {
        "requests.granted.total": 38 + 1,  # a row total
        "requests.granted.commercial": 1000000,  # an outlier in a failed sum
        "requests.denied.state_secret.natural_person": 2.5,
        "requests.denied.prohibited_by_law.natural_person": -3,
        "requests.denied.third_party_rights.natural_person": float("inf"),
        "appeals.review.upheld": None,
        "active.regulations.in_force": 0,
        "active.regulations.issued": 5,
    })
    text = seed_text("001").replace("不予公开2件", "不予公开3件")
    provenance = {
        "requests.unavailable.not_held.commercial": Origin(0, 5, "12 7", how="unplaced"),
        "requests.unavailable.not_held.research": Origin(0, 5, "12 7", how="unplaced"),
        "requests.carried_over.research": Origin(0, 1, "0", how="inferred", note="原文缺少空格，按勾稽关系推断"),
        "active.fees.amount_10k_yuan": Origin(0, 5, "39670"),  # converted by a header's unit
    }
    previous = replace(changed(record, {"requests.carried_forward.total": 99}), year=record.year - 1)
    findings = validate_record(broken, provenance, text=text, previous=previous)
    return broken, provenance, findings


def kind(finding: Finding) -> str:
    return "sum" if "≠" in finding.message else finding.rule


def internals_in(text: str) -> list[str]:
    return [name for name, pattern in INTERNALS.items() if pattern.search(text)]


def test_every_kind_of_finding_is_covered():
    _, _, findings = every_kind_of_finding()
    assert KINDS <= {kind(f) for f in findings}


def test_messages_and_tooltips_are_sentences_without_internals(qapp):
    record, provenance, findings = every_kind_of_finding()
    template = record.tmpl
    decision = Decision("x", "source_error", "原报告如此", "审核员甲", "2026-12-02T00:25:38+00:00")
    lines = [FindingLine(f, str(i), decision if i % 2 else None) for i, f in enumerate(findings)]
    findings_model = FindingsModel()
    findings_model.set_lines(lines, template)
    grids = {t.id: RecordTableModel(t) for t in template.tables}
    state = GridState(values=record.fields, machine=record.fields, provenance=provenance, findings=findings,
                      decided=frozenset(i for i in range(len(findings)) if i % 2))
    for grid in grids.values():
        grid.show(state)
    seen: dict[str, list[str]] = {}
    for row, finding in enumerate(findings):
        tip = findings_model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        cell_tips = []
        for key in finding.cells:
            grid = grids[template.cell_by_key[key].table]
            cell_tips.append(grid.index_for_key(key).data(Qt.ItemDataRole.ToolTipRole))
        for what, text in [("message", finding.message), ("tooltip", tip), *(("cell tooltip", t) for t in cell_tips)]:
            problems = internals_in(text)
            assert not problems, f"{kind(finding)} {what} shows {problems}: {text}"
        seen.setdefault(kind(finding), []).append(tip)
    # The tooltip says what the reviewer can do, or what was decided and by whom, in local time.
    assert all("不是错误" in tip or "已处理为" in tip for tips in seen.values() for tip in tips)
    assert any("审核员甲" in tip and "UTC" in tip for tips in seen.values() for tip in tips)


def test_the_internals_check_catches_what_the_old_tooltips_showed():
    for old in ["raw = ['0']", "left = [None, None]，left_sum = 0", "见 requests.granted.total", "值 None"]:
        assert internals_in(old), old
    assert not internals_in("三(一)予以公开（总计） ≠ 各类申请人之和：39 ≠ 37 + 1 + 0")
