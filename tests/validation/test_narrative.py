"""The report's own prose against its tables: agreement is silent, disagreement is a warning."""

from __future__ import annotations

import pytest

from app.template import get_template
from app.validation import validate_record
from app.validation.prose import prose_spans
from app.validation.statements import find_statements

from .helpers import by_rule, changed, seed_text

TABLES = "\n二、主动公开政府信息情况\n（表）\n三、收到和处理政府信息公开申请情况\n（表）\n五、存在的主要问题及改进情况\n"


def _report(before: str, after: str = "") -> str:
    """A report whose prose is `before` the tables and `after` them (section 五)."""
    return f"一、总体情况\n{before}{TABLES}{after}"


def _narrative(record, text: str):
    return by_rule(validate_record(record, text=text), "narrative")


def test_the_seed_sentences_are_read_and_agree(gold_001):
    statements = {(s.claim, s.value) for s in find_statements(seed_text("001"), get_template("2021"))}
    assert statements == {("handled", 60), ("granted_or_partial", 49), ("denied", 2), ("unavailable", 8),
                          ("review", 2)}
    assert _narrative(gold_001, seed_text("001")) == []


@pytest.mark.parametrize(("old", "new", "cells"), [
    ("不予公开2件", "不予公开3件", 8),
    ("无法提供8件", "无法提供九件", 3),
    ("引起行政复议2件", "引起行政复议1件", 1),
    ("予以公开及部分公开49件", "予以公开及部分公开50件", 2),
])
def test_a_changed_figure_in_the_seed_is_warned_naming_sentence_and_cells(gold_001, old, new, cells):
    text = seed_text("001").replace(old, new)
    (finding,) = _narrative(gold_001, text)
    assert finding.severity == "warning" and len(finding.cells) == cells
    assert new in finding.message and finding.message.startswith("正文与表格不一致：“")
    assert finding.numbers["sentence"].startswith("全年共办理60件")


def test_the_message_names_the_figure_and_the_table_cells(gold_001):
    (finding,) = _narrative(gold_001, seed_text("001").replace("不予公开2件", "不予公开3件"))
    assert "中不予公开为 3 件，而表格中 三(三)1（总计）至三(三)8（总计）之和为 2 件" in finding.message
    assert finding.cells[0] == "requests.denied.state_secret.total"


def test_handled_may_mean_concluded_or_on_hand_but_not_anything_else(gold_001):
    # 办理 64: the 64 new requests (none carried over) were all handled — agrees with 一+二.
    assert _narrative(gold_001, seed_text("001").replace("办理60件", "办理64件")) == []
    (finding,) = _narrative(gold_001, seed_text("001").replace("办理60件", "办理61件"))
    assert finding.cells == ("requests.total_processed.total",)
    assert "三(七)（总计）为 60 件，一（总计） + 二（总计）为 64 件" in finding.message


def test_concluded_means_the_outcome_total(gold_001):
    (finding,) = _narrative(gold_001, _report("本年度共收到政府信息公开申请64件，办结政府信息公开申请64件。"))
    assert finding.numbers["text"] == 64 and finding.numbers["table"] == 60


@pytest.mark.parametrize("sentence", [
    "2022年共新收政府信息公开申请六十四件。",
    "全年收到６４件政府信息公开申请。",
    "予以公开38件，部分公开十一件，不予处理一件。",
    "因政府信息公开申请引起行政复议两起、行政诉讼0起。",
    "全年行政事业性收费3967万元。",
    "全年行政事业性收费39670000元。",
    "全年行政事业性收费金额为3967.2万元。",  # the table kept whole 万元
])
def test_agreeing_sentences_are_silent(gold_001, sentence):
    assert find_statements(_report(sentence), get_template("2021")) != []
    assert _narrative(gold_001, _report(sentence)) == []


@pytest.mark.parametrize(("sentence", "cell"), [
    ("2022年共新收政府信息公开申请六十五件。", "requests.new_received.total"),
    ("予以公开40件。", "requests.granted.total"),
    ("部分公开十二件。", "requests.partially_granted.total"),
    ("依申请公开工作中不予处理2件。", "requests.not_processed.complaints.total"),
    ("因政府信息公开引起行政诉讼1起。", "appeals.litigation_direct.total"),
    ("全年行政事业性收费3000万元。", "active.fees.amount_10k_yuan"),
    ("全年共收取行政事业性收费费用12000元。", "active.fees.amount_10k_yuan"),
])
def test_disagreeing_sentences_warn_on_the_cells(gold_001, sentence, cell):
    (finding,) = _narrative(gold_001, _report(sentence))
    assert cell in finding.cells and sentence.rstrip("。") in finding.message


def test_none_received_means_zero_new_requests(gold_001):
    blank = changed(gold_001, {"requests.new_received.total": None})
    assert _narrative(blank, _report("2022年未收到依申请公开申请。")) == []
    (finding,) = _narrative(gold_001, _report("2022年未收到依申请公开申请。"))
    assert finding.numbers == {"text": 0, "table": 64, "sentence": "2022年未收到依申请公开申请"}


def test_none_of_appeals_contradicts_a_table_with_appeals(gold_001):
    (finding,) = _narrative(gold_001, _report("本年度无因政府信息公开引起的行政复议。"))
    assert finding.cells == ("appeals.review.total",)


@pytest.mark.parametrize("sentence", [
    "本年度收取政府信息公开处理费200元。",  # the disclosure fee, not 行政事业性收费
    "本年度未发生行政复议被纠错的情况。",
    "各部门共收到政府信息公开申请300件。",  # other bodies
    "全年收到政府信息公开申请50件，较上年增加。",  # may compare with last year
    "其中自然人予以公开37件，企业予以公开1件。",  # one kind of applicant
    "全年处理市长热线投诉件71件，均按时办结。",  # not disclosure requests
    "办理人大代表建议和政协提案194件。",
    "本年度共受理政府信息公开申请15件。",  # 受理 may include last year's: ambiguous
    "行政复议和行政诉讼共5件。",
    "无行政复议纠错案件。",
])
def test_ambiguous_or_unrelated_sentences_are_not_compared(gold_001, sentence):
    assert _narrative(gold_001, _report(sentence)) == []


def test_one_agreeing_statement_silences_others_on_the_same_figure(gold_001):
    text = _report("县政府办公室收到政府信息公开申请10件。全年共收到政府信息公开申请64件。")
    assert _narrative(gold_001, text) == []


def test_figures_in_the_tables_are_not_prose(gold_001):
    text = _report("总体平稳。").replace("（表）", "予以公开99件", 1)
    assert _narrative(gold_001, text) == []


def test_sections_five_and_six_are_prose(gold_001):
    (finding,) = _narrative(gold_001, _report("总体平稳。", "六、其他需要报告的事项\n本年度予以公开40件。"))
    assert finding.cells == ("requests.granted.total",)


@pytest.mark.parametrize(("heading_two", "heading_three"), [
    ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"),
    ("2、主动公开政府信息情况", "3、 收到和处理政府信息公开申请情况"),
    ("（二）主动公开政府信息情况", "（三）收到和处理政府信息公开申请情况"),
    ("主动公开政府信息情况", "收到和处理政府信息公开申请情况"),  # Word numbering lost
])
def test_table_headings_are_found_however_numbered(heading_two, heading_three):
    text = f"一、总体情况\n（一）主动公开政府信息情况。全年主动公开。\n{heading_two}\n表\n{heading_three}\n表\n"
    (prose,) = prose_spans(text, get_template("2021"))
    assert text[prose[1]:].startswith(heading_two)


def test_without_any_table_heading_nothing_is_compared(gold_001):
    assert _narrative(gold_001, "全年共收到政府信息公开申请65件。") == []
