"""The narrative cross-check on prose written the way agencies write it.

Paragraphs modelled on real 年报 are put into seed 001 (庆元县 2022, gold known: 新收 64, 上年结转 0,
予以公开 38, 部分公开 11, 不予公开 2, 无法提供 8, 不予处理 1, 其他处理 0, 办结 60, 结转 4, 行政复议 2,
行政诉讼 0, 行政事业性收费 3967 万元, 制发行政规范性文件 32) or into the synthetic report of
``tests/locate/variants.py`` (上年结转 3, 结转下年度 4), the whole file is extracted with
``extract_bytes`` and ``validate_record(record, provenance, text=…)`` is asked for narrative
findings. Agreement (or prose about something the tables do not hold) must be silent; a clear
disagreement must be one warning that quotes the sentence and names the cell.
"""

from __future__ import annotations

import pytest

from app.extract import extract_bytes
from app.validation import validate_record
from tests.locate.variants import SYN, SYN_FIELDS

from .helpers import load_gold, seed_text

SEED = seed_text("001")
GOLD = load_gold("001")

# The seed's own sentence on requests (section 一 (二)) and its section 六 sentence.
SEED_REQUESTS = ("全年共办理60件政府信息公开申请,予以公开及部分公开49件,占81.67%;不予公开2件,占3.33%;"
                 "无法提供8件,占13.33%;引起行政复议2件。")
SEED_SIX = "庆元县本年度无收取政府信息公开信息处理费的情况,无其他需要报告的情况。"
SYN_ONE = "2022年，庆元县财政局认真贯彻落实政务公开工作要点，全年主动公开政府信息356条。"


def _seed(requests: str | None = None, six: str | None = None) -> str:
    text = SEED
    if requests is not None:
        assert SEED_REQUESTS in text
        text = text.replace(SEED_REQUESTS, requests)
    if six is not None:
        assert SEED_SIX in text
        text = text.replace(SEED_SIX, six)
    return text


def _narrative(text: str, want_fields: dict | None = None, name: str = "001_ee78f7d13cc05699.txt"):
    """Narrative findings of the extracted text; the tables must still read as the gold says."""
    result = extract_bytes(name, text.encode("utf-8"))
    want = GOLD.fields if want_fields is None else want_fields
    wrong = {k: (result.record.fields.get(k), v) for k, v in want.items() if result.record.fields.get(k) != v}
    assert wrong == {}, "the inserted prose disturbed the tables"
    findings = validate_record(result.record, result.provenance, text=result.document.text)
    return [f for f in findings if f.rule == "narrative"]


def _one_warning(findings, cell: str, quoted: str):
    assert len(findings) == 1, [f.message for f in findings]
    (f,) = findings
    assert f.severity == "warning"
    assert cell in f.cells, f.cells
    assert quoted in f.message and quoted in f.numbers["sentence"], f.message
    return f


# ------------------------------------------------------------------------------------------------
# Silent: prose that agrees, or states figures the tables do not hold.

FULL_PARAGRAPH = (
    "2022年，县政府办公室共新收政府信息公开申请64件，其中自然人申请61件，商业企业申请3件。"
    "全年办结政府信息公开申请60件，其中予以公开38件、部分公开11件、不予公开2件、无法提供8件、"
    "不予处理1件、其他处理0件；结转下年度继续办理4件。")

SILENT = [
    pytest.param(_seed(FULL_PARAGRAPH), id="standard-paragraph-all-agreeing"),
    pytest.param(_seed("全年共受理政府信息公开申请64件，其中自然人61件、法人或其他组织3件；上年结转0件；"
                       "办结60件，结转下年度4件。"), id="受理-with-上年结转-and-结转下年度"),
    pytest.param(_seed("全年共收到政府信息公开申请64件，比2021年增加14件，增长28%，2021年为50件。"
                       "予以公开38件，占59.38%；部分公开11件，占17.19%。"),
                 id="previous-year-figure-and-percentages"),
    pytest.param(_seed("近三年申请量持续上升：2020年收到政府信息公开申请32件，2021年收到政府信息公开申请50件。"),
                 id="sentence-naming-only-earlier-years"),
    pytest.param(_seed("全县各乡镇、各部门共收到政府信息公开申请356件，办结352件。"),
                 id="各乡镇各部门-aggregate"),
    pytest.param(_seed("全年共收到政府信息公开申请64件。其中，县自然资源和规划局收到政府信息公开申请30件，"
                       "县住房和城乡建设局收到政府信息公开申请12件。"),
                 id="departments-shares-after-the-total"),
    pytest.param(_seed("全年不予公开两件，无法提供八件，因政府信息公开申请引起行政复议两件。"),
                 id="chinese-numerals-agreeing"),
    pytest.param(_seed("因政府信息公开被申请行政复议2起，被提起行政诉讼0起。"), id="复议2起-诉讼0起"),
    pytest.param(_seed("本年度无因政府信息公开引起的行政诉讼案件。"), id="无-行政诉讼-and-table-0"),
    pytest.param(_seed("全年主动公开政府信息3567件，通过政务新媒体公开政府信息1273件，发布政策解读87件。"),
                 id="主动公开-in-件-is-no-cell"),
    pytest.param(_seed("全年制发行政规范性文件32件，废止1件，现行有效397件。"), id="规范性文件-agreeing"),
    pytest.param(_seed(six="本机关2022年度发出收费通知0件，收费金额0元，实际收取总金额0元。"),
                 id="section-six-收费通知-0元"),
    pytest.param(_seed(six="本年度未收取信息处理费。全年行政事业性收费3967万元。"),
                 id="section-six-处理费-and-agreeing-fees"),
]


@pytest.mark.parametrize("text", SILENT)
def test_prose_that_agrees_or_speaks_of_other_things_is_silent(text):
    assert [f.message for f in _narrative(text)] == []


def test_上年结转_and_结转下年度_agreeing_in_a_synthetic_report():
    text = SYN.replace(SYN_ONE, SYN_ONE + "\n本年度新收政府信息公开申请1468件，上年结转政府信息公开申请3件，"
                       "共办结1467件，结转下年度继续办理4件。")
    assert [f.message for f in _narrative(text, SYN_FIELDS, "report.txt")] == []


# ------------------------------------------------------------------------------------------------
# Warned: a clear disagreement, one warning naming the sentence and the cell.

def test_one_wrong_figure_in_the_standard_paragraph():
    text = _seed(FULL_PARAGRAPH.replace("不予处理1件", "不予处理2件"))
    _one_warning(_narrative(text), "requests.not_processed.complaints.total", "不予处理2件")


def test_partially_granted_in_chinese_numerals_disagreeing():
    text = _seed(FULL_PARAGRAPH.replace("部分公开11件", "部分公开十二件"))
    _one_warning(_narrative(text), "requests.partially_granted.total", "部分公开十二件")


def test_new_received_disagreeing_in_a_sentence_that_also_gives_上年结转():
    text = _seed("本年度新收政府信息公开申请65件，上年结转0件，办结60件，结转下年度继续办理4件。")
    _one_warning(_narrative(text), "requests.new_received.total", "新收政府信息公开申请65件")


def test_carried_over_disagreeing():
    text = SYN.replace(SYN_ONE, SYN_ONE + "\n本年度新收政府信息公开申请1468件，上年结转政府信息公开申请5件。")
    _one_warning(_narrative(text, SYN_FIELDS, "report.txt"), "requests.carried_over.total", "上年结转政府信息公开申请5件")


def test_carried_forward_disagreeing():
    text = _seed("全年共办结政府信息公开申请60件，结转下年度继续办理6件。")
    _one_warning(_narrative(text), "requests.carried_forward.total", "结转下年度继续办理6件")


def test_none_of_review_and_litigation_while_the_table_has_two_reviews():
    text = _seed("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。")
    _one_warning(_narrative(text), "appeals.review.total", "未发生因政府信息公开引起的行政复议")


def test_litigation_disagreeing_in_起():
    text = _seed("因政府信息公开被申请行政复议2起，被提起行政诉讼1起。")
    f = _one_warning(_narrative(text), "appeals.litigation_direct.total", "行政诉讼1起")
    assert "appeals.review.total" not in f.cells


def test_normative_documents_issued_disagreeing():
    text = _seed("全年制发行政规范性文件35件，废止1件。")
    _one_warning(_narrative(text), "active.normative_docs.issued", "制发行政规范性文件35件")


def test_fees_in_section_six_disagreeing():
    text = _seed(six="本年度未收取信息处理费。全年行政事业性收费3000万元。")
    _one_warning(_narrative(text), "active.fees.amount_10k_yuan", "行政事业性收费3000万元")
