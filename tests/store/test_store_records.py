from __future__ import annotations

import pytest

from app.record import Origin
from app.store import Store, StoreError
from tests.review.fakes import report_input


def test_a_report_reads_back_exactly_as_written(store: Store, gold) -> None:
    given = report_input(gold[0])
    report_id = store.add_report(given, "甲")
    stored = store.load(report_id)
    assert stored.record.to_json() == given.record.to_json()
    assert stored.machine == given.record.fields
    assert stored.provenance == given.origins()
    assert stored.text == given.text
    assert store.source_bytes(report_id) == given.data
    s = stored.summary
    assert (s.source, s.agency, s.year, s.status, s.version) == (given.file_name, gold[0].agency, gold[0].year,
                                                                 "new", 1)


def test_values_keep_their_types(store: Store, gold) -> None:
    record = gold[1]
    record.fields["active.fees.amount_10k_yuan"] = 12.5
    stored = store.load(store.add_report(report_input(record), "甲")).record.fields
    assert stored["active.fees.amount_10k_yuan"] == 12.5
    assert all(type(v) is int for k, v in stored.items() if k != "active.fees.amount_10k_yuan")


def test_changing_values_writes_one_history_entry_per_changed_cell(store: Store, gold) -> None:
    report_id = store.add_report(report_input(gold[1]), "甲")
    key = "requests.new_received.total"
    old = gold[1].fields[key]
    edited = Origin(0, 1, "x", how="edited")
    changed = store.set_values(report_id, {key: old + 1, "requests.granted.total": gold[1].fields[
        "requests.granted.total"]}, {key: edited}, "乙", "核对原文")
    assert changed == [key]
    [entry] = store.history(report_id, key)
    assert (entry.action, entry.old, entry.new, entry.reviewer, entry.note) == ("edit", old, old + 1, "乙", "核对原文")
    stored = store.load(report_id)
    assert stored.record.fields[key] == old + 1
    assert stored.machine[key] == old
    assert stored.provenance[key].how == "edited"
    assert store.edited_keys(report_id) == {key}


def test_status_changes_record_who_decided_and_reopen_clears_it(store: Store, gold) -> None:
    report_id = store.add_report(report_input(gold[1]), "甲")
    store.set_status(report_id, "approved", "乙")
    s = store.summary(report_id)
    assert (s.status, s.decided_by) == ("approved", "乙") and s.decided_at
    store.set_status(report_id, "in_review", "丙", "发现问题")
    s = store.summary(report_id)
    assert (s.status, s.decided_by, s.decided_at) == ("in_review", None, None)
    statuses = [(e.old, e.new, e.reviewer) for e in store.history(report_id) if e.action == "status"]
    assert statuses == [("new", "approved", "乙"), ("approved", "in_review", "丙")]


def test_decisions_are_stored_replaced_and_withdrawn_with_history(store: Store, gold) -> None:
    report_id = store.add_report(report_input(gold[1]), "甲")
    store.set_decision(report_id, "row_total@a", "source_error", "乙", "原报告合计印错")
    store.set_decision(report_id, "row_total@a", "dismissed", "丙")
    assert store.decisions(report_id)["row_total@a"].decision == "dismissed"
    store.set_decision(report_id, "row_total@a", None, "丙")
    assert store.decisions(report_id) == {}
    entries = [(e.old, e.new) for e in store.history(report_id, "row_total@a")]
    assert entries == [(None, "source_error"), ("source_error", "dismissed"), ("dismissed", None)]


def test_history_cannot_be_changed_or_deleted(store: Store, gold) -> None:
    store.add_report(report_input(gold[1]), "甲")
    for statement in ("UPDATE history SET reviewer = 'x'", "DELETE FROM history"):
        with pytest.raises(StoreError, match="append-only"), store.transaction():
            store._execute(statement)  # what any other program connected to the database would try


def test_a_failed_transaction_leaves_nothing_behind(store: Store, gold) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.add_report(report_input(gold[0]), "甲")
        raise RuntimeError("power cut")
    assert store.count() == 0


def test_a_failed_nested_step_is_undone_alone(store: Store, gold) -> None:
    with store.transaction():
        first = store.add_report(report_input(gold[0]), "甲")
        with pytest.raises(StoreError):
            store.set_decision(999, "x", "fixed", "甲")  # no such report: only this step is undone
    assert store.count() == 1 and store.summary(first).source == gold[0].source


def test_queue_filters_by_status_errors_and_search(store: Store, gold) -> None:
    ids = [store.add_report(report_input(r), "甲") for r in gold]
    store.set_counts(ids[0], 2, 0)
    store.set_status(ids[1], "approved", "乙")
    assert [s.id for s in store.list_reports(has_errors=True)] == [ids[0]]
    assert [s.id for s in store.list_reports("approved")] == [ids[1]]
    assert len(store.list_reports(("new", "in_review"))) == len(gold) - 1
    assert [s.agency for s in store.list_reports(search="庆元")] == ["庆元县"]
    assert [s.year for s in store.list_reports(search="2024")] == [2024]
    assert store.list_reports(search="100%") == []  # LIKE wildcards are taken literally


def test_previous_year_record_prefers_the_approved_one(store: Store, gold) -> None:
    record = gold[1]
    store.add_report(report_input(record, name="a.txt", text="a"), "甲")
    approved = store.add_report(report_input(record, name="b.txt", text="b"), "甲")
    store.set_status(approved, "approved", "乙")
    found = store.record_of(record.agency, record.year)
    assert found is not None and found.source == "b.txt"
    assert store.record_of(record.agency, record.year - 1) is None


@pytest.mark.parametrize("damage", ["fields = '{\"requests.total'", "provenance = '[1, 2]'", "machine = 'null x'"])
def test_a_damaged_stored_record_is_reported_as_such_and_the_others_open(db_target: str, gold,
                                                                         damage: str) -> None:
    with Store(db_target) as s:
        ids = [s.add_report(report_input(r), "甲") for r in gold[:3]]
        for report_id in ids:
            s.set_status(report_id, "approved", "乙")
        with s.transaction():  # as another program, or a damaged disk, might leave it
            s._execute(f"UPDATE records SET {damage} WHERE report_id = ?", (ids[1],))
    with Store(db_target) as s:
        with pytest.raises(StoreError, match=f"“{gold[1].source}”.*已损坏"):
            s.load(ids[1])
        assert s.load(ids[0]).record.fields == gold[0].fields
        assert s.load(ids[2]).record.fields == gold[2].fields
        if damage.startswith("fields"):
            with pytest.raises(StoreError, match="已损坏"):
                s.approved()


def test_reports_of_one_agency_and_year_are_duplicates_unless_sent_back_or_without_either(store: Store, gold) -> None:
    from dataclasses import replace

    record = gold[1]

    def add(name: str, **changes) -> int:
        return store.add_report(report_input(replace(record, **changes), name=name, text=name), "甲")

    first, second = add("a.htm"), add("a.docx")
    other_year = add("b.htm", year=(record.year or 2000) + 1)
    sent_back = add("c.htm")
    store.set_status(sent_back, "rejected", "甲", "重复")
    no_agency = [add("d.htm", agency=None), add("e.htm", agency=None)]
    no_year = [add("f.htm", year=None), add("g.htm", year=None)]
    assert store.duplicate_ids(except_status="rejected") == {first, second}
    assert {other_year, sent_back, *no_agency, *no_year}.isdisjoint(store.duplicate_ids(except_status="rejected"))
