"""ReviewService: every operation a reviewer performs, over the store and the validator.

The window and the command line call only this; it never lets a report reach `approved` while an
error finding has no decision, and never changes a decided report before it is reopened.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from app.documents.limits import DOCUMENT_SECONDS
from app.record import Finding, Origin, Value, normalise_value
from app.record.finding_kinds import PROBLEM_KINDS
from app.record.status import APPROVED, DECIDED, DECISION_LABELS, IN_REVIEW, NEW, OPEN, REJECTED, status_label
from app.store import Claim, HistoryEntry, ReportSummary, ReviewerWork, Store
from app.template import Template

from .cell_values import CellValueError, check_value
from .checks import Checker, Validation, open_counts
from .errors import ClaimedError, ConflictError, ReviewError
from .extraction import Extractor, default_extractor
from .importer import BATCH_SIZE, Cancel, Importer, Progress
from .state import ImportSummary, ReportState
from .team import TeamSettings, read_settings, write_settings

# What the window shows until it reads the store: "this edit is based on what I saw".
UNCHECKED = object()

# Decisions that keep numbers failing a rule: the note is the reason an auditor reads later.
NOTE_REQUIRED = ("source_error", "dismissed")


def os_user_name() -> str:
    """The login name, the reviewer's default name in history."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry / no USERNAME in a stripped environment
        return "未署名"


class ReviewService:
    """The reviewer's operations on one store. `reviewer` is written into every history entry.

    `validation` (default: the app.validation module) and `extractor` (default:
    app.extract.extract_bytes) can be replaced, e.g. in tests; `workers` is the number of
    extraction processes (default: one per core; 0 extracts in this process, without the time
    bound), `seconds` the time budget of one file's extraction.
    """

    def __init__(self, store: Store, reviewer: str = "", *, validation: Validation | None = None,
                 extractor: Extractor = default_extractor, workers: int | None = None,
                 seconds: float = DOCUMENT_SECONDS) -> None:
        self.store = store
        self.reviewer = reviewer or os_user_name()
        self._checker = Checker(store, validation)
        self._extractor = extractor
        self._workers = workers
        self._seconds = seconds

    def on_store(self, store: Store) -> ReviewService:
        """The same reviewer, checks and extractor over another connection (e.g. a worker thread's)."""
        return ReviewService(store, self.reviewer, validation=self._checker.validation, extractor=self._extractor,
                             workers=self._workers, seconds=self._seconds)

    # -- import and the queue ----------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     cancel: Cancel | None = None) -> ImportSummary:
        """Imports files and folders (recursively, hidden files skipped); see app.review.versions for
        what a new version of a known file does. One bad file (unreadable, over its time budget, or
        failing to save) is one `failed` entry, never an exception; a StoreError (disk full, database
        in use) stops the import after the last complete batch."""
        importer = Importer(self.store, self._checker, self.reviewer, self._extractor, self._workers, BATCH_SIZE,
                            self._seconds)
        return importer.run(paths, progress, cancel)

    def reports(self, status: str | Iterable[str] | None = None, has_errors: bool | None = None,
                search: str = "", claim: str | None = None) -> list[ReportSummary]:
        """The queue: optionally only some statuses, with/without open errors, matching file name,
        agency or year; `claim` "mine" (open by this reviewer) or "unclaimed" (open by nobody).
        Lapsed claims read as none. Never loads source bytes or text."""
        listed = self.store.list_reports(status, has_errors, search)
        # The settings are read once, and only if someone holds a claim, not once a report.
        cutoff = self._claim_cutoff() if any(s.claimed_by is not None for s in listed) else 0.0
        summaries = [self._live(s, cutoff) for s in listed]
        if claim == "mine":
            return [s for s in summaries if s.claimed_by == self.reviewer]
        if claim == "unclaimed":
            return [s for s in summaries if s.claimed_by is None]
        return summaries

    # -- team review: claims, progress, shared settings ------------------------------------------

    def settings(self) -> TeamSettings:
        return read_settings(self.store)

    def set_settings(self, settings: TeamSettings) -> None:
        write_settings(self.store, settings)

    def claim(self, report_id: int) -> Claim:
        """Claims the report for this reviewer (on opening it in the window); returns the claim that
        holds, which is another reviewer's while theirs is live: the report is then read-only here."""
        return self.store.claim(report_id, self.reviewer, self._idle_seconds())

    def release(self, report_id: int) -> bool:
        """Gives up this reviewer's claim; a lead (see TeamSettings.leads) releases anyone's."""
        held = self.store.claim_of(report_id)
        if held is None:
            return False
        if held.reviewer != self.reviewer and not self.settings().is_lead(self.reviewer):
            raise ReviewError(f"只有组长可以释放 {held.reviewer} 的审核占用")
        return self.store.release(report_id)

    def progress(self) -> list[ReviewerWork]:
        """Each reviewer's progress: reports edited, waiting for 复核, approved, and live claims."""
        cutoff = self._claim_cutoff()
        return [replace(w, claims=tuple(r for r, seen in zip(w.claims, w.claim_seen, strict=True) if seen >= cutoff),
                        claim_seen=tuple(seen for seen in w.claim_seen if seen >= cutoff))
                for w in self.store.work()]

    def _idle_seconds(self) -> float:
        return self.settings().claim_idle_minutes * 60

    def _claim_cutoff(self) -> float:
        """The unix time before which a claimant's last activity means the claim has lapsed."""
        return self.store.now() - self._idle_seconds()

    def _live(self, summary: ReportSummary, cutoff: float | None = None) -> ReportSummary:
        """The summary with a lapsed claim removed."""
        if summary.claimed_by is None:
            return summary
        if (summary.claim_seen or 0) < (self._claim_cutoff() if cutoff is None else cutoff):
            return replace(summary, claimed_by=None, claim_seen=None)
        return summary

    @staticmethod
    def problem_kinds() -> list[tuple[str, str]]:
        """(key, Chinese name) of every kind of problem with_problem() knows, for a filter list."""
        kinds = [(key, name) for key, (name, _) in PROBLEM_KINDS.items()]
        return kinds + [(d, f"已处理为“{DECISION_LABELS[d]}”") for d in ("source_error", "dismissed")]

    def with_problem(self, reports: Iterable[ReportSummary], problem: str) -> list[ReportSummary]:
        """The reports that have findings of a kind (app.record.finding_kinds.PROBLEM_KINDS: unplaced,
        cross_year …) or a decision of a kind (source_error: 原报告错误, dismissed: 不是错误).
        Findings are computed fresh, so this reads and checks each report (about 2 ms each)."""
        if problem in DECISION_LABELS:
            return [s for s in reports
                    if any(d.decision == problem for d in self.store.decisions(s.id).values())]
        if problem not in PROBLEM_KINDS:
            raise ReviewError(f"未知的问题类型：{problem}")
        rules = PROBLEM_KINDS[problem][1]
        return [s for s in reports if any(f.rule in rules for f in self.open(s.id).findings)]

    def batch_progress(self) -> tuple[int, int]:
        """(approved, all) reports in the store: the reviewer's progress through the batch (progress()
        is each reviewer's part in it)."""
        return self.store.count(APPROVED), self.store.count()

    # -- one report ----------------------------------------------------------------------------

    def open(self, report_id: int) -> ReportState:
        """The report now, with fresh findings (cross-year included); also refreshes its queue counts."""
        stored = self.store.load(report_id)
        findings, ids = self._checker.findings(stored.record, stored.provenance, stored.text, report_id)
        decisions = self.store.decisions(report_id)
        summary = self._live(stored.summary)
        counts = open_counts(findings, ids, decisions)
        if counts != (summary.errors, summary.warnings) and not self.store.read_only:
            # Counts stored at import lack checks that depend on other reports (last year's record).
            self.store.set_counts(report_id, *counts)
            summary = replace(summary, errors=counts[0], warnings=counts[1])
        holder = summary.claimed_by if summary.claimed_by != self.reviewer else None
        return ReportState(summary, stored.record, stored.machine, stored.provenance, stored.text, summary.kind,
                           findings, decisions, summary.status in DECIDED, ids, claimed_by=holder)

    def set_cells(self, report_id: int, changes: dict[str, Value], note: str = "",
                  expected: dict[str, Value] | None = None) -> ReportState:
        """Writes the reviewer's values (provenance how="edited") and one history entry per changed
        cell, the new queue counts and, for a new report, the move to in_review: one transaction.

        `expected` holds the values the reviewer saw (the window's, or undo's "after"): if another
        reviewer has changed one of them since, nothing is written and ConflictError carries the
        report as it is now."""
        with self._conflicts_shown(report_id), self._changing(report_id) as state:
            self._refuse_if_locked(state)
            if expected:
                self._refuse_if_changed(state, expected)
            values = _parse_values(state.record.tmpl, changes)
            origins = {k: _edited(state.provenance.get(k)) for k in values}
            record = replace(state.record, fields={**state.record.fields, **values})
            findings, ids = self._checker.findings(record, {**state.provenance, **origins}, state.text, report_id)
            if self.store.set_values(report_id, values, origins, self.reviewer, note):
                self._start_review(state)
                self.store.set_counts(report_id, *open_counts(findings, ids, state.decisions))
        return self.open(report_id)

    def apply_suggestion(self, report_id: int, finding: Finding,
                         expected: dict[str, Value] | None = None) -> ReportState:
        """Writes the values a finding suggests, as a reviewer edit noting the finding."""
        if not finding.suggestion:
            raise ReviewError("这条问题没有可采用的建议值")
        return self.set_cells(report_id, dict(finding.suggestion), note=f"采用建议：{finding.message}",
                              expected=expected)

    def apply_reading(self, report_id: int, finding: Finding, index: int,
                      expected: dict[str, Value] | None = None) -> ReportState:
        """Writes one of a finding's candidate readings (a row the table's arithmetic could not
        decide), as a reviewer edit noting which reading was chosen; `expected` as for set_cells."""
        if not 0 <= index < len(finding.alternatives):
            raise ReviewError("这条问题没有这种读法")
        return self.set_cells(report_id, dict(finding.alternatives[index]),
                              note=f"采用读法 {index + 1}：{finding.message}", expected=expected)

    def set_info(self, report_id: int, *, agency: str | None = None, year: int | None = None,
                 note: str = "") -> ReportState:
        """Corrects the agency and/or year (an argument left None is not changed), with history."""
        info: dict[str, object] = {}
        if agency is not None:
            if not agency.strip():
                raise ReviewError("机关名称不能为空")
            info["agency"] = agency.strip()
        if year is not None:
            if not 1990 <= int(year) <= 2100:
                raise ReviewError(f"年度不合理：{year}")
            info["year"] = int(year)
        with self._changing(report_id) as state:
            self._refuse_if_locked(state)
            if self.store.set_info(report_id, self.reviewer, note, **info):
                self._start_review(state)
        return self.open(report_id)

    def decide(self, report_id: int, finding_id: str, decision: str | None, note: str = "",
               expected: object = UNCHECKED) -> ReportState:
        """Records the reviewer's decision on a finding: fixed (已更正), source_error (原报告错误) or
        dismissed (不是错误); None withdraws it. Only findings the report has now can be decided, and
        only as decision_refusal() allows. `expected` (a decision name or None) is the decision the
        reviewer saw; another reviewer's newer one is never overwritten (ConflictError)."""
        seen = None if expected is UNCHECKED else {finding_id: expected}
        return self.decide_many(report_id, [finding_id], decision, note, expected=seen)

    def decide_many(self, report_id: int, finding_ids: Sequence[str], decision: str | None,
                    note: str = "", expected: Mapping[str, object] | None = None) -> ReportState:
        """One decision and note for several findings of a report, in one transaction: all are
        recorded or none (the first refusal names the finding). `expected` maps finding ids to the
        decision (name or None) the reviewer saw; if another reviewer has changed one since, nothing
        is written (ConflictError with the report as it is now)."""
        with self._conflicts_shown(report_id), self._changing(report_id) as state:
            self._refuse_if_locked(state)
            if expected:
                self._refuse_if_decided_meanwhile(state, expected)
            for finding_id in finding_ids:
                reason = self.decision_refusal(state, finding_id, decision, note)
                if reason is not None:
                    raise ReviewError(reason)
            self._write_decisions(state, {fid: (decision, note) for fid in finding_ids})
        return self.open(report_id)

    def restore_decisions(self, report_id: int, decisions: Mapping[str, tuple[str | None, str]],
                          expected: Mapping[str, object] | None = None) -> ReportState:
        """Puts back decisions exactly as they were (undo), without the rules for new decisions:
        what was recorded once may be recorded again. `expected` as for decide_many (undo's "after")."""
        with self._conflicts_shown(report_id), self._changing(report_id) as state:
            self._refuse_if_locked(state)
            if expected:
                self._refuse_if_decided_meanwhile(state, expected)
            unknown = [fid for fid, (decision, _) in decisions.items()
                       if decision is not None and fid not in state.finding_ids]
            if unknown:
                raise ReviewError("这条问题已不存在（数值可能已修改），请刷新后再处理")
            self._write_decisions(state, decisions)
        return self.open(report_id)

    def decision_refusal(self, state: ReportState, finding_id: str, decision: str | None,
                         note: str = "") -> str | None:
        """Why this decision cannot be recorded, or None; the window asks before it tries.

        已更正 says the reviewer corrected a cell, so one of the finding's cells must have been
        edited; 原报告错误 and 不是错误 keep numbers that fail a rule, and the note is what an
        auditor reads later, so it is required."""
        if decision is not None and decision not in DECISION_LABELS:
            return f"未知的处理结论：{decision}"
        if decision is None:
            return None
        finding = next((f for f, fid in zip(state.findings, state.finding_ids, strict=True) if fid == finding_id),
                       None)
        if finding is None:
            return "这条问题已不存在（数值可能已修改），请刷新后再处理"
        if decision in NOTE_REQUIRED and not note.strip():
            return (f"选择“{DECISION_LABELS[decision]}”时必须填写处理说明（写明理由，供日后核查）："
                    f"{finding.message}")
        if decision == "fixed" and not _corrected(state, finding):
            labels = "、".join(_cell_label(state.record.tmpl, key) for key in finding.cells[:3])
            more = " 等" if len(finding.cells) > 3 else ""
            return (f"“已更正”表示已改正了单元格，但这条问题涉及的单元格（{labels}{more}）都没有修改过。"
                    f"请先修改数值；如果原报告本身如此，请选择“原报告错误”；如果数值没有问题，请选择“不是错误”，并说明理由")
        return None

    def cells_to_correct(self, state: ReportState, finding_ids: Sequence[str]) -> list[str]:
        """The cells to offer for correction before 已更正 can be recorded for these findings: those
        named by each finding none of whose cells has been corrected yet, in order, each once. Empty
        when 已更正 needs no further edit (the window then records it straight away)."""
        keys: dict[str, None] = {}
        for finding, fid in zip(state.findings, state.finding_ids, strict=True):
            if fid in finding_ids and not _corrected(state, finding):
                keys.update(dict.fromkeys(finding.cells))
        return list(keys)

    def correct(self, report_id: int, finding_ids: Sequence[str], changes: dict[str, Value],
                note: str = "", expected: dict[str, Value] | None = None) -> ReportState:
        """已更正 with the correction itself: writes the reviewer's values for cells the findings
        name, then records 已更正 (with the note) for each finding the edit did not resolve, in one
        transaction: all of it or nothing. A finding the new values satisfy is gone, so there is
        nothing left to decide for it; one still without a corrected cell refuses the whole.
        `expected`: the values the reviewer saw, as for set_cells (ConflictError if another
        reviewer changed one meanwhile)."""
        with self._conflicts_shown(report_id), self._changing(report_id) as state:
            self._refuse_if_locked(state)
            findings = [f for f, fid in zip(state.findings, state.finding_ids, strict=True) if fid in finding_ids]
            if len(findings) != len(set(finding_ids)):
                raise ReviewError("这条问题已不存在（数值可能已修改），请刷新后再处理")
            named = {key for f in findings for key in f.cells}
            outside = [key for key in changes if key not in named]
            if outside:
                raise ReviewError(f"{_cell_label(state.record.tmpl, outside[0])} 不是这条问题涉及的单元格")
            if not changes:
                raise ReviewError("没有修改任何单元格")
            what = findings[0].message if len(findings) == 1 else f"{len(findings)} 条问题"
            edited = self.set_cells(report_id, changes, note=f"已更正：{what}", expected=expected)
            remaining = [fid for fid in finding_ids if fid in edited.finding_ids]
            for finding_id in remaining:
                reason = self.decision_refusal(edited, finding_id, "fixed", note)
                if reason is not None:
                    raise ReviewError(reason)
            self._write_decisions(edited, {fid: ("fixed", note) for fid in remaining})
        return self.open(report_id)

    def restore(self, report_id: int, values: dict[str, Value],
                decisions: Mapping[str, tuple[str | None, str]],
                expected: dict[str, Value] | None = None) -> ReportState:
        """Undoes correct(): the values, then the decisions as they were, in one transaction
        (`expected`: the corrected values, so an undo never overwrites another reviewer's newer one)."""
        with self._conflicts_shown(report_id), self._changing(report_id) as state:
            self._refuse_if_locked(state)
            self.set_cells(report_id, values, note="撤销", expected=expected)
            self.restore_decisions(report_id, decisions)
        return self.open(report_id)

    def _write_decisions(self, state: ReportState, decisions: Mapping[str, tuple[str | None, str]]) -> None:
        report_id = state.summary.id
        decided = set(state.decisions)
        changed = False
        for finding_id, (decision, note) in decisions.items():
            if decision is None and finding_id not in state.decisions:
                continue
            self.store.set_decision(report_id, finding_id, decision, self.reviewer, note)
            changed = True
            if decision is None:
                decided.discard(finding_id)
            else:
                decided.add(finding_id)
        if changed:
            self._start_review(state)
            self.store.set_counts(report_id, *open_counts(state.findings, state.finding_ids, decided))

    def approve(self, report_id: int, empty_confirmed: bool = False) -> ReportState:
        """Approves (已批准) a report whose every error finding has a decision; it is then locked.

        A report with empty cells is approved only with `empty_confirmed` (the reviewer saw how many
        and where); the confirmation is written into the approval's history entry. With four-eyes
        approval on, the first approval is the 初审 (recorded, status unchanged) and a second
        reviewer, who has not changed the report, approves it (复核); each confirms the empty cells."""
        with self._changing(report_id) as state:
            self._check_approvable(state)
            empty = self.empty_cells(state)
            if empty and not empty_confirmed:
                raise ReviewError(f"报告有空单元格（{_empty_text(empty)}），批准前需要确认这些单元格确实为空")
            note = f"审核人确认空单元格：{_empty_text(empty)}" if empty else ""
            self._approve_or_first_review(state, note)
        return self.open(report_id)

    def empty_cells(self, state: ReportState) -> dict[str, int]:
        """How many cells of each table are empty (for any reason), by table name (表二): what the
        reviewer confirms before approving."""
        counts: dict[str, int] = {}
        for table in state.record.tmpl.tables:
            empty = sum(1 for cell in table.cells if state.record.fields.get(cell.key) is None)
            if empty:
                counts[f"表{table.number}"] = empty
        return counts

    def duplicate_ids(self) -> set[int]:
        """Reports sharing agency and year with another report that is not sent back: the queue's mark."""
        return self.store.duplicate_ids(except_status=REJECTED)

    def keep_only(self, report_id: int) -> ReportState:
        """Keeps this report of its agency and year and sends the other copies back (已退回),
        naming the one kept; an approved copy must be reopened first, and a copy another reviewer
        has open is left to them (ClaimedError)."""
        with self._changing(report_id) as state:
            others = self._checker.other_copies(state.record.agency, state.record.year, report_id)
            if not others:
                raise ReviewError("这份报告没有重复导入的其他副本")
            approved = [o.source for o in others if o.status == APPROVED]
            if approved:
                raise ReviewError(f"重复的 {approved[0]} 已批准，请先重新打开它，或保留它而退回这一份")
            for other in others:
                self.store.lock_report(other.id)
                holder = self._live(other).claimed_by
                if holder is not None and holder != self.reviewer:
                    raise ClaimedError(f"重复的 {other.source} 由 {holder} 审核中，不能退回；"
                                       "请等对方完成，或请组长释放占用")
            for other in others:
                self.store.set_status(other.id, REJECTED, self.reviewer,
                                      f"与 {state.summary.source} 重复，保留后者")
        return self.open(report_id)

    def _approve_or_first_review(self, state: ReportState, note: str = "", four_eyes: bool | None = None) -> bool:
        """True if the report is now approved, False if this was its 初审."""
        report_id = state.summary.id
        if self.settings().four_eyes if four_eyes is None else four_eyes:
            first = state.summary.first_reviewer
            if first is None:
                self._start_review(state)  # before: a status change clears any 初审
                first_note = "；".join(part for part in ("初审通过，待复核", note) if part)
                self.store.set_first_reviewer(report_id, self.reviewer, self.reviewer, first_note)
                return False
            if first == self.reviewer:
                raise ReviewError("您已完成此报告的初审，须由另一位审核人复核批准（四眼原则）")
            if self.reviewer in self.store.editors(report_id):
                raise ReviewError("您修改过此报告，须由没有修改过它的另一位审核人复核批准（四眼原则）")
        self.store.set_status(report_id, APPROVED, self.reviewer, note)
        return True

    def reject(self, report_id: int, reason: str) -> ReportState:
        """Sends a report back (已退回) with the reason, which is required."""
        if not reason or not reason.strip():
            raise ReviewError("退回报告必须填写原因")
        with self._changing(report_id) as state:
            if state.summary.status in DECIDED:
                raise ReviewError(f"报告已{status_label(state.summary.status)}，请先重新打开审核")
            self.store.set_status(report_id, REJECTED, self.reviewer, reason.strip())
        return self.open(report_id)

    def reopen(self, report_id: int, note: str = "") -> ReportState:
        """Takes an approved or rejected report back to in_review (审核中) so it can be changed."""
        with self._changing(report_id) as state:
            if state.summary.status not in DECIDED:
                raise ReviewError(f"报告处于“{state.summary.status_label}”状态，无需重新打开")
            self.store.set_status(report_id, IN_REVIEW, self.reviewer, note)
        return self.open(report_id)

    def approve_clean(self) -> int:
        """Approves every new/in_review report without an open error (checked fresh, cross-year
        included, decisions counted), with agency and year known and not open by another reviewer;
        returns how many. With four-eyes approval on, a report without 初审 gets its 初审 instead,
        and one this reviewer first-reviewed or edited is left for another."""
        approved = 0
        four_eyes = self.settings().four_eyes
        candidates = [s.id for s in self.store.list_reports(OPEN, has_errors=False)]
        for start in range(0, len(candidates), BATCH_SIZE):
            with self.store.transaction():
                for report_id in candidates[start:start + BATCH_SIZE]:
                    self.store.lock_report(report_id)
                    state = self.open(report_id)
                    if self._approvable(state) is not None or state.claimed_by is not None:
                        continue
                    empty = self.empty_cells(state)
                    note = "批量批准：没有未处理的错误" + (f"；空单元格：{_empty_text(empty)}" if empty else "")
                    try:
                        approved += self._approve_or_first_review(state, note, four_eyes)
                    except ReviewError:
                        continue  # four-eyes: this one is for another reviewer
        return approved

    def history(self, report_id: int, key: str | None = None) -> list[HistoryEntry]:
        """What happened to the report, oldest first; with `key`, only that cell (or finding id)."""
        return self.store.history(report_id, key)

    # -- rules -----------------------------------------------------------------------------------

    @contextmanager
    def _changing(self, report_id: int) -> Iterator[ReportState]:
        """The report's state read inside the transaction that changes it, with the report locked:
        no other window or reviewer can write between the check (locked? open errors? changed
        meanwhile? claimed?) and the change. The reviewer's own claim counts as activity."""
        with self.store.transaction():
            self.store.lock_report(report_id)
            state = self.open(report_id)
            if state.claimed_by is not None:
                raise ClaimedError(f"报告由 {state.claimed_by} 审核中，您只能查看；"
                                   "如需修改，请等对方完成，或请组长释放占用")
            if state.summary.claimed_by == self.reviewer:
                self.store.claim(report_id, self.reviewer, self._idle_seconds())
            yield state

    @contextmanager
    def _conflicts_shown(self, report_id: int) -> Iterator[None]:
        """A ConflictError leaves with the report as it is now (after the refused transaction)."""
        try:
            yield
        except ConflictError as e:
            e.state = self.open(report_id)
            raise

    def _refuse_if_changed(self, state: ReportState, expected: dict[str, Value]) -> None:
        for key, seen in expected.items():
            now = state.record.fields.get(key)
            if _same_value(now, seen):
                continue
            cell = state.record.tmpl.cell_by_key.get(key)
            label = cell.label if cell else key
            last = next((e for e in reversed(self.store.history(state.summary.id, key)) if e.action == "edit"), None)
            who = f"{last.reviewer} " if last and last.reviewer != self.reviewer else "另一窗口"
            shown = "空" if now is None else now
            raise ConflictError(f"“{label}”已被{who}改为 {shown}，您的修改没有保存；窗口已显示最新数值，"
                                "如仍需修改请重新输入")

    def _refuse_if_decided_meanwhile(self, state: ReportState, expected: Mapping[str, object]) -> None:
        for finding_id, seen in expected.items():
            current = state.decisions.get(finding_id)
            if (current.decision if current else None) != seen:
                who = f"{current.reviewer} " if current else ""
                raise ConflictError(f"这条问题的处理结论已被{who}改为“{current.label if current else '未处理'}”，"
                                    "您的操作没有保存；窗口已显示最新结论")

    def _refuse_if_locked(self, state: ReportState) -> None:
        if state.locked:
            raise ReviewError(f"报告已{status_label(state.summary.status)}，已锁定；如需修改请先重新打开审核")

    def _start_review(self, state: ReportState) -> None:
        if state.summary.status == NEW:
            self.store.set_status(state.summary.id, IN_REVIEW, self.reviewer, "开始审核")

    def _approvable(self, state: ReportState) -> str | None:
        """Why the report cannot be approved now, or None."""
        if state.summary.status == APPROVED:
            return "报告已批准"
        if state.summary.status == REJECTED:
            return "报告已退回，请先重新打开审核"
        open_errors = state.open_errors
        if open_errors:
            listed = "；".join(f.message for f in open_errors[:3])
            more = "……" if len(open_errors) > 3 else ""
            return f"还有 {len(open_errors)} 个错误未处理，不能批准：{listed}{more}"
        if not state.record.agency or state.record.year is None:
            return "缺少机关名称或年度，不能批准（请先补全）"
        return None

    def _check_approvable(self, state: ReportState) -> None:
        reason = self._approvable(state)
        if reason is not None:
            raise ReviewError(reason)


def _empty_text(counts: dict[str, int]) -> str:
    """`表二 3 格、表三 5 格，共 8 格`"""
    listed = "、".join(f"{table} {count} 格" for table, count in counts.items())
    return f"{listed}，共 {sum(counts.values())} 格"


def _corrected(state: ReportState, finding: Finding) -> bool:
    """A cell the finding names was edited by a reviewer and now differs from what was extracted
    (an edit taken back, by undo or by typing the old number again, corrects nothing). A finding
    naming no cell needs no edit."""
    if not finding.cells:
        return True
    return any((origin := state.provenance.get(key)) is not None and origin.how == "edited"
               and state.record.fields.get(key) != state.machine.get(key) for key in finding.cells)


def _cell_label(template: Template, key: str) -> str:
    cell = template.cell_by_key.get(key)
    return cell.label if cell else key


def _parse_values(template: Template, changes: dict[str, Value]) -> dict[str, Value]:
    """The reviewer's values checked against the template: known keys, values the cells may hold."""
    values: dict[str, Value] = {}
    for key, raw in changes.items():
        cell = template.cell_by_key.get(key)
        if cell is None:
            raise ReviewError(f"模板 {template.version} 没有单元格 {key}")
        try:
            values[key] = check_value(cell, raw)
        except CellValueError as e:
            raise ReviewError(f"{cell.label}：{e}") from e
    return values


def _same_value(a: object, b: object) -> bool:
    """3 and 3.0 are the same number; None is not 0."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return normalise_value(a) == normalise_value(b)
    except ValueError:
        return a == b


def _edited(origin: Origin | None) -> Origin:
    """The provenance of a reviewer's value: still pointing at the source number, if there was one."""
    if origin is None:
        return Origin(0, 0, "", how="edited")
    return replace(origin, how="edited")
