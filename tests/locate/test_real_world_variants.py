"""Reports as agencies really publish them: titles, headings, table furniture, copy artefacts.

Each variant is made from seed 001 (gold record known) or from a synthetic report built from the
template in which every row of table 三 holds different numbers, so a number that lands in the
wrong row or column shows. The whole pipeline runs (`extract_bytes`). Where a variant is
unambiguous the record must be exact; where it is genuinely ambiguous a cell may instead stay
empty *and* be flagged (provenance `unplaced` or an error finding naming it) — never a confident
wrong number.
"""

from __future__ import annotations

import io
import re

import pytest

from .variants import (
    APPEALS,
    COLS,
    HEADING_3,
    HEADING_4,
    HEADING_5,
    REQUESTS,
    SEED,
    SEED_GOLD,
    SYN,
    SYN_FIELDS,
    confident_wrong,
    extract_text,
    report_2019,
    row_values,
    table4_value_line,
    wrong_cells,
)

SEED_TITLE = "2022年庆元县政府信息公开工作年度报告"


def _sub(text: str, old: str, new: str, count: int = -1) -> str:
    assert old in text, f"variant construction: {old!r} not in text"
    return text.replace(old, new, count)


def _subs(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        text = _sub(text, old, new)
    return text


def _shift_year(text: str) -> str:
    """The same report one year later (2022 → 2023, 2023 → 2024)."""
    return text.replace("2023", "2024").replace("2022", "2023")


# ================================================================================================
# Metadata: titles as published, year and agency from the lines around the title.

METADATA_VARIANTS = [
    pytest.param(
        lambda t: _sub(t, SEED_TITLE, "庆元县人民政府办公室关于2022年度政府信息公开工作年度报告的公告", 1),
        "庆元县人民政府办公室", 2022, id="title-announcement-关于…的公告"),
    pytest.param(
        lambda t: _sub(_shift_year(t), "2023年庆元县政府信息公开工作年度报告",
                       "庆元县财政局2023年政府信息公开工作年度报告（全文）", 1),
        "庆元县财政局", 2023, id="title-with-（全文）-year-2023"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE + "\n",
                       "当前位置：首页 > 政务公开 > 政府信息公开年报\n"
                       "索引号：11331126002612338X/2023-00021\n"
                       "发布机构：庆元县财政局\n"
                       "生成日期：2023-01-16\n"
                       "公开方式：主动公开\n"
                       "庆元县财政局2022年度政府信息公开工作年度报告\n"
                       "【字体：大 中 小】 打印 关闭\n", 1),
        "庆元县财政局", 2022, id="breadcrumb-索引号-发布日期-before-title"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE, "庆元县财政局\n2022年度政府信息公开工作年度报告", 1),
        "庆元县财政局", 2022, id="title-two-lines-after-agency"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE, "庆元县财政局2022年度政府信息\n公开工作年度报告", 1),
        "庆元县财政局", 2022, id="title-two-lines-mid-phrase"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE, "庆元县政府信息公开工作年度报告", 1),
        "庆元县", 2022, id="year-not-in-title-only-统计期限-and-body"),
    pytest.param(
        lambda t: _subs(t, (SEED_TITLE, "庆元县政府信息公开工作年度报告"),
                        ("2022年庆元县认真贯彻", "今年庆元县认真贯彻"),
                        ("全方位公开2022年县政府", "全方位公开县政府"),
                        ("2022年度无因政务公开", "本年度无因政务公开"),
                        ("2023年庆元县将不断", "明年庆元县将不断")),
        "庆元县", 2022, id="year-only-in-统计期限-publication-date-2023"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE + "\n", "发布机构：庆元县市场监督管理局\n2022年度政府信息公开工作年度报告\n", 1),
        "庆元县市场监督管理局", 2022, id="agency-only-in-发布机构"),
    pytest.param(
        lambda t: _sub(t, SEED_TITLE, "庆元县财政局2022年政府信息公开工作年度报告_庆元县人民政府门户网站", 1),
        "庆元县财政局", 2022, id="title-with-site-suffix"),
]


@pytest.mark.parametrize(("mangle", "agency", "year"), METADATA_VARIANTS)
def test_metadata_of_titles_as_published(mangle, agency, year):
    result = extract_text(mangle(SEED))
    assert (result.record.agency, result.record.year) == (agency, year)
    assert result.record.template == "2021"
    assert wrong_cells(result, SEED_GOLD) == {}


# ================================================================================================
# Section headings written otherwise, or missing.

HEADING_VARIANTS = [
    pytest.param(lambda t: _subs(t, ("一、总体情况", "第一部分 总体情况"),
                                 ("二、主动公开政府信息情况", "第二部分 主动公开政府信息情况"),
                                 ("三、收到和处理政府信息公开申请情况", "第三部分 收到和处理政府信息公开申请情况"),
                                 ("四、政府信息公开行政复议、行政诉讼情况", "第四部分 政府信息公开行政复议、行政诉讼情况"),
                                 ("五、存在的主要问题及改进情况", "第五部分 存在的主要问题及改进情况"),
                                 ("六、其他需要报告的事项", "第六部分 其他需要报告的事项")),
                 id="第三部分-headings"),
    pytest.param(lambda t: _subs(t, ("二、主动公开政府信息情况", "二 、主动公开政府信息情况"),
                                 ("三、收到和处理政府信息公开申请情况", "三 、 收到和处理政府信息公开申请情况"),
                                 ("四、政府信息公开行政复议、行政诉讼情况", "四、\u3000政府信息公开行政复议、行政诉讼情况"),
                                 ("五、存在的主要问题及改进情况", "五 、存在的主要问题及改进情况")),
                 id="headings-with-odd-spaces"),
    pytest.param(lambda t: _subs(t, ("二、主动公开政府信息情况\n", ""),
                                 ("三、收到和处理政府信息公开申请情况\n", ""),
                                 ("四、政府信息公开行政复议、行政诉讼情况\n", "")),
                 id="table-headings-missing"),
    pytest.param(lambda t: _subs(t, ("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况（单位：件）"),
                                 ("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况（单位：件）")),
                 id="headings-with-unit-suffix"),
    pytest.param(lambda t: _subs(t, ("二、主动公开政府信息情况", "**二、主动公开政府信息情况**"),
                                 ("三、收到和处理政府信息公开申请情况", "### 三、收到和处理政府信息公开申请情况"),
                                 ("四、政府信息公开行政复议、行政诉讼情况", "**四、政府信息公开行政复议、行政诉讼情况**")),
                 id="headings-with-markdown-emphasis"),
]


@pytest.mark.parametrize("mangle", HEADING_VARIANTS)
def test_section_headings_written_otherwise(mangle):
    result = extract_text(mangle(SEED))
    assert wrong_cells(result, SEED_GOLD) == {}
    assert (result.record.agency, result.record.year) == ("庆元县", 2022)


# ================================================================================================
# Table 二 as local offices print it.

ACTIVE_VARIANTS = [
    pytest.param(lambda t: _subs(t, ("本年制发件数 |", "本年制发件数（件） |"), ("本年废止件数 |", "本年废止件数（件） |"),
                                 ("现行有效件数 |", "现行有效件数（件） |"),
                                 ("本年处理决定数量 |", "本年处理决定数量（件） |")),
                 id="units-in-headers"),
    pytest.param(lambda t: _subs(t, ("行政规范性文件 | 32 | 1 | 397 |", "行政规范性文件 | 32件 | 1件 | 397件 |"),
                                 ("行政许可 | 43177 |", "行政许可 | 43177件 |"),
                                 ("行政处罚 | 59739 |", "行政处罚 | 59739件 |"),
                                 ("行政强制 | 320 |", "行政强制 | 320件 |"),
                                 ("行政事业性收费 | 3967 |", "行政事业性收费 | 3967万元 |")),
                 id="units-in-cells"),
    pytest.param(lambda t: _subs(t, ("规章 | 0 | 0 | 0 |\n行政规范性文件 | 32 | 1 | 397 |",
                                     "行政规范性文件 | 32 | 1 | 397 |\n规章 | 0 | 0 | 0 |"),
                                 ("行政处罚 | 59739 |\n行政强制 | 320 |", "行政强制 | 320 |\n行政处罚 | 59739 |")),
                 id="row-order-changed"),
    pytest.param(lambda t: _subs(t, ("行政许可 | 43177 |", "行政确认 | 1200 |\n行政许可 | 43177 |\n行政给付 | 9 |"),
                                 ("行政强制 | 320 |", "行政强制 | 320 |\n行政征收 | 88 |\n行政奖励 | 15 |\n行政裁决 | 6 |")),
                 id="extra-local-rows-行政确认-行政征收-行政奖励"),
    pytest.param(lambda t: _subs(t, ("行政许可 | 43177 |", "行政许可 | 43，177 |"),
                                 ("行政处罚 | 59739 |", "行政处罚 | 59,739 |"),
                                 ("行政事业性收费 | 3967 |", "行政事业性收费 | 3,967.00 |")),
                 id="thousands-separators-and-decimal-fee"),
    pytest.param(lambda t: _subs(t, ("信息内容 | 本年制发件数", "序号 | 信息内容 | 本年制发件数"),
                                 ("规章 | 0 | 0 | 0 |", "1 | 规章 | 0 | 0 | 0 |"),
                                 ("行政规范性文件 | 32", "2 | 行政规范性文件 | 32"),
                                 ("信息内容 | 本年处理决定数量 |\n行政许可", "序号 | 信息内容 | 本年处理决定数量 |\n行政许可"),
                                 ("行政许可 | 43177", "3 | 行政许可 | 43177"),
                                 ("行政处罚 | 59739", "4 | 行政处罚 | 59739"),
                                 ("行政强制 | 320", "5 | 行政强制 | 320"),
                                 ("行政事业性收费 | 3967", "6 | 行政事业性收费 | 3967")),
                 id="序号-column"),
]


@pytest.mark.parametrize("mangle", ACTIVE_VARIANTS)
def test_table_two_as_local_offices_print_it(mangle):
    result = extract_text(mangle(SEED))
    assert wrong_cells(result, SEED_GOLD) == {}


def test_extra_local_rows_in_table_two_do_not_lend_their_numbers():
    text = _subs(SEED, ("行政许可 | 43177 |", "行政确认 | 1200 |\n行政许可 | 43177 |\n行政给付 | 9 |"),
                 ("行政强制 | 320 |", "行政强制 | 320 |\n行政征收 | 88 |\n行政奖励 | 15 |"))
    result = extract_text(text)
    stolen = {k: v for k, v in result.record.fields.items() if v in (1200, 9, 88, 15)}
    assert stolen == {}


# ================================================================================================
# Table 三 copied from PDFs and local layouts.

def _wrap_label(text: str, label: str, cut: int) -> str:
    """PDF copy: the first part of a long label on the row's line, the rest on the next line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if label in line:
            lines[i] = line.replace(label, label[:cut], 1)
            lines.insert(i + 1, label[cut:])
            return "\n".join(lines)
    raise AssertionError(label)


def _pdf_rows(head_len: int = 10) -> str:
    """Table 三 as text copied out of a PDF: no separators; a long row label wraps, and the row's
    numbers (vertically centred in the cell) come out between its two halves."""
    out = []
    seen: set[str] = set()
    for row in REQUESTS.rows:
        prefix = ""
        if row.group and row.group not in seen:
            seen.add(row.group)
            prefix = f"{row.group} "
        nums = " ".join(str(v) for v in row_values(row.id))
        if len(row.label) > head_len + 2:
            out += [prefix + row.label[:head_len], nums, row.label[head_len:]]
        else:
            out.append(f"{prefix}{row.label} {nums}")
    return "\n".join(out)


def _replace_table3_rows(text: str, rows: str) -> str:
    head, rest = text.split("其他 |\n", 1)
    _, tail = rest.split(HEADING_4, 1)
    return head + "其他 |\n" + rows + "\n" + HEADING_4 + tail


def _insert_column(text: str, fn) -> str:
    """Rewrites every data row of 三: fn(values) -> new list of printed cells."""
    out = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.rstrip(" |").split(" | ")]
        if len(cells) >= 8 and not cells[0].isdigit() and all(re.fullmatch(r"\d+", c) for c in cells[-7:]):
            vals = [int(c) for c in cells[-7:]]
            line = " | ".join(cells[:-7] + [str(v) for v in fn(vals)]) + " |"
        out.append(line)
    return "\n".join(out)


def _dashes(text: str) -> str:
    for label, dash in (("4.保护第三方合法权益", "—"), ("6.属于四类过程性信息", "/"),
                        ("8.属于行政查询事项", "——"), ("2.重复申请", "－"), ("1.信访举报投诉类申请", "-")):
        line = next(ln for ln in text.split("\n") if label in ln)
        cells = line.rstrip(" |").split(" | ")
        # applicant cells that are 0 become the dash; natural person and total stay numbers
        new = cells[:-7] + [cells[-7]] + [dash if c == "0" else c for c in cells[-6:-1]] + [cells[-1]]
        text = _sub(text, line, " | ".join(new) + " |")
    return text


TABLE3_VARIANTS = [
    pytest.param(lambda t: _wrap_label(_wrap_label(_wrap_label(_wrap_label(
        t, "一、本年新收政府信息公开申请数量", 12),
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 14),
        "5.要求行政机关确认或重新出具已获取信息", 13),
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 20),
        id="labels-wrapped-tail-on-next-line"),
    pytest.param(lambda t: _replace_table3_rows(t, _pdf_rows()), id="pdf-copy-numbers-between-label-halves"),
    pytest.param(_dashes, id="dashes-and-slashes-in-empty-applicant-cells"),
    pytest.param(lambda t: _insert_column(_sub(t, "法律服务机构 | 其他 |", "法律服务机构 | 其他 | 小计 |"),
                                          lambda v: v[:6] + [sum(v[1:6])] + [v[6]]),
                 id="小计-column-for-法人或其他组织"),
    pytest.param(lambda t: _insert_column(_sub(t, "自然人 | 法人或其他组织 | 总计 |", "总计 | 自然人 | 法人或其他组织 |"),
                                          lambda v: [v[6]] + v[:6]),
                 id="total-column-first"),
    pytest.param(lambda t: _subs(t, ("| 1201 |", "| 1,201 |"), ("| 1452 |", "| 1，452 |"), ("| 1467 |", "| 1,467 |"),
                                 ("| 1468 |", "| 1，468 |")),
                 id="thousands-separators-in-table-three"),
    pytest.param(lambda t: _subs(t, ("7.属于行政执法案卷 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |",
                                     "7.属于行政执法案卷 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |\n"
                                     "2023/1/18 09:30 庆元县财政局2022年政府信息公开工作年度报告\n"
                                     "https://www.zjqy.gov.cn/art/2023/1/18/art_1229418_59038.html 3/5"),
                                 ("行政许可 | 43177 |",
                                  "行政许可 | 43177 |\n— 2 —\n庆元县财政局2022年政府信息公开工作年度报告")),
                 id="browser-print-headers-and-footers-with-dates-and-urls"),
]


@pytest.mark.parametrize("mangle", TABLE3_VARIANTS)
def test_table_three_as_copied_from_pdfs_and_local_layouts(mangle):
    result = extract_text(mangle(SYN))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_dashes_in_applicant_cells_are_zero_and_keep_their_raw_text():
    result = extract_text(_dashes(SYN))
    origin = result.provenance["requests.denied.third_party_rights.commercial"]
    assert result.record.fields["requests.denied.third_party_rights.commercial"] == 0
    assert origin.raw == "—"
    assert result.document.text[origin.start:origin.end] == "—"


# ================================================================================================
# Table 四 split, squeezed, or followed by prose.

APPEALS_TWO_TABLES = "\n".join([
    "行政复议 |", "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "1 | 2 | 0 | 1 | 4 |",
    "行政诉讼 |", "未经复议直接起诉 | 复议后起诉 |",
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
    "0 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 2 |",
])


def _replace_table4(text: str, body: str) -> str:
    head, rest = text.split(HEADING_4 + "\n", 1)
    _, tail = rest.split(HEADING_5, 1)
    return head + HEADING_4 + "\n" + body + "\n" + HEADING_5 + tail


PROSE_AFTER_4 = ("本年度共收到政府信息公开申请12件，办结10件，同比下降3%；行政复议2件。\n"
                 "存在的不足：一是公开内容还不够全面；二是解读形式还不够丰富。\n"
                 "六、其他需要报告的事项\n本年度未收取信息处理费。")

TABLE4_VARIANTS = [
    pytest.param(lambda t: _replace_table4(t, APPEALS_TWO_TABLES), id="two-separate-tables-with-own-headers"),
    pytest.param(lambda t: _sub(t, table4_value_line(), " ".join(str(SYN_FIELDS[c.key]) for c in APPEALS.cells)),
                 id="values-on-one-line-separated-by-spaces"),
    pytest.param(lambda t: t.split(HEADING_5)[0] + PROSE_AFTER_4, id="prose-with-numbers-after-table-no-五-heading"),
    pytest.param(lambda t: _replace_table4(t, APPEALS_TWO_TABLES).split(HEADING_5)[0] + PROSE_AFTER_4,
                 id="two-tables-then-prose-no-五-heading"),
]


@pytest.mark.parametrize("mangle", TABLE4_VARIANTS)
def test_table_four_split_squeezed_or_followed_by_prose(mangle):
    result = extract_text(mangle(SYN))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_a_short_table_four_row_before_prose_does_not_borrow_the_prose_numbers():
    # The litigation cells were blank and vanished in flattening; numbers follow in prose.
    text = _sub(SYN, table4_value_line(), "1 | 2 | 0 | 1 | 4 |").split(HEADING_5)[0] + PROSE_AFTER_4
    want = {c.key: (SYN_FIELDS[c.key] if c.key.startswith("appeals.review.") else None) for c in APPEALS.cells}
    result = extract_text(text)
    assert confident_wrong(result, want) == {}


# ================================================================================================
# Whole-text artefacts of WPS, Word, browsers and IMEs.

def _wps_tabs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if " | " in line or line.endswith(" |"):
            line = line.rstrip(" |").replace(" | ", "\t") + "\t\t"
        out.append(line)
    return "\n".join(out)


def _crlf_nbsp(text: str) -> str:
    text = _subs(text, ("商业企业", "商业\u00a0企业"), (HEADING_3, "三、\u3000收到和处理政府信息公开申请情况"),
                 ("一、总体情况\n", "\u3000\u3000一、总体情况\n"),
                 ("2022年，庆元县财政局", "\u3000\u30002022年，庆元县财政局"),
                 ("2.重复申请 | 16 | 0 |", "2.重复申请\u00a0|\u00a016\u00a0|\u00a00\u00a0|"))
    text = "\n".join(line + "\u00a0" if line.endswith("|") else line for line in text.split("\n"))
    return text.replace("\n", "\r\n")


FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _narrative_before_headings(text: str) -> str:
    return _sub(text, "一、总体情况\n", "一、总体情况\n"
                "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和"
                "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。\n"
                "（一）主动公开政府信息情况\n"
                "2022年度主动公开政府信息情况：制发规范性文件33件，行政许可决定43178件，收费13万元。\n"
                "（二）收到和处理政府信息公开申请情况\n"
                "2022年共收到政府信息公开申请1469件，上年结转3件，办结1466件，结转下年度4件。\n"
                "（三）政府信息公开行政复议、行政诉讼情况\n"
                "全年发生行政复议5件，行政诉讼3件，均已审结。\n")


TEXT_VARIANTS = [
    pytest.param(_wps_tabs, id="wps-tabs-with-trailing-tabs"),
    pytest.param(_crlf_nbsp, id="crlf-nbsp-ideographic-spaces"),
    pytest.param(lambda t: t.translate(FULL_WIDTH), id="full-width-digits-and-full-stops"),
    pytest.param(_narrative_before_headings, id="narrative-section-names-with-numbers-before-tables"),
]


@pytest.mark.parametrize("mangle", TEXT_VARIANTS)
def test_whole_text_artefacts(mangle):
    result = extract_text(mangle(SYN))
    assert wrong_cells(result, SYN_FIELDS) == {}
    assert (result.record.agency, result.record.year) == ("庆元县财政局", 2022)


def test_wps_blank_cells_with_trailing_tabs_stay_blank():
    text = _wps_tabs(_sub(SYN, "规章 | 1 | 0 | 5 |", "规章 |  |  |  |"))
    result = extract_text(text)
    assert [result.record.fields[f"active.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [None] * 3
    assert wrong_cells(result, {k: v for k, v in SYN_FIELDS.items() if not k.startswith("active.regulations.")}) == {}


def test_a_gb18030_wps_text_with_crlf_reads_the_same():
    text = _wps_tabs(SYN).replace("一、总体情况\n", "\u3000\u3000一、总体情况\n").replace("\n", "\r\n")
    result = extract_text(text, encoding="gb18030")
    assert wrong_cells(result, SYN_FIELDS) == {}


def _report_2019_with_minus(minus: str):
    active = _subs(report_2019().split("二、主动公开政府信息情况\n")[1].split("\n三、收到和处理")[0],
                   ("| -312 |", f"| {minus}312 |"), ("| -5 |", f"| {minus}5 |"), ("| -1 |", f"| {minus}1 |"))
    return extract_text(report_2019(active))


@pytest.mark.parametrize(("minus", "name"), [("\u2212", "U+2212"), ("\uff0d", "U+FF0D"), ("\ufe63", "U+FE63")])
def test_negative_changes_with_unicode_minus_signs(minus, name):
    result = _report_2019_with_minus(minus)
    f = result.record.fields
    assert result.record.template == "2019", name
    assert (f["active.licensing.prev_items"], f["active.licensing.change"], f["active.licensing.decisions"]) == \
        (1520, -312, 4000), name
    assert (f["active.penalty.change"], f["active.fees.change"]) == (-5, -1), name


def test_an_en_dash_before_a_change_is_never_read_as_a_positive_number():
    # Word's autocorrect can leave "–312"; the only readings are -312 or "unsure" — never +312.
    result = _report_2019_with_minus("\u2013")
    want = {"active.licensing.change": -312, "active.penalty.change": -5, "active.fees.change": -1,
            "active.licensing.prev_items": 1520, "active.licensing.decisions": 4000}
    assert confident_wrong(result, want) == {}


# ================================================================================================
# HTML pages as government sites serve them.

SYN_BLANKS_HTML = frozenset({"requests.granted.research", "requests.denied.state_secret.social_welfare",
                             "appeals.litigation_direct.other"})


def _html_cell(value, tag: str = "td", attrs: str = "") -> str:
    if value is None:
        return f"<{tag}{attrs}>&nbsp;</{tag}>"
    s = str(value)
    if len(s) > 2:  # Word's HTML export splits a number over runs
        inner = f"<span style='font-family:仿宋_GB2312'>{s[:2]}</span><span lang=EN-US>{s[2:]}</span>"
    else:
        inner = f"<span lang=EN-US style='font-size:10.5pt'>{s}<o:p></o:p></span>"
    return f"<{tag}{attrs}><p class=MsoNormal align=center style='text-align:center'>{inner}</p></{tag}>"


def _v(key: str, blanks: frozenset[str]):
    return None if key in blanks else SYN_FIELDS[key]


def government_page(blanks: frozenset[str] = SYN_BLANKS_HTML) -> str:
    f = {k: _v(k, blanks) for k in SYN_FIELDS}
    active = (
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0><tbody>"
        "<tr><td colspan=4><p><b><span>第二十条第（一）项</span></b></p></td></tr>"
        "<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>"
        "<tr><td><p><span>规章</span></p></td>" + "".join(_html_cell(f[f"active.regulations.{c}"]) for c in
                                                      ("issued", "repealed", "in_force")) + "</tr>"
        "<tr><td><p><span>行政规范性</span><span>文件</span></p></td>" + "".join(
            _html_cell(f[f"active.normative_docs.{c}"]) for c in ("issued", "repealed", "in_force")) + "</tr>"
        "<tr><td colspan=4><p><b>第二十条第（五）项</b></p></td></tr>"
        "<tr><th>信息内容</th><th colspan=3>本年处理决定数量</th></tr>"
        "<tr><td>行政许可</td>" + _html_cell(f["active.licensing.decisions"], attrs=" colspan=3") + "</tr>"
        "<tr><td colspan=4><p><b>第二十条第（六）项</b></p></td></tr>"
        "<tr><th>信息内容</th><th colspan=3>本年处理决定数量</th></tr>"
        "<tr><td>行政处罚</td>" + _html_cell(f["active.penalty.decisions"], attrs=" colspan=3") + "</tr>"
        "<tr><td>行政强制</td>" + _html_cell(f["active.enforcement.decisions"], attrs=" colspan=3") + "</tr>"
        "<tr><td colspan=4><p><b>第二十条第（八）项</b></p></td></tr>"
        "<tr><th>信息内容</th><th colspan=3>本年收费金额（单位：万元）</th></tr>"
        "<tr><td>行政事业性收费</td>" + _html_cell(f["active.fees.amount_10k_yuan"], attrs=" colspan=3") + "</tr>"
        "</tbody></table>")
    groups: dict[str, int] = {}
    for row in REQUESTS.rows:
        groups[row.group] = groups.get(row.group, 0) + 1
    outcome_rows = sum(1 for r in REQUESTS.rows if r.role in ("outcome", "outcome_total"))
    body, seen = [], set()
    for row in REQUESTS.rows:
        cells = "".join(_html_cell(f[f"requests.{row.id}.{c}"]) for c in COLS)
        if row.role in ("in", "carried_forward"):
            body.append(f"<tr><td colspan=3><p><span>{row.label}</span></p></td>{cells}</tr>")
            continue
        lead = ""
        if "outcome" not in seen:
            seen.add("outcome")
            lead = f"<td rowspan={outcome_rows}><p><span>三、本年度</span></p><p><span>办理结果</span></p></td>"
        if row.group.startswith("（") and groups[row.group] > 1:
            if row.group not in seen:
                seen.add(row.group)
                lead += f"<td rowspan={groups[row.group]}><p><span>{row.group}</span></p></td>"
            body.append(f"<tr>{lead}<td><p><span>{row.label}</span></p></td>{cells}</tr>")
        else:
            body.append(f"<tr>{lead}<td colspan=2><p><span>{row.label}</span></p></td>{cells}</tr>")
    requests = (
        "<table border=1 style='border-collapse:collapse'><thead>"
        "<tr><th colspan=3 rowspan=3><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></th>"
        "<th colspan=7>申请人情况</th></tr>"
        "<tr><th rowspan=2>自然人</th><th colspan=5>法人或其他组织</th><th rowspan=2>总计</th></tr>"
        "<tr><th>商业<br>企业</th><th>科研<br>机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>"
        "</thead><tbody>" + "".join(body) + "</tbody></table>")
    appeals = (
        "<table border=1><thead>"
        "<tr><th colspan=5 rowspan=2>行政复议</th><th colspan=10>行政诉讼</th></tr>"
        "<tr><th colspan=5>未经复议直接起诉</th><th colspan=5>复议后起诉</th></tr>"
        "<tr>" + "<th>结果<br>维持</th><th>结果<br>纠正</th><th>其他<br>结果</th><th>尚未<br>审结</th><th>总计</th>" * 3
        + "</tr></thead><tbody><tr>" + "".join(_html_cell(f[c.key]) for c in APPEALS.cells) + "</tr></tbody></table>")
    return (
        "<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        "<title>庆元县财政局2022年度政府信息公开工作年度报告_庆元县人民政府</title></head><body>"
        "<div class=top>庆元县人民政府 <a>无障碍</a> <a>长者模式</a></div>"
        "<table class=layout width=1000><tr><td class=nav width=200>"
        "<div class=crumb>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开年报</a></div>"
        "<ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>2021年政府信息公开年报</li></ul>"
        "</td><td class=main>"
        "<table class=meta><tr><td>索引号：</td><td>11331126002612338X/2023-00021</td><td>发布机构：</td>"
        "<td>庆元县财政局</td></tr><tr><td>生成日期：</td><td>2023-01-18</td><td>公开方式：</td><td>主动公开</td></tr>"
        "</table>"
        "<div class=title>庆元县财政局2022年度政府信息公开工作年度报告</div>"
        "<div class=info>发布时间：2023-01-18 09:30 来源：庆元县财政局 浏览次数：<span>1024</span></div>"
        "<div class=content>"
        "<p style='text-indent:2em'>根据《中华人民共和国政府信息公开条例》要求，编制本报告，报告中所列数据的统计期限"
        "自2022年1月1日起至2022年12月31日止。</p>"
        "<p><strong>一、总体情况</strong></p><p>2022年，庆元县财政局全年主动公开政府信息356条。</p>"
        "<p><strong>二、主动公开政府信息情况</strong></p>" + active +
        "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + requests +
        "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + appeals +
        "<p><strong>五、存在的主要问题及改进情况</strong></p><p>一是公开内容还不够全面。</p>"
        "<p><strong>六、其他需要报告的事项</strong></p><p>本年度未收取信息处理费。</p>"
        "</div></td></tr></table>"
        "<div class=footer>主办：庆元县人民政府办公室 电话：0578-6122345 浙ICP备05012345号-1 政府网站标识码3311260001</div>"
        "</body></html>")


def test_a_government_page_with_th_thead_spans_nbsp_and_a_layout_table():
    result = extract_bytes_html(government_page())
    want = {k: _v(k, SYN_BLANKS_HTML) for k in SYN_FIELDS}
    assert wrong_cells(result, want) == {}
    assert (result.record.agency, result.record.year) == ("庆元县财政局", 2022)


def extract_bytes_html(page: str, encoding: str = "utf-8"):
    from app.extract import extract_bytes

    return extract_bytes("index.html", page.encode(encoding))


def test_a_gbk_government_page_without_a_charset_reads_the_same():
    page = government_page().replace("<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>", "")
    result = extract_bytes_html(page, "gbk")
    want = {k: _v(k, SYN_BLANKS_HTML) for k in SYN_FIELDS}
    assert wrong_cells(result, want) == {}


# ================================================================================================
# Word files as offices write them.

SYN_BLANKS_DOCX = frozenset({"requests.granted.research", "requests.not_processed.duplicate.research",
                             "requests.other.other.social_welfare", "appeals.review.other"})


def _put(cell, value, space_if_blank: bool = False) -> None:
    """Writes a number the way Word stores typed digits: in two runs when long; a blank as empty or a space."""
    para = cell.paragraphs[0]
    if value is None:
        if space_if_blank:
            para.add_run(" ")
        return
    s = str(value)
    if len(s) > 2:
        para.add_run(s[:2])
        para.add_run(s[2:])
    else:
        para.add_run(s)


def government_docx(blanks: frozenset[str] = SYN_BLANKS_DOCX) -> bytes:
    docx = pytest.importorskip("docx")
    f = {k: _v(k, blanks) for k in SYN_FIELDS}
    doc = docx.Document()
    doc.add_paragraph("庆元县财政局2022年度政府信息公开工作年度报告")
    doc.add_paragraph("根据《中华人民共和国政府信息公开条例》要求，编制本报告，报告中所列数据的统计期限"
                      "自2022年1月1日起至2022年12月31日止。")
    doc.add_paragraph("一、总体情况")
    doc.add_paragraph("2022年，庆元县财政局全年主动公开政府信息356条。")
    doc.add_paragraph("二、主动公开政府信息情况")
    # Table 二 in the national template's single-table shape: merged value cells.
    t2 = doc.add_table(rows=0, cols=4)

    def section(title: str, header: list[str], rows: list[tuple[str, list]]):
        r = t2.add_row().cells
        r[0].merge(r[3]).text = title
        r = t2.add_row().cells
        r[0].text = header[0]
        if len(header) == 2:
            r[1].merge(r[3]).text = header[1]
        else:
            for i, h in enumerate(header[1:]):
                r[i + 1].text = h
        for label, values in rows:
            r = t2.add_row().cells
            r[0].text = label
            if len(values) == 1:
                _put(r[1].merge(r[3]), values[0])
            else:
                for i, v in enumerate(values):
                    _put(r[i + 1], v)

    section("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            [("规章", [f[f"active.regulations.{c}"] for c in ("issued", "repealed", "in_force")]),
             ("行政规范性文件", [f[f"active.normative_docs.{c}"] for c in ("issued", "repealed", "in_force")])])
    section("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", [f["active.licensing.decisions"]])])
    section("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
            [("行政处罚", [f["active.penalty.decisions"]]), ("行政强制", [f["active.enforcement.decisions"]])])
    section("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
            [("行政事业性收费", [f["active.fees.amount_10k_yuan"]])])

    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    n = len(REQUESTS.rows)
    t3 = doc.add_table(rows=3 + n, cols=10)
    t3.cell(0, 0).merge(t3.cell(2, 2)).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    t3.cell(0, 3).merge(t3.cell(0, 9)).text = "申请人情况"
    t3.cell(1, 3).merge(t3.cell(2, 3)).text = "自然人"
    t3.cell(1, 4).merge(t3.cell(1, 8)).text = "法人或其他组织"
    t3.cell(1, 9).merge(t3.cell(2, 9)).text = "总计"
    for i, label in enumerate(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")):
        t3.cell(2, 4 + i).text = label
    outcome = [i for i, r in enumerate(REQUESTS.rows) if r.role in ("outcome", "outcome_total")]
    t3.cell(3 + outcome[0], 0).merge(t3.cell(3 + outcome[-1], 0)).text = "三、本年度办理结果"
    spans: dict[str, list[int]] = {}
    for i, row in enumerate(REQUESTS.rows):
        if row.group.startswith("（"):
            spans.setdefault(row.group, []).append(i)
    for group, idx in spans.items():
        t3.cell(3 + idx[0], 1).merge(t3.cell(3 + idx[-1], 1)).text = group  # vertically merged group label
    for i, row in enumerate(REQUESTS.rows):
        if row.role in ("in", "carried_forward"):
            t3.cell(3 + i, 0).merge(t3.cell(3 + i, 2)).text = row.label
        elif row.group.startswith("（"):
            t3.cell(3 + i, 2).text = row.label
        else:
            t3.cell(3 + i, 1).merge(t3.cell(3 + i, 2)).text = row.label
        for j, c in enumerate(COLS):
            _put(t3.cell(3 + i, 3 + j), f[f"requests.{row.id}.{c}"], space_if_blank=(c == "research"))

    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    t4 = doc.add_table(rows=4, cols=15)
    t4.cell(0, 0).merge(t4.cell(1, 4)).text = "行政复议"
    t4.cell(0, 5).merge(t4.cell(0, 14)).text = "行政诉讼"
    t4.cell(1, 5).merge(t4.cell(1, 9)).text = "未经复议直接起诉"
    t4.cell(1, 10).merge(t4.cell(1, 14)).text = "复议后起诉"
    for i, cell in enumerate(APPEALS.cells):
        t4.cell(2, i).text = cell.column.label
        _put(t4.cell(3, i), f[cell.key])
    doc.add_paragraph("五、存在的主要问题及改进情况")
    doc.add_paragraph("一是公开内容还不够全面。")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_word_file_with_vertically_merged_group_labels_and_blank_cells():
    from app.extract import extract_bytes

    result = extract_bytes("年报.docx", government_docx())
    assert result.document.kind == "docx"
    want = {k: _v(k, SYN_BLANKS_DOCX) for k in SYN_FIELDS}
    assert wrong_cells(result, want) == {}
    assert (result.record.agency, result.record.year) == ("庆元县财政局", 2022)
